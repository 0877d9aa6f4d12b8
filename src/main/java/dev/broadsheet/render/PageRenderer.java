package dev.broadsheet.render;

import dev.broadsheet.BuildException;
import dev.broadsheet.Parallel;
import dev.broadsheet.Problem;
import dev.broadsheet.content.Article;
import dev.broadsheet.site.Site;
import dev.broadsheet.site.Tag;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * The render stage: every page of a {@link Site} through its Pebble template. Strict variables,
 * HTML escaping always on (templates mark the article body {@code | raw}). Pure per output.
 */
public final class PageRenderer {

    /** How many related articles an article page shows. */
    private static final int RELATED = 4;
    /**
     * Outputs that list the whole site or many full articles, and take longest: rendered first, so
     * that no core is left rendering one of them while the other has nothing to do.
     */
    private static final Set<RenderJob.Kind> LARGE = EnumSet.of(
            RenderJob.Kind.ARCHIVE, RenderJob.Kind.SITEMAP, RenderJob.Kind.NEWS_SITEMAP, RenderJob.Kind.FEED);

    /** How many tags the front page's sidebar shows. */
    private static final int SIDEBAR_TAGS = 15;

    private final Site site;
    private final PebbleEngine engine;
    private final TemplateFunctions functions;
    private final SearchIndex searchIndex;
    private final TemplateTimes templateTimes = new TemplateTimes();
    private final List<Tag> topTags;

    /**
     * Compiles the templates in {@code templatesDir}.
     *
     * @throws BuildException naming every template that does not compile, with its line
     */
    public PageRenderer(Site site, Path templatesDir, FeedBodies feedBodies) {
        this.site = site;
        this.topTags = site.topTags(SIDEBAR_TAGS);
        this.functions = new TemplateFunctions(site.config(), site.urls(), feedBodies);
        this.searchIndex = new SearchIndex(site.urls(), functions.dateFormat());
        PebbleEngine engine = engine(functions, templatesDir);
        this.engine = engine;
        List<Problem> problems = compileAll(engine, layouts(site));
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
    }

    private PageRenderer(Site site, PageRenderer compiled) {
        this.site = site;
        this.topTags = site.topTags(SIDEBAR_TAGS);
        this.functions = compiled.functions;
        this.searchIndex = compiled.searchIndex;
        this.engine = compiled.engine;
    }

    /**
     * This renderer's compiled templates, for a newer version of its site with the same settings,
     * URLs and layouts: {@link Site#withArticles} (the dev server's rebuild after an article
     * changed). Nothing is compiled again.
     */
    public PageRenderer withSite(Site newSite) {
        if (newSite.config() != site.config() || newSite.urls() != site.urls()) {
            throw new IllegalArgumentException("a renderer is reused only for a site with the same settings and URLs");
        }
        return new PageRenderer(newSite, this);
    }

