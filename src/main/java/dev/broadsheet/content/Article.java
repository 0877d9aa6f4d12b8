package dev.broadsheet.content;

import dev.broadsheet.markdown.LinkRef;
import dev.broadsheet.markdown.RenderedMarkdown.Heading;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dated news article, parsed and complete: every default is filled in.
 *
 * @param source the source file, such as {@code content/articles/2025-09-03-x.md}
 * @param slug the last part of its URL
 * @param title the headline
 * @param published when it was published, in the site's time zone
 * @param updated when it was last changed; {@code published} unless given
 * @param author who wrote it, the names joined with ", "; the site's author unless given
 * @param authors the names it is signed with, in order (front matter {@code author}: a name or a list)
 * @param authorLine the line of the front matter's {@code author}, or 0 when it has none
 * @param summary plain-text standfirst; the text before {@code <!--more-->} or the first paragraph unless given
 * @param standfirst the summary as written in the front matter, shown under the headline; empty when not given
 * @param tags tag names as written, in order, without duplicates
 * @param dateline the place the report is filed from, or empty
 * @param image path or URL of the lead image, or empty
 * @param imageAlt the lead image's description for readers who cannot see it, or empty
 * @param imageCaption the lead image's caption, or empty
 * @param imageCredit who took or owns the lead image, shown beside the caption, or empty
 * @param section the newspaper section it belongs to (front matter {@code section}), or empty
 * @param dossier the slug of the dossier it is part of (front matter {@code dossier}), or empty
 * @param part its place in the dossier's reading order (front matter {@code part}), or 0 to be placed by date
 * @param aliases output paths of old addresses that redirect here, such as {@code 2025/09/old.html}
 * @param draft whether it is a draft
 * @param bodyHtml the body rendered from Markdown
 * @param wordCount words in the body
 * @param text the body as plain text, for search
 * @param headings the body's headings
 * @param links the body's link and image destinations with their lines
 * @param layout the template it is rendered with, {@code article} unless given
 * @param toc whether a table of contents is shown (when there are enough headings); front matter {@code toc: false} turns it off
 * @param corrections the corrections made to it, oldest first (front matter {@code corrections}); {@code updated} is at least the latest
 * @param comments readers' comments in reading order (from {@code <name>.comments.yaml} beside the file), or none
 * @param params front-matter keys Broadsheet does not know, for templates
 */
public record Article(
        String source,
        String slug,
        String title,
        ZonedDateTime published,
        ZonedDateTime updated,
        String author,
        List<String> authors,
        int authorLine,
        String summary,
        String standfirst,
        List<String> tags,
        String dateline,
        String image,
        String imageAlt,
        String imageCaption,
        String imageCredit,
        String section,
        String dossier,
        int part,
        List<String> aliases,
        boolean draft,
        String bodyHtml,
        int wordCount,
        String text,
        List<Heading> headings,
        List<LinkRef> links,
        String layout,
        boolean toc,
        List<Correction> corrections,
        List<Comment> comments,
        Map<String, Object> params) {

    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(standfirst, "standfirst");
        Objects.requireNonNull(dateline, "dateline");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(imageAlt, "imageAlt");
        Objects.requireNonNull(imageCaption, "imageCaption");
        Objects.requireNonNull(imageCredit, "imageCredit");
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(dossier, "dossier");
        tags = List.copyOf(tags);
        authors = List.copyOf(authors);
        aliases = List.copyOf(aliases);
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        Objects.requireNonNull(layout, "layout");
        corrections = List.copyOf(corrections);
        comments = List.copyOf(comments);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The {@code ##} and {@code ###} headings when there are at least three and the table of contents is on. */
    public List<Heading> tableOfContents() {
        List<Heading> sections = headings.stream().filter(h -> h.level() == 2 || h.level() == 3).toList();
        return toc && sections.size() >= 3 ? sections : List.of();
    }

    /** Whether the article was changed after it was published. */
    public boolean isUpdated() {
        return updated.isAfter(published);
    }
}
