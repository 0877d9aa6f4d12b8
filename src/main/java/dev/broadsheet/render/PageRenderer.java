package dev.broadsheet.render;

import dev.broadsheet.BuildException;
import dev.broadsheet.Parallel;
import dev.broadsheet.Problem;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.Article;
import dev.broadsheet.site.Site;
import dev.broadsheet.site.Urls;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The render stage: the site's templates compiled once, and each {@link RenderJob} through its
 * template. Strict variables, HTML escaping always on (templates mark the article body
 * {@code | raw}). Rendering a job reads nothing but the job and the settings, so equal jobs give
 * equal pages, and a renderer serves every build made with the same settings and templates.
 */
public final class PageRenderer {

    /**
     * Outputs that list the whole site or many full articles, and take longest: rendered first, so
     * that no core is left rendering one of them while the other has nothing to do.
     */
    private static final Set<RenderJob.Kind> LARGE = EnumSet.of(
            RenderJob.Kind.ARCHIVE, RenderJob.Kind.SITEMAP, RenderJob.Kind.NEWS_SITEMAP, RenderJob.Kind.FEED);

    /** The front page's own template, when the templates have it. */
    private static final String FRONT_TEMPLATE = "home";

    private final SiteConfig config;
    private final Urls urls;
    private final PebbleEngine engine;
    private final SearchIndex searchIndex;
    private final TemplateGraph templateGraph;
    private final Planner planner;

    /**
     * Compiles the templates in {@code templatesDir}: one per kind of output and the {@code layouts}.
     *
     * @throws BuildException naming every template that does not compile, with its line
     */
    public PageRenderer(SiteConfig config, Urls urls, Path templatesDir, Set<String> layouts, FeedBodies feedBodies, RenderMemo memo) {
        this.config = config;
        this.urls = urls;
        TemplateFunctions functions = new TemplateFunctions(config, urls);
        this.searchIndex = memo.searchIndex;
        this.templateGraph = new TemplateGraph(templatesDir);
        SiteWideValues siteWide = new SiteWideValues(templateGraph);
        this.engine = engine(functions, templatesDir);
        String front = frontTemplate(templatesDir);
        this.planner = new Planner(new RenderPlan(urls, siteWide, feedBodies, functions::monthYear, front, memo));
        Set<String> templates = new TreeSet<>(layouts);
        templates.add(front);
        List<Problem> problems = compileAll(engine, templates);
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
    }

    /**
     * The problems of every template in {@code templatesDir}: lets a build that stopped on bad
     * content report broken templates in the same run.
     */
    public static List<Problem> templateProblems(SiteConfig config, Urls urls, Path templatesDir) {
        return compileAll(engine(new TemplateFunctions(config, urls), templatesDir), Set.of(frontTemplate(templatesDir)));
    }

    private static String frontTemplate(Path templatesDir) {
        return Files.isRegularFile(templatesDir.resolve(FRONT_TEMPLATE + ".peb")) ? FRONT_TEMPLATE : RenderJob.Kind.INDEX.template;
    }

    private static PebbleEngine engine(TemplateFunctions functions, Path templatesDir) {
        FileLoader loader = new FileLoader(templatesDir.toAbsolutePath().toString());
        loader.setSuffix(".peb");
        return new PebbleEngine.Builder()
                .loader(loader)
                .strictVariables(true)
                .autoEscaping(true)
                .defaultLocale(functions.locale())
                .extension(functions)
                .build();
    }

    private static List<Problem> compileAll(PebbleEngine engine, Set<String> layouts) {
        Set<String> names = new TreeSet<>(layouts);
        for (RenderJob.Kind kind : RenderJob.Kind.values()) {
            names.add(kind.template);
        }
        List<Problem> problems = new ArrayList<>();
        for (String name : names) {
            try {
                engine.getTemplate(name);
            } catch (PebbleException e) {
                problems.add(e.getCause() instanceof java.io.FileNotFoundException && RenderJob.Kind.named(name)
                        ? Problem.of("templates/" + name + ".peb", "missing: every kind of page needs its template, and this version of "
                                + "Broadsheet writes this kind too — copy templates/" + name + ".peb from Broadsheet's own templates/")
                        : problem(e, name));
            }
        }
        return problems;
    }

