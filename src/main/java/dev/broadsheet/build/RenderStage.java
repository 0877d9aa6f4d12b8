package dev.broadsheet.build;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.Sources;
import dev.broadsheet.content.StaticFile;
import dev.broadsheet.html.CrossReferences;
import dev.broadsheet.html.FeedLinks;
import dev.broadsheet.html.HtmlPostProcessor;
import dev.broadsheet.html.ResponsiveImages;
import dev.broadsheet.html.RootRelativeLinks;
import dev.broadsheet.render.Output;
import dev.broadsheet.render.PageRenderer;
import dev.broadsheet.render.RenderMemo;
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

/**
 * The plan, render and post-process stages. The templates are compiled once for equal settings
 * and templates. A job holds what its page shows, so a job equal to last time's gives last
 * time's page: only the others are rendered.
 */
final class RenderStage {

    /** What every output depends on besides its job and its templates' texts. */
    private record Settings(SiteConfig config, boolean prettyLinks, Set<String> layouts) {
    }

    /** What the renderer was compiled for. */
    private record RendererKey(Settings settings, String templates) {
    }


    /**
     * What will be made.
     *
     * @param site the site
     * @param jobs every output but the search index
     * @param search the search index's files, made with the plan: which there are depends on the words
     * @param files every output path the site will have: pages, feeds, the search index and static files
     * @param staticFiles the files copied as they are
     * @param places each output's place by its path: its job's in {@code jobs}, the search index's after
     *     them, in order; the same object as the last plan's while the paths are
     */
    record Plan(Site site, List<RenderJob> jobs, List<Output> search, Set<String> files, List<StaticFile> staticFiles,
                Map<String, Integer> places) {

        /** How many outputs the plan makes: its jobs', then the search index's. */
        int outputCount() {
            return jobs.size() + search.size();
        }
    }

    /** The last build's jobs, their outputs and the digests of their templates, place by place. */
    private record Made(List<RenderJob> jobs, Output[] outputs, String[] templateDigests) {

        /**
         * The place of the output last made from a job equal to {@code job} with templates of the
         * same texts, or -1; {@code placeByPath} is empty when the new plan has its paths where the
         * last one had them, so a job is looked up by place.
         */
        int of(RenderJob job, int place, Map<String, Integer> placeByPath, PageRenderer now) {
            int at = placeByPath.isEmpty() ? place : placeByPath.getOrDefault(job.path(), -1);
            if (at < 0 || at >= jobs.size()) {
                return -1;
            }
            RenderJob last = jobs.get(at);
            return (last == job || last.equals(job)) && templateDigests[at].equals(now.templateDigest(job.template())) ? at : -1;
        }
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
    private RenderMemo memo;
    private FeedLinks feedLinks;
    private Made made = new Made(List.of(), new Output[0], new String[0]);
    /** Empty when the last plan had its paths where the new one has them; else where each was. */
    private Map<String, Integer> placeByPath = Map.of();
    private List<RenderJob> lastPlan = List.of();
    private Map<String, Integer> places = Map.of();
    private List<StaticFile> checkedStatic = List.of();
    private Set<String> files = Set.of();
    private List<Output> lastSearch = List.of();
    /** The search index's files last handed to a sink: those of a new plan that are the same objects were not made again. */
    private List<Output> searchRendered = List.of();

    RenderStage(boolean remember) {
        this.remember = remember;
    }

    /** The jobs of {@code site}, checked for outputs that collide. */
    Plan plan(Site site, Sources sources, List<StaticFile> staticFiles, Path templates, BuildOptions options, Optional<RenderCache> cache,
              StageTimes times) {
        Settings settings = new Settings(site.config(), options.prettyLinks(), sources.layouts());
        RendererKey key = new RendererKey(settings, sources.templates());
        if (rendererKey.isEmpty() || !rendererKey.get().settings().equals(settings)) {
            memo = new RenderMemo(site.config(), site.urls());
            feedLinks = new FeedLinks(site.urls());
            made = new Made(List.of(), new Output[0], new String[0]);
        }
        if (!rendererKey.equals(Optional.of(key))) {
            // A template save keeps the memo: a page whose job is equal and whose templates' texts are is not rendered again.
            renderer = new PageRenderer(site.config(), site.urls(), templates, sources.layouts(), feedLinks, memo);
            rendererKey = Optional.of(key);
        }
        // The search index needs only the site: it is made on this thread and the pool's while another plans the jobs,
        // which is mostly one thread's work.
        PageRenderer planning = renderer;
        java.util.concurrent.FutureTask<List<RenderJob>> planned = new java.util.concurrent.FutureTask<>(() -> planning.plan(site));
        new Thread(planned, "broadsheet-plan").start();
        long searchStart = System.nanoTime();
        List<Output> search = renderer.searchIndex(site, cache.map(RenderCache::searchEntries).orElse(dev.broadsheet.render.SearchEntries.NONE));
        times.addThreadTime("search index", System.nanoTime() - searchStart);
        List<RenderJob> jobs;
        try {
            jobs = planned.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while planning", e);
        }
        boolean samePaths = samePaths(jobs, lastPlan, RenderJob::path) && samePaths(search, lastSearch, Output::path);
        placeByPath = samePaths || made.jobs().isEmpty() ? Map.of() : placesOf(made.jobs());
        if (!samePaths) {
            places = placesOf(jobs);
            for (int i = 0; i < search.size(); i++) {
                places.put(search.get(i).path(), jobs.size() + i);
            }
        }
        if (!samePaths || !staticFiles.equals(checkedStatic)) {
            OutputCollisions.check(jobs, staticFiles);
            Set<String> all = new HashSet<>(places.keySet());
            staticFiles.forEach(f -> all.add(f.outputPath()));
            files = Set.copyOf(all); // the same object while the paths are the same: later stages compare it at once
            checkedStatic = remember ? staticFiles : List.of();
        }
        lastPlan = remember ? jobs : List.of();
        lastSearch = remember ? search : List.of();
        return new Plan(site, jobs, search, files, staticFiles, places);
    }

