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
import dev.broadsheet.html.ContentSanitizer;
import dev.broadsheet.html.CrossReferences;
import dev.broadsheet.html.FeedContentLinks;
import dev.broadsheet.html.HtmlPostProcessor;
import dev.broadsheet.html.LinkChecker;
import dev.broadsheet.html.RootRelativeLinks;
import dev.broadsheet.markdown.Markdown;
import dev.broadsheet.render.Output;
import dev.broadsheet.render.PageRenderer;
import dev.broadsheet.site.Site;
import dev.broadsheet.site.SiteIndexer;
import dev.broadsheet.site.Urls;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.Stream;

/** The pipeline: load config, read, parse, index, render, post-process, write. */
public final class Build {

    private final YamlReader yaml = new YamlReader();
    private final Markdown markdown = new Markdown();

    /**
     * Builds the site into the output folder. On any problem nothing is written and the previous
     * output stays as it was.
     *
     * @throws BuildException with every problem found
     */
    public BuildResult run(BuildOptions options) {
        long start = System.nanoTime();
        return write(produce(options), options, start);
    }

    /** Writes a site made by {@link #produce} into {@code options.output()}, swapping it in whole. */
    public BuildResult write(BuiltSite built, BuildOptions options) {
        return write(built, options, System.nanoTime());
    }

    private BuildResult write(BuiltSite built, BuildOptions options, long start) {
        int files = new SiteWriter(options.source(), options.output()).write(built.outputs(), built.staticFiles());
        return built.result(files, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Makes the whole site in memory, without writing it: stages 1–6 of the pipeline.
     *
     * @throws BuildException with every problem found
     */
    public BuiltSite produce(BuildOptions options) {
        SiteConfig config = loadConfig(options);
        Sources sources = new SourceReader().read(options.source());
        Urls urls = new Urls(config, options.prettyLinks());
        SiteIndexer indexer = new SiteIndexer(config, urls);
        Path templates = options.source().resolve("templates");
        ContentParser parser = new ContentParser(config, yaml, markdown, sources.layouts(),
                new ContentSanitizer(config.sanitizeHtml(), config.iframeHosts()));
        ConcurrentLinkedQueue<Problem> problems = new ConcurrentLinkedQueue<>(sources.problems());
        List<Article> articles = parseAll(sources.articles(), parser::parseArticle, problems);
        List<Page> pages = parseAll(sources.pages(), parser::parsePage, problems);
        if (!problems.isEmpty()) {
            // Report broken templates in the same run as broken content.
            Site empty = indexer.index(List.of(), List.of(), options.clock().instant(), false, false);
            problems.addAll(PageRenderer.templateProblems(empty, templates));
            throw new BuildException(new ArrayList<>(problems));
        }
        Site site = indexer.index(articles, pages, options.clock().instant(), options.drafts(), options.future());
        List<Output> rendered = new PageRenderer(site, templates).render();
        HtmlPostProcessor.PostProcessed processed = new HtmlPostProcessor(
                List.of(new CrossReferences(site), new RootRelativeLinks(urls)), new FeedContentLinks(urls)).process(rendered);
        OutputCollisions.check(processed.outputs(), sources.staticFiles());
        Set<String> paths = new HashSet<>();
        processed.outputs().forEach(o -> paths.add(o.path()));
        sources.staticFiles().forEach(f -> paths.add(f.outputPath()));
        List<Problem> brokenLinks = new LinkChecker(site, paths, processed.ids()).check();
        if (!brokenLinks.isEmpty()) {
            throw new BuildException(brokenLinks);
        }
        List<Problem> warnings = new ArrayList<>(sources.warnings());
        warnings.addAll(site.warnings());
        if (!config.language().equals("en")) {
            String file = "templates/i18n/" + config.language() + ".yaml";
            config.strings().missingKeys().forEach(key -> warnings.add(Problem.of(file,
                    "no interface string '" + key + "', the English one is used — add '" + key + ": …'")));
        }
        return new BuiltSite(site, processed.outputs(), sources.staticFiles(), warnings);
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
}