    /**
     * The problems of every template in {@code templatesDir} when compiled for {@code site}: lets
     * a build that stopped on bad content report broken templates in the same run.
     */
    public static List<Problem> templateProblems(dev.broadsheet.config.SiteConfig config, dev.broadsheet.site.Urls urls, Path templatesDir) {
        return compileAll(engine(new TemplateFunctions(config, urls, FeedBodies.AS_IS), templatesDir), java.util.Set.of());
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

    private static java.util.Set<String> layouts(Site site) {
        java.util.Set<String> layouts = new java.util.TreeSet<>();
        site.articles().forEach(a -> layouts.add(a.layout()));
        site.pages().forEach(p -> layouts.add(p.layout()));
        return layouts;
    }

    private static List<Problem> compileAll(PebbleEngine engine, java.util.Set<String> layouts) {
        java.util.Set<String> names = new java.util.TreeSet<>(layouts);
        for (RenderJob.Kind kind : RenderJob.Kind.values()) {
            names.add(kind.template);
        }
        List<Problem> problems = new ArrayList<>();
        for (String name : names) {
            try {
                engine.getTemplate(name);
            } catch (PebbleException e) {
                problems.add(problem(e, name));
            }
        }
        return problems;
    }

    /** Every output this site will have, before any is rendered. */
    public List<RenderJob> plan() {
        return RenderPlan.of(site, functions::monthYear);
    }

    /** The redirects of {@code content/redirects.yaml} that {@code plan} left out, as warnings. */
    public List<Problem> unplannedRedirects(List<RenderJob> plan) {
        return RenderPlan.unresolved(site, plan);
    }

    /**
     * {@code jobs}, planned for an earlier version of this renderer's site whose articles had the same
     * places, planned again with the articles as they are now.
     */
    public List<RenderJob> refreshed(java.util.Collection<RenderJob> jobs) {
        return jobs.stream().map(job -> RenderPlan.refreshed(job, site)).toList();
    }

    /**
     * Renders {@code jobs} in parallel, handing each output to {@code sink} as soon as it is made (so
     * a large site is never held in memory whole). The site-wide outputs, the largest, start first.
     *
     * @throws BuildException naming every template that failed, with its line
     */
    public void renderAll(List<RenderJob> jobs, Consumer<Output> sink) {
        renderAll(jobs, sink, java.util.Optional.empty());
    }

    /**
     * {@link #renderAll(List, Consumer)}, putting in {@code reads} what each output read of the
     * articles (by output path): what it must be rendered again for.
     */
    public void renderAll(List<RenderJob> jobs, Consumer<Output> sink, Map<String, ArticleReads> reads) {
        renderAll(jobs, sink, java.util.Optional.of(reads));
    }

    private void renderAll(List<RenderJob> jobs, Consumer<Output> sink, java.util.Optional<Map<String, ArticleReads>> reads) {
        ConcurrentLinkedQueue<Problem> problems = new ConcurrentLinkedQueue<>();
        List<RenderJob> largeFirst = new ArrayList<>(jobs.size());
        jobs.stream().filter(job -> LARGE.contains(job.kind())).forEach(largeFirst::add);
        jobs.stream().filter(job -> !LARGE.contains(job.kind())).forEach(largeFirst::add);
        Parallel.forEach(largeFirst, job -> render(job, problems, reads).ifPresent(sink));
        if (!problems.isEmpty()) {
            throw new BuildException(List.copyOf(problems));
        }
    }

    /** How long each template took so far, for {@code build --timings}. */
    public TemplateTimes templateTimes() {
        return templateTimes;
    }

    /** The search index of every published article. */
    public Output searchIndex() {
        return searchIndex.of(site);
    }

    private java.util.Optional<Output> render(RenderJob job, ConcurrentLinkedQueue<Problem> problems,
                                             java.util.Optional<Map<String, ArticleReads>> reads) {
        Map<String, Object> context = new HashMap<>(job.variables());
        ArticleReads read = new ArticleReads();
        if (reads.isPresent()) {
            context.put(TemplateFunctions.READS_VARIABLE, read);
        }
        if (job.variables().get("article") instanceof Article own) {
            // An article's page and its redirects are titled by it; its page also takes its summary and image.
            context.putIfAbsent("title", own.title());
            long bits = ArticleReads.bitsOf("title");
            if (job.kind() == RenderJob.Kind.ARTICLE) {
                context.put("description", own.summary());
                context.put("image", own.image());
                bits |= ArticleReads.bitsOf("summary") | ArticleReads.bitsOf("image");
            }
            read.record(own, bits);
        }
        context.put(TemplateFunctions.SITE_VARIABLE, site);
        context.put("site", site.config());
        context.put(TemplateFunctions.PATH_VARIABLE, job.path());
        context.put("kind", job.kind().template);
        context.put("pages", site.pages());
        context.put("allTags", site.tags());
        context.put("topTags", topTags);
        context.put("archive", site.archive());
        context.put("menu", site.menu());
        context.put("feedPath", job.variables().get("tag") instanceof Tag tag ? site.urls().tagFeedPath(tag.slug()) : site.urls().feedPath());
        context.putIfAbsent("image", "");
        context.putIfAbsent("description", site.config().description());
        if (job.kind() == RenderJob.Kind.ARTICLE) {
            Article article = (Article) job.variables().get("article");
            context.put("commentPage", site.commentPages(article).get(0));
            context.put("newer", site.findNewer(article).orElse(null));
            context.put("older", site.findOlder(article).orElse(null));
            context.put("related", site.related(article, RELATED));
        }
        BuilderWriter out = new BuilderWriter(16 * 1024);
        long start = System.nanoTime();
        try {
            engine.getTemplate(job.template()).evaluate(out, context, site.config().locale());
            templateTimes.add(job.template(), System.nanoTime() - start);
        } catch (PebbleException e) {
            problems.add(problem(e, job.template()));
            return java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reads.ifPresent(byOutput -> byOutput.put(job.path(), read));
        return java.util.Optional.of(new Output(job.path(), out.toString(), job.origin()));
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
