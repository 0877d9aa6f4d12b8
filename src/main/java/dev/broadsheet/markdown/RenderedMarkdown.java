package dev.broadsheet.markdown;

import java.util.List;
import java.util.Objects;

/**
 * A Markdown document turned into what the site needs of it.
 *
 * @param html the body as HTML
 * @param summary plain text of the part before {@code <!--more-->}, or else of the first paragraph
 * @param wordCount words of running text (code blocks included, markup excluded)
 * @param headings the {@code ##}…{@code ######} headings in document order, with their ids
 * @param links every link and image destination as written, with its line in the source file
 * @param text the body as plain text, for search
 * @param hasRawHtml whether the author wrote HTML of their own (which the site's HTML policy then checks)
 * @param flaws what is wrong in it, by line of the file: embed blocks that cannot be made
 */
public record RenderedMarkdown(String html, String summary, int wordCount, List<Heading> headings, List<LinkRef> links, String text,
                               boolean hasRawHtml, List<Flaw> flaws) {

    public RenderedMarkdown {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(summary, "summary");
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        flaws = List.copyOf(flaws);
    }

    /** Something wrong in the Markdown that would otherwise be published as it is: an embed of an unknown page. */
    public record Flaw(int line, String message) {
    }

    /** A heading of the document: level 1–6, its plain text and its unique id. */
    public record Heading(int level, String text, String id) {
    }
}