    /**
     * Every output {@code site} will have but the search index, before any is rendered. What a
     * page shows of an article that did not change since this renderer's last plan is the same
     * object as then, so jobs of unchanged pages compare at once.
     */
    public List<RenderJob> plan(Site site) {
        return planner.of(site);
    }

    /** The redirects of {@code content/redirects.yaml} that {@code plan} left out, as warnings. */
    public static List<Problem> unplannedRedirects(Site site, List<RenderJob> jobs) {
        if (site.redirects().isEmpty()) {
            return List.of();
        }
        Set<String> planned = new java.util.HashSet<>(jobs.size() * 2);
        jobs.forEach(job -> planned.add(job.path()));
        List<Problem> warnings = new java.util.ArrayList<>();
        for (dev.broadsheet.content.Redirect redirect : site.redirects()) {
            if (!planned.contains(redirect.outputPath())) {
                warnings.add(new Problem(dev.broadsheet.content.Redirect.FILE, redirect.line(), "'" + redirect.from()
                        + "' is left out: the site has no " + (redirect.isFeed() ? "feed" : "page") + " at /" + redirect.target()
                        + " (a tag with no published article yet?)"));
            }
        }
        return warnings;
    }

    /**
     * Renders {@code jobs} in parallel, handing each output to {@code sink} as soon as it is made (so
     * a large site is never held in memory whole). The site-wide outputs, the largest, start first.
     *
     * @throws BuildException naming every template that failed, with its line
     */
    public void renderAll(List<RenderJob> jobs, Consumer<Output> sink, TemplateTimes times) {
        Set<Problem> problems = java.util.concurrent.ConcurrentHashMap.newKeySet(); // a template's mistake, once, not once per page
        List<RenderJob> largeFirst = new ArrayList<>(jobs.size());
        jobs.stream().filter(job -> LARGE.contains(job.kind())).forEach(largeFirst::add);
        jobs.stream().filter(job -> !LARGE.contains(job.kind())).forEach(largeFirst::add);
        Parallel.forEach(largeFirst, job -> render(job, problems, times).ifPresent(sink));
        if (!problems.isEmpty()) {
            throw new BuildException(List.copyOf(problems));
        }
    }

    /**
     * A digest of the texts of the templates {@code template} is made of: a page rendered from an
     * equal job with a template of an equal digest has the same bytes.
     */
    public String templateDigest(String template) {
        return templateGraph.digest(template);
    }

    /**
     * The search index of every published article of {@code site}, in shards: the manifest first.
     * Its entries are taken from {@code kept} where it has them, and kept there; a shard whose
     * bytes are last time's is last time's output.
     */
    public List<Output> searchIndex(Site site, SearchEntries kept) {
        return searchIndex.of(site, kept);
    }

    private Optional<Output> render(RenderJob job, Set<Problem> problems, TemplateTimes times) {
        Map<String, Object> context = new HashMap<>();
        job.variables().forEach((name, value) -> context.put(name, value instanceof Optional<?> optional ? optional.orElse(null) : value));
        if (job.variables().get("article") instanceof Article own) {
            context.put("title", own.title());
            context.put("description", own.summary());
            context.put("image", own.image());
        }
        context.put("site", config);
        context.put(TemplateFunctions.PATH_VARIABLE, job.path());
        context.put("kind", job.kind().template);
        context.putIfAbsent("feedPath", urls.feedPath());
        context.putIfAbsent("image", "");
        context.putIfAbsent("description", config.description());
        BuilderWriter out = new BuilderWriter(16 * 1024);
        long start = System.nanoTime();
        try {
            engine.getTemplate(job.template()).evaluate(out, context, config.locale());
            times.add(job.template(), System.nanoTime() - start);
        } catch (PebbleException e) {
            problems.add(problem(e, job.template()));
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new Output(job.path(), out.toString(), job.origin()));
    }

    private static Problem problem(PebbleException e, String template) {
        String file = "templates/" + (e.getFileName() == null ? template : e.getFileName()) + ".peb";
        int line = e.getLineNumber() == null ? 0 : Math.max(0, e.getLineNumber());
        String message = e.getPebbleMessage() == null ? String.valueOf(e.getMessage()) : e.getPebbleMessage();
        if (e.getCause() != null && e.getCause() != e && e.getCause().getMessage() != null) {
            message += ": " + e.getCause().getMessage();
        }
        return new Problem(file, line, message);
    }
}
