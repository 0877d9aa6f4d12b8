package dev.broadsheet.build;

import dev.broadsheet.BuildException;
import dev.broadsheet.Parallel;
import dev.broadsheet.Problem;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SiteConfigLoader;
import dev.broadsheet.config.YamlReader;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.ContentParser;
import dev.broadsheet.content.Page;
import dev.broadsheet.content.Source;
import dev.broadsheet.content.SourceReader;
import dev.broadsheet.content.Sources;
import dev.broadsheet.content.StaticFile;
import dev.broadsheet.html.ContentSanitizer;
import dev.broadsheet.html.CrossReferences;
import dev.broadsheet.html.FeedLinks;
import dev.broadsheet.html.HtmlPostProcessor;
import dev.broadsheet.html.LinkChecker;
import dev.broadsheet.html.PageIds;
import dev.broadsheet.html.RootRelativeLinks;
import dev.broadsheet.markdown.Markdown;
import dev.broadsheet.render.ArticleReads;
import dev.broadsheet.render.Output;
import dev.broadsheet.render.PageRenderer;
import dev.broadsheet.render.RenderJob;
import dev.broadsheet.render.TemplateTimes;
import dev.broadsheet.site.Site;
import dev.broadsheet.site.SiteIndexer;
import dev.broadsheet.site.Urls;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The pipeline: load config, read, parse, index, render, post-process, write. Rendered pages go to
 * the writer as they are made, so a large site is never held in memory whole.
 */
public final class Build {

    private final YamlReader yaml = new YamlReader();
    private final Markdown markdown = new Markdown();
    /**
     * Parsed files by path, with the text and settings they were parsed from: the dev server keeps
     * one Build, so a rebuild re-parses only the files that changed. Parsing is a pure function of
     * the file and the site settings, so a hit is exactly what parsing again would give.
     */
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    /** The settings {@link #parsed} was parsed with. */
    private Object parsedWith;
    private final boolean memoize;
    /** What the last successful {@link #produce} made, when memoizing: the base of the next rebuild. */
    private Session session;
    /** Sources changed since {@link #session} was made whose rebuild failed: read again next time. */
    private final Set<String> unsettled = new java.util.TreeSet<>();

    /** A build for one run. */
    public Build() {
        this(false);
    }

    /** @param memoize whether to keep parsed files for the next run of this Build (the dev server's rebuilds) */
    public Build(boolean memoize) {
        this.memoize = memoize;
    }

    /**
     * Builds the site into the output folder. On any problem the previous output stays as it was.
     *
     * @throws BuildException with every problem found
     */
    public BuildResult run(BuildOptions options) {
        return run(options, new BuildProgress());
    }

