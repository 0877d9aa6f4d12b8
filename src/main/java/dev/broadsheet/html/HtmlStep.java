package dev.broadsheet.html;

import dev.broadsheet.render.Output;
import org.jsoup.nodes.Document;

/** One post-processing step over a rendered HTML page. Steps change the document in place. */
public interface HtmlStep {

    /**
     * @param document the page, parsed
     * @param page the page as rendered: its output path ({@code 2025/09/x/index.html}) and origin
     */
    void apply(Document document, Output page);

    /** Whether this step has anything to do on {@code page}; the page is parsed only if some step does. */
    boolean appliesTo(Output page);
}
