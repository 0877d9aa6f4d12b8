package dev.broadsheet.html;

import dev.broadsheet.render.Output;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The post-process stage: the {@link HtmlStep}s over each HTML page that needs one. A page no step
 * applies to is passed on untouched, unparsed: most pages of a large site.
 */
public final class HtmlPostProcessor {

    private final List<HtmlStep> steps;

    public HtmlPostProcessor(List<HtmlStep> steps) {
        this.steps = List.copyOf(steps);
    }

    public Output process(Output output) {
        if (!output.isHtml()) {
            return output;
        }
        List<HtmlStep> applying = steps.stream().filter(step -> step.appliesTo(output)).toList();
        if (applying.isEmpty()) {
            return output;
        }
        Document document = Jsoup.parse(output.content());
        document.outputSettings().prettyPrint(false);
        applying.forEach(step -> step.apply(document, output));
        return output.withContent(document.outerHtml());
    }
}