    /** {@link #run(BuildOptions)}, reporting how many outputs are rendered to {@code progress}. */
    public BuildResult run(BuildOptions options, BuildProgress progress) {
        long start = System.nanoTime();
        Prepared prepared = prepare(options);
        progress.plan(prepared.jobs().size() + 1);
        int files = writeSite(options, prepared.staticFiles(), writer -> render(prepared, output -> {
            long writing = System.nanoTime();
            writer.write(output.path(), output.parts());
            prepared.times().addThreadTime("write", System.nanoTime() - writing);
            progress.rendered();
        }, writer::read, Optional.empty()));
        prepared.times().end("static files and swap");
        return prepared.result(files, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Writes a site into a fresh folder beside {@code options.output()}: what {@code pages} writes,
     * then the static files; swaps it in whole, or drops it on any failure.
     *
     * @return the number of files written
     */
    private static int writeSite(BuildOptions options, List<StaticFile> staticFiles, Consumer<SiteWriter> pages) {
        SiteWriter writer = new SiteWriter(options.source(), options.output());
        writer.begin();
        try {
            pages.accept(writer);
            Parallel.forEach(staticFiles, file -> writer.copy(file.file(), file.outputPath()));
            return writer.commit();
        } catch (RuntimeException e) {
            writer.abort();
            throw e;
        }
    }

    /**
     * Makes the whole site in memory without writing it (for the dev server and checks).
     *
     * @throws BuildException with every problem found
     */
    public BuiltSite produce(BuildOptions options) {
        return produce(options, SourceChanges.UNKNOWN);
    }

    /**
     * {@link #produce(BuildOptions)} after {@code changes}. A memoizing Build that made the site
     * before rebuilds from what it made: when only articles changed, each in a way that keeps its
     * place in the site (same URL, date, tags…), it reads and parses those files only and renders
     * again only the outputs that read them, plus the search index. Any other change re-renders
     * everything (re-parsing only changed files). Either way the result is what a full build gives.
     *
     * @throws BuildException with every problem found
     */
    public BuiltSite produce(BuildOptions options, SourceChanges changes) {
        Set<String> changed = new java.util.TreeSet<>(unsettled);
        changes.paths().ifPresent(changed::addAll);
        if (session != null) {
            Sources known = session.prepared().sources();
            changed.removeIf(path -> SourceReader.isUnread(options.source(), known, path));
        }
        try {
            if (memoize && session != null && changes.paths().isPresent() && changed.stream().allMatch(SourceReader::isArticleSource)
                    && session.options().sameExceptClock(options)) {
                Optional<BuiltSite> patched = patch(options, changed);
                if (patched.isPresent()) {
                    unsettled.clear();
                    return patched.get();
                }
            }
            // Only templates changed: the Markdown read last time is still what is on disk.
            boolean templatesOnly = memoize && session != null && changes.paths().isPresent()
                    && changed.stream().allMatch(path -> path.startsWith("templates/"));
            BuiltSite built = produceAll(options, templatesOnly ? Optional.of(session.prepared().sources()) : Optional.empty());
            unsettled.clear();
            return built;
        } catch (RuntimeException e) {
            if (changes.paths().isEmpty()) {
                session = null; // what changed is not known: the next rebuild starts afresh
            } else {
                unsettled.addAll(changed); // read these again however the next rebuild goes
            }
            throw e;
        }
    }

    private BuiltSite produceAll(BuildOptions options, Optional<Sources> known) {
        Prepared prepared = prepare(options, known);
        Map<String, Output> outputs = new ConcurrentHashMap<>();
        Map<String, ArticleReads> reads = new ConcurrentHashMap<>();
        LinkChecker.Report links = render(prepared, output -> outputs.put(output.path(), output.encoded()),
                path -> Optional.ofNullable(outputs.get(path)).map(Output::bytes), memoize ? Optional.of(reads) : Optional.empty());
        List<Output> sorted = outputs.values().stream().sorted(Comparator.comparing(Output::path)).toList();
        BuiltSite built = new BuiltSite(prepared.site(), sorted, prepared.staticFiles(), prepared.warnings(), prepared.times(),
                sorted.stream().map(Output::path).toList());
        if (memoize) {
            Map<String, RenderJob> jobsByPath = new java.util.HashMap<>(prepared.jobs().size() * 2);
            prepared.jobs().forEach(job -> jobsByPath.put(job.path(), job));
            session = new Session(options, prepared, sorted, new OutputReads(reads), links,
                    prepared.articles().values().stream().mapToLong(a -> a.published().toEpochSecond()).sorted().toArray(), jobsByPath);
        }
        return built;
    }

    /**
     * The rebuild after articles {@code changed}, from {@link #session}; empty when a change moves an
     * article (or adds, removes, publishes or withdraws one), which needs a full rebuild.
     */
    private Optional<BuiltSite> patch(BuildOptions options, Set<String> changed) {
        Session last = session;
        StageTimes times = new StageTimes();
        Sources sources = new SourceReader().reread(options.source(), last.prepared().sources(), changed);
        if (!sources.problems().isEmpty()) {
            throw new BuildException(sources.problems());
        }
        times.end("read");
        Optional<List<Article>> parsedNow = parseChanged(sources, changed, last);
        times.end("parse");
        if (parsedNow.isEmpty()) {
            return Optional.empty(); // an article was removed
        }
        Site before = last.prepared().site();
        Map<String, Article> replaced = new java.util.HashMap<>();
        Map<String, Long> changedValues = new java.util.HashMap<>();
        for (Article article : parsedNow.get()) {
            Article old = last.prepared().articles().get(article.source());
            if (old == null || !SiteIndexer.samePlace(old, article)) {
                return Optional.empty();
            }
            if (before.findPublished(article.source()).isPresent()) {
                replaced.put(article.source(), article);
                changedValues.put(article.source(), ArticleReads.changed(old, article));
            }
        }
        java.time.Instant now = options.clock().instant();
        if (!options.future() && last.publishesBetween(before.builtAt(), now)) {
            return Optional.empty(); // the clock published an article
        }
        Site site = before.withArticles(replaced, now);
        PageRenderer renderer = last.prepared().renderer().withSite(site);
        List<RenderJob> jobs = renderer.refreshed(staleJobs(last, changedValues));
        times.end("index");
        Map<String, Article> articles = new java.util.HashMap<>(last.prepared().articles());
        parsedNow.get().forEach(a -> articles.put(a.source(), a));
        Prepared prepared = new Prepared(site, renderer, last.prepared().jobs(), sources.staticFiles(), warnings(sources, site),
                times, sources, last.prepared().parser(), articles, last.prepared().files());
        Map<String, ArticleReads> reads = new ConcurrentHashMap<>();
        Map<String, Output> rendered = renderStale(prepared, jobs, reads);
        times.end("render");
        List<Output> outputs = new ArrayList<>(last.outputs());
        outputs.replaceAll(output -> rendered.getOrDefault(output.path(), output));
        Set<String> recheck = new java.util.HashSet<>(replaced.keySet());
        rendered.keySet().forEach(path -> recheck.addAll(last.links().sourcesLinkingInto().getOrDefault(path, Set.of())));
        LinkChecker.Report checked = new LinkChecker(site, prepared.files(), new PageIds(path -> find(outputs, path).map(Output::bytes)))
                .check(recheck);
        if (!checked.problems().isEmpty()) {
            throw new BuildException(checked.problems());
        }
        times.end("link check");
        List<String> rewritten = rendered.keySet().stream().sorted().toList();
        BuiltSite built = new BuiltSite(site, outputs, sources.staticFiles(), prepared.warnings(), times, rewritten);
        last.reads().update(reads);
        session = new Session(options, prepared, outputs, last.reads(), last.links().recheckedFor(recheck, checked),
                last.publicationTimes(), last.jobsByPath());
        return Optional.of(built);
    }

    /** The changed articles parsed; empty when one of them is gone. */
    private Optional<List<Article>> parseChanged(Sources sources, Set<String> changed, Session last) {
        List<Source> found = sources.articles().stream().filter(s -> changed.contains(s.path())).toList();
        if (found.size() != changed.size()) {
            return Optional.empty();
        }
        ConcurrentLinkedQueue<Problem> problems = new ConcurrentLinkedQueue<>();
        List<Article> parsedNow = parseAll(found, source -> memoizedArticle(source, sources, last.prepared().parser()), problems);
        if (!problems.isEmpty()) {
            throw new BuildException(new ArrayList<>(problems));
        }
        return Optional.of(parsedNow);
    }

    /** The planned outputs that read a value that changed, and the news sitemap, which depends on the clock. */
    private static List<RenderJob> staleJobs(Session last, Map<String, Long> changedValues) {
        Set<String> affected = last.reads().outputsReading(changedValues);
        List<RenderJob> stale = new ArrayList<>();
        affected.forEach(path -> stale.add(last.jobsByPath().get(path)));
        last.jobsByPath().values().stream().filter(job -> job.kind() == RenderJob.Kind.NEWS_SITEMAP && !affected.contains(job.path()))
                .forEach(stale::add);
        return stale;
    }

    /**
     * Renders {@code jobs} and the search index, noting what each output read in {@code reads}. The
     * search index is joined while the pages render (which start with the largest, see {@link PageRenderer#renderAll}).
     */
    private static Map<String, Output> renderStale(Prepared prepared, List<RenderJob> jobs, Map<String, ArticleReads> reads) {
        Map<String, Output> rendered = new ConcurrentHashMap<>();
        HtmlPostProcessor post = postProcessor(prepared.site());
        java.util.concurrent.CompletableFuture<Output> searchIndex =
                java.util.concurrent.CompletableFuture.supplyAsync(prepared.renderer()::searchIndex);
        prepared.renderer().renderAll(jobs, output -> rendered.put(output.path(), post.process(output).encoded()), reads);
        try {
            rendered.put(prepared.site().urls().searchIndexPath(), searchIndex.join());
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return rendered;
    }

    /** Writes a site made by {@link #produce} into {@code options.output()}, swapping it in whole. */
    public BuildResult write(BuiltSite built, BuildOptions options) {
        long start = System.nanoTime();
        int files = writeSite(options, built.staticFiles(),
                writer -> Parallel.forEach(built.outputs(), output -> writer.write(output.path(), output.parts())));
        built.times().end("write");
        return built.result(files, (System.nanoTime() - start) / 1_000_000);
    }

    /** Stages 1–4: everything up to the plan of what to render, with all content problems found. */
    private Prepared prepare(BuildOptions options) {
        return prepare(options, Optional.empty());
    }

    /** {@link #prepare(BuildOptions)}, with the Markdown sources of {@code known} when given instead of reading them again. */
    private Prepared prepare(BuildOptions options, Optional<Sources> known) {
        StageTimes times = new StageTimes();
        SiteConfig config = loadConfig(options);
        Sources sources = known.map(previous -> new SourceReader().rereadTemplates(options.source(), previous))
                .orElseGet(() -> new SourceReader().read(options.source()));
        times.end("read");
        Urls urls = new Urls(config, options.prettyLinks());
        SiteIndexer indexer = new SiteIndexer(config, urls);
        Path templates = options.source().resolve("templates");
        ContentParser parser = new ContentParser(config, yaml, markdown, sources.layouts(),
                new ContentSanitizer(config.sanitizeHtml(), config.iframeHosts()));
        ConcurrentLinkedQueue<Problem> problems = new ConcurrentLinkedQueue<>(sources.problems());
        Object settings = List.of(config, sources.layouts());
        if (!settings.equals(parsedWith)) {
            parsed.clear();
            parsedWith = settings;
        }
        List<Article> articles = parseAll(sources.articles(), source -> memoizedArticle(source, sources, parser), problems);
        List<Page> pages = parseAll(sources.pages(), source -> memoized(source, source.text(), parser::parsePage), problems);
        List<dev.broadsheet.content.Redirect> redirects = parseAll(sources.redirects(), parser::parseRedirects, problems).stream()
                .flatMap(List::stream).toList();
        parsed.keySet().retainAll(Stream.concat(sources.articles().stream(), sources.pages().stream()).map(Source::path)
                .collect(java.util.stream.Collectors.toSet()));
        if (!problems.isEmpty()) {
            // Report broken templates in the same run as broken content.
            problems.addAll(PageRenderer.templateProblems(config, urls, templates));
            throw new BuildException(new ArrayList<>(problems));
        }
        times.end("parse");
        Site site = indexer.index(articles, pages, redirects, options.clock().instant(), options.drafts(), options.future());
        PageRenderer renderer = new PageRenderer(site, templates, new FeedLinks(urls));
        List<RenderJob> jobs = renderer.plan();
        OutputCollisions.check(jobs, sources.staticFiles());
        times.end("index");
        Map<String, Article> bySource = new java.util.HashMap<>(articles.size() * 2);
        articles.forEach(a -> bySource.put(a.source(), a));
        List<Problem> warnings = warnings(sources, site);
        warnings.addAll(renderer.unplannedRedirects(jobs));
        return new Prepared(site, renderer, jobs, sources.staticFiles(), warnings, times, sources, parser, bySource,
                Prepared.filesOf(site, jobs, sources.staticFiles()));
    }

    /** What did not stop the build: from reading, from indexing, and interface strings the language lacks. */
    private static List<Problem> warnings(Sources sources, Site site) {
        List<Problem> warnings = new ArrayList<>(sources.warnings());
        warnings.addAll(site.warnings());
        SiteConfig config = site.config();
        if (!config.language().equals("en")) {
            String file = "templates/i18n/" + config.language() + ".yaml";
            config.strings().missingKeys().forEach(key -> warnings.add(Problem.of(file,
                    "no interface string '" + key + "', the English one is used — add '" + key + ": …'")));
        }
        return warnings;
    }

    private static HtmlPostProcessor postProcessor(Site site) {
        return new HtmlPostProcessor(List.of(new CrossReferences(site), new RootRelativeLinks(site.urls())));
    }

    /**
     * Stages 5–6: renders and post-processes every output into {@code sink}, then checks the links
     * authors wrote. With {@code reads}, notes there which articles each output read.
     */
    private static LinkChecker.Report render(Prepared prepared, Consumer<Output> sink, Function<String, Optional<byte[]>> written,
                                             Optional<Map<String, ArticleReads>> reads) {
        Site site = prepared.site();
        HtmlPostProcessor post = postProcessor(site);
        Consumer<Output> processed = output -> {
            long start = System.nanoTime();
            Output done = post.process(output);
            prepared.times().addThreadTime("post-process", System.nanoTime() - start);
            sink.accept(done);
        };
        reads.ifPresentOrElse(byOutput -> prepared.renderer().renderAll(prepared.jobs(), processed, byOutput),
                () -> prepared.renderer().renderAll(prepared.jobs(), processed));
        sink.accept(prepared.renderer().searchIndex());
        prepared.times().end("render");
        LinkChecker.Report links = new LinkChecker(site, prepared.files(), new PageIds(written)).check();
        if (!links.problems().isEmpty()) {
            throw new BuildException(links.problems());
        }
        prepared.times().end("link check");
        return links;
    }

    private SiteConfig loadConfig(BuildOptions options) {
        SiteConfig config = new SiteConfigLoader(yaml).load(options.source());
        Optional<String> baseUrl = options.baseUrl();
        if (baseUrl.isEmpty()) {
            return config;
        }
        SiteConfigLoader.checkBaseUrl(baseUrl.get()).ifPresent(message -> {
            throw new BuildException(Problem.of("--base-url", message));
        });
        return config.withBaseUrl(baseUrl.get());
    }

    /** An article parsed with its comments file, if it has one. */
    private Article memoizedArticle(Source source, Sources sources, ContentParser parser) {
        Optional<Source> comments = sources.findCommentsOf(source);
        return memoized(source, List.of(source.text(), comments.map(Source::text).orElse("")),
                article -> parser.parseArticle(article, comments));
    }

    /**
     * The parse of {@code source}, reused when what it is parsed from ({@code inputs}: its text, and
     * the text of any file read with it) did not change; the settings are checked once per build.
     */
    @SuppressWarnings("unchecked")
    private <T> T memoized(Source source, Object inputs, Function<Source, T> parse) {
        if (!memoize) {
            return parse.apply(source);
        }
        Parsed previous = parsed.get(source.path());
        if (previous != null && previous.inputs().equals(inputs)) {
            return (T) previous.result();
        }
        T result = parse.apply(source);
        parsed.put(source.path(), new Parsed(inputs, result));
        return result;
    }

    private record Parsed(Object inputs, Object result) {
    }

    /** Parses every source in parallel, collecting the problems of all files. */
    private static <T> List<T> parseAll(List<Source> sources, Function<Source, T> parse, ConcurrentLinkedQueue<Problem> problems) {
        List<Optional<T>> parsed = Parallel.map(sources, source -> {
            try {
                return Optional.of(parse.apply(source));
            } catch (BuildException e) {
                problems.addAll(e.problems());
                return Optional.empty();
            } catch (StackOverflowError e) {
                problems.add(Problem.of(source.path(), "nested too deeply to render — flatten the nested lists or quotes"));
                return Optional.empty();
            }
        });
        return parsed.stream().flatMap(Optional::stream).toList();
    }

    /**
     * A site parsed and indexed, with the plan of its outputs.
     *
     * @param sources what was read
     * @param parser the parser the articles were parsed with
     * @param articles every parsed article by source, published or not
     * @param files every output path the site will have: pages, feeds, the search index and static files
     */
    private record Prepared(Site site, PageRenderer renderer, List<RenderJob> jobs, List<StaticFile> staticFiles,
                            List<Problem> warnings, StageTimes times, Sources sources, ContentParser parser,
                            Map<String, Article> articles, Set<String> files) {

        BuildResult result(int files, long millis) {
            int pages = (int) jobs.stream().filter(job -> job.path().endsWith(".html")).count();
            List<TemplateTimes.Entry> templates = renderer.templateTimes().slowest(Integer.MAX_VALUE);
            Map<String, Long> threadMillis = new java.util.LinkedHashMap<>();
            threadMillis.put("templates", templates.stream().mapToLong(TemplateTimes.Entry::totalNanos).sum() / 1_000_000);
            threadMillis.putAll(times.threadMillis());
            return new BuildResult(site.articles().size(), pages, files, millis, warnings, times.millis(), threadMillis,
                    templates.subList(0, Math.min(5, templates.size())));
        }

        static Set<String> filesOf(Site site, List<RenderJob> jobs, List<StaticFile> staticFiles) {
            Set<String> paths = new HashSet<>();
            jobs.forEach(job -> paths.add(job.path()));
            paths.add(site.urls().searchIndexPath());
            staticFiles.forEach(f -> paths.add(f.outputPath()));
            return Set.copyOf(paths);
        }
    }

    /**
     * A memoizing Build's last site, kept for the next rebuild.
     *
     * @param options what it was built with
     * @param prepared its model and plan
     * @param outputs every output, sorted by path
     * @param reads what each output read
     * @param links what the link check found
     * @param publicationTimes when each parsed article is published (epoch seconds), sorted
     * @param jobsByPath the plan of the last full build by output path (a patch keeps every path)
     */
    private record Session(BuildOptions options, Prepared prepared, List<Output> outputs, OutputReads reads,
                           LinkChecker.Report links, long[] publicationTimes, Map<String, RenderJob> jobsByPath) {

        /**
         * Whether an article's publication time falls between {@code one} and {@code other}, in
         * either order: counted in whole seconds, both ends included, so no crossing is missed.
         */
        boolean publishesBetween(java.time.Instant one, java.time.Instant other) {
            long from = Math.min(one.getEpochSecond(), other.getEpochSecond());
            long to = Math.max(one.getEpochSecond(), other.getEpochSecond());
            int at = java.util.Arrays.binarySearch(publicationTimes, from);
            int first = at < 0 ? -at - 1 : at;
            while (first > 0 && publicationTimes[first - 1] == from) {
                first--;
            }
            return first < publicationTimes.length && publicationTimes[first] <= to;
        }
    }

    /** The output at {@code path} in {@code outputs}, which are sorted by path. */
    private static Optional<Output> find(List<Output> outputs, String path) {
        List<String> paths = new java.util.AbstractList<>() {
            @Override
            public String get(int index) {
                return outputs.get(index).path();
            }

            @Override
            public int size() {
                return outputs.size();
            }
        };
        int at = java.util.Collections.binarySearch(paths, path);
        return at < 0 ? Optional.empty() : Optional.of(outputs.get(at));
    }
}
