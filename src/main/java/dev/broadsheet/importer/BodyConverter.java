package dev.broadsheet.importer;

import dev.broadsheet.markdown.Markdown;

/** A Blogger body (HTML, as the export holds it) made into clean Markdown. Thread-safe. */
final class BodyConverter {

    private final MarkdownWriter writer;

    BodyConverter(Markdown markdown) {
        this.writer = new MarkdownWriter(markdown);
    }

    /**
     * @param convertLineBreaks whether the blog showed each line break of a post as a {@code <br>}
     * @param addresses how links and images are rewritten
     */
    String convert(String html, boolean convertLineBreaks, BloggerHtml.Addresses addresses) {
        return writer.write(BloggerHtml.clean(html, convertLineBreaks, addresses));
    }
}
