package dev.broadsheet.content;

/**
 * The site's policy for HTML in article bodies ({@code html: trusted} or {@code sanitize} in
 * {@code site.yaml}), applied while parsing. Implemented by the HTML stage, which owns the parser.
 */
@FunctionalInterface
public interface BodyCleaner {

    /** Applies no policy: for tests and tools that read content without publishing it. */
    BodyCleaner NONE = (html, hasRawHtml) -> html;

    /**
     * @param bodyHtml the body as rendered from Markdown
     * @param hasRawHtml whether the author wrote HTML of their own
     * @return the body as it may be published
     */
    String clean(String bodyHtml, boolean hasRawHtml);
}
