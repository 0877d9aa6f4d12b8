package dev.broadsheet.html;

import dev.broadsheet.render.Output;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The post-process stage: runs every {@link HtmlStep} over every HTML output, in parallel. */
public final class HtmlPostProcessor {

    private final List<HtmlStep> steps;

    public HtmlPostProcessor(List<HtmlStep> steps) {
        this.steps = List.copyOf(steps);
    }

    public List<Output> process(List<Output> outputs) {
        return outputs.parallelStream().map(this::process).toList();
    }

    private Output process(Output output) {
        if (!output.isHtml() || steps.isEmpty()) {
            return output;
        }
        Document document = Jsoup.parse(output.content());
        document.outputSettings().prettyPrint(false);
        for (HtmlStep step : steps) {
            step.apply(document, output.path());
        }
        return output.withContent(document.outerHtml());
    }
}
