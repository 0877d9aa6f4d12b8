package dev.broadsheet.html;

import dev.broadsheet.render.Output;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The outputs after every step, and the element ids of every HTML page (for anchor checks). */
    public PostProcessed process(List<Output> outputs) {
        List<Processed> processed = outputs.parallelStream().map(this::process).toList();
        Map<String, Set<String>> ids = new HashMap<>();
        processed.forEach(p -> ids.put(p.output().path(), p.ids()));
        return new PostProcessed(processed.stream().map(Processed::output).toList(), ids);
    }

    private Processed process(Output output) {
        if (output.path().endsWith("feed.xml")) {
            return new Processed(output.withContent(feedLinks.process(output.content(), output.path())), Set.of());
        }
        if (!output.isHtml()) {
            return new Processed(output, Set.of());
        }
        Document document = Jsoup.parse(output.content());
        document.outputSettings().prettyPrint(false);
        for (HtmlStep step : steps) {
            step.apply(document, output);
        }
        Set<String> ids = new HashSet<>();
        document.select("[id]").forEach(e -> ids.add(e.id()));
        document.select("a[name]").forEach(e -> ids.add(e.attr("name")));
        return new Processed(output.withContent(document.outerHtml()), ids);
    }

    private record Processed(Output output, Set<String> ids) {
    }

    /**
     * @param outputs every output, post-processed
     * @param ids output path → the ids its elements carry (HTML pages only)
     */
    public record PostProcessed(List<Output> outputs, Map<String, Set<String>> ids) {
    }
}
