package dev.broadsheet.html;

import dev.broadsheet.render.Output;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The post-process stage: every {@link HtmlStep} over every HTML output, and feed links fixed, in parallel. */
public final class HtmlPostProcessor {

    private final List<HtmlStep> steps;
    private final FeedContentLinks feedLinks;

    public HtmlPostProcessor(List<HtmlStep> steps, FeedContentLinks feedLinks) {
        this.steps = List.copyOf(steps);
        this.feedLinks = feedLinks;
    }

    public List<Output> process(List<Output> outputs) {
        return outputs.parallelStream().map(this::process).toList();
    }

    private Output process(Output output) {
        if (output.path().endsWith("feed.xml")) {
            return output.withContent(feedLinks.process(output.content(), output.path()));
        }
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
