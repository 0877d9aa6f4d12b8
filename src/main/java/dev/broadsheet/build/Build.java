package dev.broadsheet.build;

import dev.broadsheet.BuildException;
import dev.broadsheet.Parallel;
import dev.broadsheet.Problem;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SiteConfigLoader;
import dev.broadsheet.config.YamlReader;
import dev.broadsheet.content.ContentParser;
import dev.broadsheet.content.Sources;
import dev.broadsheet.html.ContentSanitizer;
import dev.broadsheet.images.ImageProcessor;
import dev.broadsheet.markdown.Markdown;
import dev.broadsheet.render.PageRenderer;
import dev.broadsheet.render.TemplateTimes;
import dev.broadsheet.site.Site;
import dev.broadsheet.site.SiteIndexer;
import dev.broadsheet.site.Urls;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The pipeline: load config, read, parse, index, plan, render and post-process, check links, then
 * write or serve. One pipeline for every caller: a Build that remembers (the dev server's) reuses
 * each stage's results where their inputs are equal to last time's — see each stage — and so
 * redoes only what a change touched; a one-shot build streams its pages to the writer.
 */
public final class Build {

    private final YamlReader yaml = new YamlReader();
    private final Markdown markdown = new Markdown();
    private final ReadStage read;
    private final ParseStage parse;
    private final IndexStage index;
    private final RenderStage render;
    private final LinkStage links;
    private final ImageStage images;
    private final OriginStage origins = new OriginStage();
    private final ImageChecks imageChecks = new ImageChecks();

    /** A build for one run. */
    public Build() {
        this(false);
    }

    /**
     * @param remember whether the render stage keeps every page it made for the next run of this
     *     Build (the dev server's rebuilds); the other stages keep only small values and always do
     */
    public Build(boolean remember) {
        this.read = new ReadStage();
        this.parse = new ParseStage();
        this.index = new IndexStage();
        this.render = new RenderStage(remember);
        this.links = new LinkStage();
        this.images = new ImageStage(remember);
    }

    /** What one run of the pipeline made: the plan, the rendering, and what did not stop it. */
    private record Run(RenderStage.Plan plan, RenderStage.Rendered rendered, List<Problem> warnings, List<Problem> advice, StageTimes times,
                       java.util.Set<String> imageKeys, java.util.function.Supplier<Optional<BuildResult.NextChange>> next) {

        BuildResult result(int files, long millis) {
            int pages = (int) plan.jobs().stream().filter(job -> job.path().endsWith(".html")).count();
            List<TemplateTimes.Entry> templates = rendered.times().slowest(Integer.MAX_VALUE);
            Map<String, Long> threadMillis = new java.util.LinkedHashMap<>();
            threadMillis.put("templates", templates.stream().mapToLong(TemplateTimes.Entry::totalNanos).sum() / 1_000_000);
            threadMillis.putAll(times.threadMillis());
            return new BuildResult(plan.site().articles().size(), pages, files, millis, warnings, advice, next.get(), times.millis(), threadMillis,
                    templates.subList(0, Math.min(5, templates.size())));
        }
    }

    /**
     * The pipeline, every output handed to the plan's sink as it is made.
     *
     * @throws BuildException with every problem found
     */
    private Run run(BuildOptions options, SourceChanges changes, Function<RenderStage.Plan, RenderStage.Sink> sinkFor,
                    BuildProgress progress, Optional<DiskCache> cache) {
        StageTimes times = new StageTimes();
        SiteConfig config = loadConfig(options);
        Urls urls = new Urls(config, options.prettyLinks());
        Sources sources = read.read(options.source(), changes);
        times.end("read");
        ImageStage.Images pictures = images.process(sources.staticFiles(), options.imageFolder());
        times.end("images");
        Path templates = options.source().resolve("templates");
        ParseStage.Parsed parsed = parsed(sources, config, urls, templates, cache);
        ImageChecks.requireReadable(parsed, pictures);
        times.end("parse");
        Site site = index.index(new SiteIndexer(config, urls, pictures.catalog()), parsed, options, config);
        times.end("index");
        Optional<RenderCache> renderCache = cache.map(c -> new RenderCache(c, parsed.parsedFrom()));
        RenderStage.Plan plan = render.plan(site, sources, pictures.staticFiles(), templates, options, renderCache, times);
        progress.plan(plan.outputCount());
        times.end("plan");
        RenderStage.Sink sink = sinkFor.apply(plan);
        origins.start(config.baseUrl());
        RenderStage.Rendered rendered = render.render(plan, sink, times, progress, renderCache,
                origins::made);
        times.end("render");
        links.check(plan, rendered.rewritten(), sink::read);
        origins.check(plan);
        times.end("link and origin check");
        List<Problem> warnings = new ArrayList<>(Warnings.of(sources, plan));
        List<Problem> advice = imageChecks.undescribed(site);
        warnings.addAll(advice);
        // Only a build that reports its result says what comes next: the dev server's rebuilds need not look.
        java.util.function.Supplier<Optional<BuildResult.NextChange>> next = () -> SiteIndexer.nextChange(parsed.articles(), config.banner(),
                options.clock().instant(), options.drafts(), options.future()).map(change -> new BuildResult.NextChange(change, note(change, config)));
        return new Run(plan, rendered, warnings, advice, times, pictures.keys(), next);
    }

    /** Parses the sources; on problems, reports the templates' too, in the same run. */
    private ParseStage.Parsed parsed(Sources sources, SiteConfig config, Urls urls, Path templates, Optional<DiskCache> cache) {
        ContentParser parser = new ContentParser(config, yaml, markdown, sources.layouts(),
                new ContentSanitizer(config.sanitizeHtml(), config.iframeHosts()));
        try {
            return parse.parse(sources, parser, List.of(config, sources.layouts()), cache);
        } catch (BuildException e) {
            List<Problem> problems = new ArrayList<>(e.problems());
            problems.addAll(PageRenderer.templateProblems(config, urls, templates));
            throw new BuildException(problems);
        }
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
        SiteWriter writer = new SiteWriter(options.source(), options.output());
        Optional<DiskCache> cache = options.cache().map(folder -> DiskCache.open(folder, CacheKey.of(options)));
        // Last build's files may stand in for this one's only when they are the ones the cache describes.
        WritingSink sink = new WritingSink(writer, cache.isPresent() && cache.get().describes(options.output()));
        if (cache.isEmpty()) {
            new ImageProcessor(options.imageFolder()).removeFolder(); // a build without a cache makes its pictures anew
        }
        writer.begin();
        try {
            Run made = run(options, SourceChanges.UNKNOWN, plan -> sink, progress, cache);
            int files = writer.commit(made.plan().staticFiles());
            made.times().end("static files and swap");
            made.times().addThreadTime("write", sink.writingNanos());
            List<Problem> warnings = new ArrayList<>(made.warnings());
            cache.flatMap(kept -> kept.saveFor(options.output())).ifPresent(warnings::add);
            made.times().end("cache");
            if (cache.isPresent()) { // it keeps what this site's pictures made and nothing else; without a cache the folder goes
                new ImageProcessor(options.imageFolder()).keepOnly(made.imageKeys());
            }
            return new Run(made.plan(), made.rendered(), warnings, made.advice(), made.times(), made.imageKeys(), made.next())
                    .result(files, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            writer.abort();
            throw e;
        } finally {
            cache.ifPresent(DiskCache::close);
            if (cache.isEmpty()) {
                new ImageProcessor(options.imageFolder()).removeFolder();
            }
        }
    }

    /**
     * Makes the whole site in memory without writing it (for the dev server and checks), after
     * {@code changes} when the caller knows them.
     *
     * @throws BuildException with every problem found
     */
    public BuiltSite produce(BuildOptions options, SourceChanges changes) {
        List<MadeOutputs> made = new ArrayList<>(1);
        Run run = run(options, changes, plan -> {
            made.add(new MadeOutputs(plan.outputCount(), plan.places()));
            return made.get(0);
        }, new BuildProgress(), Optional.empty());
        List<String> rewritten = run.rendered().rewritten().stream().sorted().toList();
        Map<String, List<String>> otherOrigins = new java.util.TreeMap<>();
        origins.contacts().forEach((page, contacts) -> otherOrigins.put(page,
                contacts.stream().map(dev.broadsheet.html.ThirdPartyOrigins.Contact::origin).distinct().sorted().toList()));
        return new BuiltSite(run.plan().site(), made.get(0).all(), run.plan().places(), run.plan().staticFiles(), run.warnings(),
                run.advice(), otherOrigins, run.times(), rewritten);
    }

    /** {@link #produce(BuildOptions, SourceChanges)} with the changes not known. */
    public BuiltSite produce(BuildOptions options) {
        return produce(options, SourceChanges.UNKNOWN);
    }

    /** Writes a site made by {@link #produce} into {@code options.output()}, swapping it in whole. */
    public BuildResult write(BuiltSite built, BuildOptions options) {
        long start = System.nanoTime();
        SiteWriter writer = new SiteWriter(options.source(), options.output());
        writer.begin();
        try {
            Parallel.forEach(built.outputs(), output -> writer.write(output.path(), output.parts()));
            int files = writer.commit(built.staticFiles());
            built.times().end("write");
            return built.result(files, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            writer.abort();
            throw e;
        }
    }

    /**
     * What changes the published site between {@code since} and the clock's now without any file
     * changing — articles coming due, the banner expiring — by the rules a build applies; read from
     * the sources without building.
     *
     * @throws BuildException with every problem found reading them
     */
    public List<SiteIndexer.ScheduledChange> scheduledChanges(BuildOptions options, java.time.Instant since) {
        SiteConfig config = loadConfig(options);
        Sources sources = read.read(options.source(), SourceChanges.UNKNOWN);
        ParseStage.Parsed parsed = parsed(sources, config, new Urls(config, options.prettyLinks()), options.source().resolve("templates"),
                Optional.empty());
        return SiteIndexer.changesBetween(parsed.articles(), config.banner(), since, options.clock().instant(), options.drafts());
    }

    /** {@code prossima pubblicazione: 4 settembre 2025, 08:00}, in the site's language and time zone. */
    private static String note(SiteIndexer.ScheduledChange change, SiteConfig config) {
        // The date and time as the site's pages show them (templates' localdate and localtime).
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern(
                config.strings().format("dateFormat") + ", " + config.strings().format("timeFormat"), config.locale());
        return config.strings().format(change.banner() ? "bannerExpires" : "nextPublication", format.format(change.at().atZone(config.timeZone())));
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
}
