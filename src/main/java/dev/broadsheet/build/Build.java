package dev.broadsheet.build;

import dev.broadsheet.BuildException;
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
import dev.broadsheet.render.Output;
import dev.broadsheet.render.PageRenderer;
import dev.broadsheet.render.RenderJob;
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
    private final boolean memoize;

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
        SiteWriter writer = new SiteWriter(options.source(), options.output());
        writer.begin();
        try {
            render(prepared, output -> {
                writer.write(output.path(), output.bytes());
                progress.rendered();
            }, writer::read);
            prepared.staticFiles().parallelStream().forEach(file -> writer.copy(file.file(), file.outputPath()));
            int files = writer.commit();
            prepared.times().end("write");
            return prepared.result(files, (System.nanoTime() - start) / 1_000_000);
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
        Prepared prepared = prepare(options);
        Map<String, Output> outputs = new ConcurrentHashMap<>();
        render(prepared, output -> outputs.put(output.path(), output),
                path -> Optional.ofNullable(outputs.get(path)).map(Output::bytes));
        List<Output> sorted = outputs.values().stream().sorted(Comparator.comparing(Output::path)).toList();
        return new BuiltSite(prepared.site(), sorted, prepared.staticFiles(), prepared.warnings(), prepared.times());
    }

    /** Writes a site made by {@link #produce} into {@code options.output()}, swapping it in whole. */
    public BuildResult write(BuiltSite built, BuildOptions options) {
        long start = System.nanoTime();
        SiteWriter writer = new SiteWriter(options.source(), options.output());
        writer.begin();
        built.outputs().parallelStream().forEach(output -> writer.write(output.path(), output.bytes()));
        built.staticFiles().parallelStream().forEach(file -> writer.copy(file.file(), file.outputPath()));
        int files = writer.commit();
        built.times().end("write");
        return built.result(files, (System.nanoTime() - start) / 1_000_000);
    }

    /** Stages 1–4: everything up to the plan of what to render, with all content problems found. */
    private Prepared prepare(BuildOptions options) {
        StageTimes times = new StageTimes();
        SiteConfig config = loadConfig(options);
        Sources sources = new SourceReader().read(options.source());
        times.end("read");
        Urls urls = new Urls(config, options.prettyLinks());
        SiteIndexer indexer = new SiteIndexer(config, urls);
        Path templates = options.source().resolve("templates");
        ContentParser parser = new ContentParser(config, yaml, markdown, sources.layouts(),
                new ContentSanitizer(config.sanitizeHtml(), config.iframeHosts()));
        ConcurrentLinkedQueue<Problem> problems = new ConcurrentLinkedQueue<>(sources.problems());
        Object settings = List.of(config, sources.layouts());
        List<Article> articles = parseAll(sources.articles(), source -> memoized(source, settings, parser::parseArticle), problems);
        List<Page> pages = parseAll(sources.pages(), source -> memoized(source, settings, parser::parsePage), problems);
        parsed.keySet().retainAll(Stream.concat(sources.articles().stream(), sources.pages().stream()).map(Source::path).toList());
        if (!problems.isEmpty()) {
            // Report broken templates in the same run as broken content.
            Site empty = indexer.index(List.of(), List.of(), options.clock().instant(), false, false);
            problems.addAll(PageRenderer.templateProblems(empty, templates));
            throw new BuildException(new ArrayList<>(problems));
        }
        times.end("parse");
        Site site = indexer.index(articles, pages, options.clock().instant(), options.drafts(), options.future());
        PageRenderer renderer = new PageRenderer(site, templates, new FeedLinks(urls));
        List<RenderJob> jobs = renderer.plan();
        OutputCollisions.check(jobs, sources.staticFiles());
        List<Problem> warnings = new ArrayList<>(sources.warnings());
        warnings.addAll(site.warnings());
        if (!config.language().equals("en")) {
            String file = "templates/i18n/" + config.language() + ".yaml";
            config.strings().missingKeys().forEach(key -> warnings.add(Problem.of(file,
                    "no interface string '" + key + "', the English one is used — add '" + key + ": …'")));
        }
        times.end("index");
        return new Prepared(site, renderer, jobs, sources.staticFiles(), warnings, times);
    }

    /** Stages 5–6: renders and post-processes every output into {@code sink}, then checks the links authors wrote. */
    private static void render(Prepared prepared, Consumer<Output> sink, Function<String, Optional<byte[]>> written) {
        Site site = prepared.site();
        HtmlPostProcessor post = new HtmlPostProcessor(List.of(new CrossReferences(site), new RootRelativeLinks(site.urls())));
        prepared.renderer().renderAll(prepared.jobs(), output -> sink.accept(post.process(output)));
        prepared.times().end("render");
        Set<String> paths = new HashSet<>();
        prepared.jobs().forEach(job -> paths.add(job.path()));
        paths.add(site.urls().searchIndexPath());
        prepared.staticFiles().forEach(f -> paths.add(f.outputPath()));
        List<Problem> brokenLinks = new LinkChecker(site, paths, new PageIds(written)).check();
        if (!brokenLinks.isEmpty()) {
            throw new BuildException(brokenLinks);
        }
        prepared.times().end("link check");
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

    /** The parse of {@code source}, reused when neither its text nor the site's settings changed. */
    @SuppressWarnings("unchecked")
    private <T> T memoized(Source source, Object settings, Function<Source, T> parse) {
        if (!memoize) {
            return parse.apply(source);
        }
        Parsed previous = parsed.get(source.path());
        if (previous != null && previous.text().equals(source.text()) && previous.settings().equals(settings)) {
            return (T) previous.result();
        }
        T result = parse.apply(source);
        parsed.put(source.path(), new Parsed(source.text(), settings, result));
        return result;
    }

    private record Parsed(String text, Object settings, Object result) {
    }

    /** Parses every source in parallel, collecting the problems of all files. */
    private static <T> List<T> parseAll(List<Source> sources, Function<Source, T> parse, ConcurrentLinkedQueue<Problem> problems) {
        return sources.parallelStream().flatMap(source -> {
            try {
                return Stream.of(parse.apply(source));
            } catch (BuildException e) {
                problems.addAll(e.problems());
                return Stream.empty();
            } catch (StackOverflowError e) {
                problems.add(Problem.of(source.path(), "nested too deeply to render — flatten the nested lists or quotes"));
                return Stream.empty();
            }
        }).toList();
    }

    /** A site parsed and indexed, with the plan of its outputs. */
    private record Prepared(Site site, PageRenderer renderer, List<RenderJob> jobs, List<StaticFile> staticFiles,
                            List<Problem> warnings, StageTimes times) {

        BuildResult result(int files, long millis) {
            int pages = (int) jobs.stream().filter(job -> job.path().endsWith(".html")).count();
            return new BuildResult(site.articles().size(), pages, files, millis, warnings, times.millis());
        }
    }
}