    /** Whether {@code items} have the paths of {@code last}, place by place (most are the very same objects). */
    private static <T> boolean samePaths(List<T> items, List<T> last, java.util.function.Function<T, String> path) {
        if (items.size() != last.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != last.get(i) && !path.apply(items.get(i)).equals(path.apply(last.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Integer> placesOf(List<RenderJob> jobs) {
        Map<String, Integer> byPath = new HashMap<>(jobs.size() * 2);
        for (int i = 0; i < jobs.size(); i++) {
            byPath.put(jobs.get(i).path(), i);
        }
        return byPath;
    }

    /**
     * Where a build's outputs go, each at its place (its job's in the plan, the search index
     * last), and where the link check reads pages back.
     */
    interface Sink {
        void accept(int place, Output output);

        /** Takes last build's file at {@code path}, of {@code size} bytes, as this build's output there, if it can. */
        default boolean reuse(String path, long size) {
            return false;
        }

        /** The page at {@code path} as made, if it was. */
        Optional<byte[]> read(String path);
    }

    /**
     * Renders and post-processes what changed, and hands every output to {@code sink}: with a
     * {@code cache}, a job whose digest is the one last build made a file from takes that file.
     */
    Rendered render(Plan plan, Sink sink, StageTimes stageTimes, BuildProgress progress, Optional<RenderCache> cache,
                    java.util.function.Consumer<Output> pageMade) {
        HtmlPostProcessor post = new HtmlPostProcessor(List.of(new CrossReferences(plan.site()),
                new ResponsiveImages(plan.site().images(), plan.site().urls()), new RootRelativeLinks(plan.site().urls())));
        List<RenderJob> jobs = plan.jobs();
        Output[] outputs = new Output[jobs.size()];
        String[] digests = new String[jobs.size()];
        List<RenderJob> stale = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            int at = made.of(jobs.get(i), i, placeByPath, renderer);
            if (at >= 0) {
                outputs[i] = made.outputs()[at]; // only a remembering build has a made
                digests[i] = made.templateDigests()[at];
                sink.accept(i, outputs[i]);
            } else {
                digests[i] = renderer.templateDigest(jobs.get(i).template());
                stale.add(jobs.get(i));
            }
        }
        long cacheStart = System.nanoTime();
        RenderCache.Left left = cache.map(s -> s.take(stale, plan.places(), digests, sink)).orElse(new RenderCache.Left(stale, Map.of()));
        Map<String, String> jobDigests = left.digests();
        stageTimes.addThreadTime("from the cache", System.nanoTime() - cacheStart);
        progress.rendered(jobs.size() - left.jobs().size());
        Set<String> rewritten = ConcurrentHashMap.newKeySet();
        TemplateTimes templates = new TemplateTimes();
        renderer.renderAll(left.jobs(), output -> {
            long start = System.nanoTime();
            Output done = post.process(output);
            pageMade.accept(done);
            stageTimes.addThreadTime("post-process", System.nanoTime() - start);
            int place = plan.places().get(done.path());
            Output kept = remember ? done.encoded() : done;
            if (remember) {
                outputs[place] = kept; // a one-shot build streams its pages to the writer and keeps none
            }
            rewritten.add(done.path());
            sink.accept(place, kept);
            cache.ifPresent(s -> Optional.ofNullable(jobDigests.get(done.path()))
                    .ifPresent(digest -> s.cache().made(done.path(), digest, kept.parts().stream().mapToLong(part -> part.length).sum())));
            progress.rendered(1);
        }, templates);
        if (remember) {
            made = new Made(jobs, outputs, digests);
        }
        Set<Output> before = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        before.addAll(searchRendered);
        for (int i = 0; i < plan.search().size(); i++) {
            Output shard = plan.search().get(i);
            if (!before.contains(shard)) {
                rewritten.add(shard.path());
            }
            sink.accept(jobs.size() + i, shard);
        }
        searchRendered = remember ? plan.search() : List.of();
        return new Rendered(Set.copyOf(rewritten), templates);
    }
}
