package dev.broadsheet.build;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.Sources;
import dev.broadsheet.content.StaticFile;
import dev.broadsheet.html.CrossReferences;
import dev.broadsheet.html.FeedLinks;
import dev.broadsheet.html.HtmlPostProcessor;
import dev.broadsheet.html.RootRelativeLinks;
import dev.broadsheet.render.Output;
import dev.broadsheet.render.PageRenderer;
import dev.broadsheet.render.RenderJob;
import dev.broadsheet.render.TemplateTimes;
import dev.broadsheet.site.Site;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The plan, render and post-process stages. The templates are compiled once for equal settings
 * and templates. A job holds what its page shows, so a job equal to last time's gives last
 * time's page: only the others are rendered.
 */
final class RenderStage {

    /** What the renderer was compiled for. */
    private record RendererKey(SiteConfig config, boolean prettyLinks, String templates, Set<String> layouts) {
    }

    private record Known(RenderJob job, Output output) {
    }

    /**
     * What will be made.
     *
     * @param site the site
     * @param jobs every output but the search index
     * @param files every output path the site will have: pages, feeds, the search index and static files
     * @param staticFiles the files copied as they are
     */
    record Plan(Site site, List<RenderJob> jobs, Set<String> files, List<StaticFile> staticFiles) {
    }

    /**
     * What was made.
     *
     * @param rewritten the outputs rendered by this build (the others are last time's)
     * @param times the time each template took
     */
    record Rendered(Set<String> rewritten, TemplateTimes times) {
    }

    private final boolean remember;
    private Optional<RendererKey> rendererKey = Optional.empty();
    private PageRenderer renderer;
    private Map<String, Known> known = Map.of();
    private List<String> checkedPaths = List.of();
    private Optional<Output> lastSearchIndex = Optional.empty();

    RenderStage(boolean remember) {
        this.remember = remember;
    }

    /** The jobs of {@code site}, checked for outputs that collide. */
    Plan plan(Site site, Sources sources, Path templates, BuildOptions options) {
        RendererKey key = new RendererKey(site.config(), options.prettyLinks(), sources.templates(), sources.layouts());
        if (renderer == null || !rendererKey.equals(Optional.of(key))) {
            renderer = new PageRenderer(site.config(), site.urls(), templates, sources.layouts(), new FeedLinks(site.urls()));
            rendererKey = Optional.of(key);
            known = Map.of();
        }
        List<RenderJob> jobs = renderer.plan(site);
        List<String> paths = new ArrayList<>(jobs.size());
        jobs.forEach(job -> paths.add(job.path()));
        if (!paths.equals(checkedPaths)) {
            OutputCollisions.check(jobs, sources.staticFiles());
            checkedPaths = remember ? paths : List.of();
        }
        Set<String> files = new HashSet<>(paths);
        files.add(site.urls().searchIndexPath());
        sources.staticFiles().forEach(f -> files.add(f.outputPath()));
        return new Plan(site, jobs, Set.copyOf(files), sources.staticFiles());
    }

    /** The redirects the plan left out, as warnings. */
    static List<dev.broadsheet.Problem> unplanned(Plan plan) {
        return PageRenderer.unplannedRedirects(plan.site(), plan.jobs());
    }

    /** Renders and post-processes what changed, and hands every output to {@code sink}. */
    Rendered render(Plan plan, Consumer<Output> sink, StageTimes stageTimes, BuildProgress progress) {
        HtmlPostProcessor post = new HtmlPostProcessor(List.of(new CrossReferences(plan.site()), new RootRelativeLinks(plan.site().urls())));
        Map<String, Known> made = new ConcurrentHashMap<>(plan.jobs().size() * 2);
        List<RenderJob> stale = new ArrayList<>();
        for (RenderJob job : plan.jobs()) {
            Known previous = known.get(job.path());
            if (previous != null && previous.job().equals(job)) {
                made.put(job.path(), previous);
                sink.accept(previous.output());
                progress.rendered();
            } else {
                stale.add(job);
            }
        }
        Map<String, RenderJob> jobsByPath = new HashMap<>(stale.size() * 2);
        stale.forEach(job -> jobsByPath.put(job.path(), job));
        Set<String> rewritten = ConcurrentHashMap.newKeySet();
        TemplateTimes templates = new TemplateTimes();
        renderer.renderAll(stale, output -> {
            long start = System.nanoTime();
            Output done = post.process(output);
            stageTimes.addThreadTime("post-process", System.nanoTime() - start);
            if (remember) {
                made.put(done.path(), new Known(jobsByPath.get(done.path()), done.encoded()));
            }
            rewritten.add(done.path());
            sink.accept(done);
            progress.rendered();
        }, templates);
        Output searchIndex = renderer.searchIndex(plan.site());
        if (lastSearchIndex.map(last -> !samePartsAs(last, searchIndex)).orElse(true)) {
            rewritten.add(searchIndex.path());
        }
        sink.accept(searchIndex);
        if (remember) {
            known = made;
            lastSearchIndex = Optional.of(searchIndex);
        }
        return new Rendered(Set.copyOf(rewritten), templates);
    }

    /** Whether two search indexes are made of the very same parts (the index keeps unchanged blocks as they are). */
    private static boolean samePartsAs(Output one, Output other) {
        List<byte[]> a = one.parts();
        List<byte[]> b = other.parts();
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
