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
import dev.broadsheet.html.FeedContentLinks;
import dev.broadsheet.html.HtmlPostProcessor;
import dev.broadsheet.html.RootRelativeLinks;
import dev.broadsheet.markdown.Markdown;
import dev.broadsheet.render.Output;
import dev.broadsheet.render.PageRenderer;
import dev.broadsheet.site.Site;
import dev.broadsheet.site.SiteIndexer;
import dev.broadsheet.site.Urls;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/** The pipeline: load config, read, parse, index, render, post-process, write. */
public final class Build {

    private final YamlReader yaml = new YamlReader();
    private final Markdown markdown = new Markdown();

    /**
     * Builds the site. On any problem nothing is written and the previous output stays as it was.
     *
     * @throws BuildException with every problem found
     */
    public BuildResult run(BuildOptions options) {
        long start = System.nanoTime();
        SiteConfig config = loadConfig(options);
        Sources sources = new SourceReader().read(options.source());
        ContentParser parser = new ContentParser(config, yaml, markdown);
        ConcurrentLinkedQueue<Problem> problems = new ConcurrentLinkedQueue<>();
        List<Article> articles = parseAll(sources.articles(), parser::parseArticle, problems);
        List<Page> pages = parseAll(sources.pages(), parser::parsePage, problems);
        if (!problems.isEmpty()) {
            throw new BuildException(new ArrayList<>(problems));
        }
        Urls urls = new Urls(config, options.prettyLinks());
        Site site = new SiteIndexer(config, urls).index(articles, pages, options.clock().instant(), options.drafts(), options.future());
        List<Output> rendered = new PageRenderer(site, options.source().resolve("templates")).render();
        List<Output> outputs = new HtmlPostProcessor(List.of(new RootRelativeLinks(site.urls())),
                new FeedContentLinks(site.urls())).process(rendered);
        int files = new SiteWriter(options.source(), options.output()).write(outputs, sources.staticFiles());
        long millis = (System.nanoTime() - start) / 1_000_000;
        int htmlPages = (int) outputs.stream().filter(Output::isHtml).count();
        return new BuildResult(site.articles().size(), htmlPages, files, millis, site.warnings());
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
                return java.util.stream.Stream.of(parse.apply(source));
            } catch (BuildException e) {
                problems.addAll(e.problems());
                return java.util.stream.Stream.empty();
            }
        }).toList();
    }
}
