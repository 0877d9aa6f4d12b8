package dev.broadsheet.html;

import org.jsoup.nodes.Document;

/** One post-processing step over a rendered HTML page. Steps change the document in place. */
@FunctionalInterface
public interface HtmlStep {

    /**
     * @param document the page, parsed
     * @param path the page's output path, such as {@code 2025/09/x/index.html}
     */
    void apply(Document document, String path);
}
