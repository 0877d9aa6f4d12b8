package dev.broadsheet.render;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import dev.broadsheet.site.Archive;
import dev.broadsheet.site.Listing;
import dev.broadsheet.site.Site;
import dev.broadsheet.site.Tag;
import dev.broadsheet.site.Urls;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

/**
 * The render stage: every page of a {@link Site} through its Pebble template. Strict variables,
 * HTML escaping always on (templates mark the article body {@code | raw}). Pure per output.
 */
public final class PageRenderer {

    /** One template per page kind, {@code templates/<name>.peb}. */
    public enum Kind {
        ARTICLE("article"), INDEX("index"), TAG("tag"), TAGS("tags"), PAGE("page"), NOT_FOUND("404"),
        ALIAS("alias"), FEED("feed"), SITEMAP("sitemap"), NEWS_SITEMAP("news-sitemap"), ROBOTS("robots"),
        ARCHIVE("archive"), PERIOD("period"), SEARCH("search");

        final String template;

        Kind(String template) {
            this.template = template;
        }
    }

    /** How many related articles an article page shows. */
    private static final int RELATED = 4;
    /** How many tags the front page's sidebar shows. */
    private static final int SIDEBAR_TAGS = 15;
    /** Google News takes articles of the last two days. */
    private static final java.time.Duration NEWS_PERIOD = java.time.Duration.ofDays(2);
    private static final String FEED = "feed.xml";

    private final Site site;
    private final PebbleEngine engine;
    private final TemplateFunctions functions;
    private final List<Tag> topTags;

    /**
     * Compiles the templates in {@code templatesDir}.
     *
     * @throws BuildException naming every template that does not compile, with its line
     */
    public PageRenderer(Site site, Path templatesDir) {
        this.site = site;
        this.topTags = site.topTags(SIDEBAR_TAGS);
        this.functions = new TemplateFunctions(site);
        PebbleEngine engine = engine(functions, templatesDir);
        this.engine = engine;
        List<Problem> problems = compileAll(engine, layouts(site));
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
    }

    /**
     * The problems of every template in {@code templatesDir} when compiled for {@code site}: lets
     * a build that stopped on bad content report broken templates in the same run.
     */
    public static List<Problem> templateProblems(Site site, Path templatesDir) {
        return compileAll(engine(new TemplateFunctions(site), templatesDir), java.util.Set.of());
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
        for (Kind kind : Kind.values()) {
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

    /** @throws BuildException naming every template that failed, with its line */
    public List<Output> render() {
        Urls urls = site.urls();
        List<Job> jobs = new ArrayList<>();
        for (Article article : site.articles()) {
            jobs.add(new Job(Kind.ARTICLE, article.layout(), urls.articlePath(article), article.source(), Map.of("article", article,
                    "title", article.title(), "description", article.summary())));
        }
        for (Listing listing : site.homePages()) {
            jobs.add(new Job(Kind.INDEX, listing.path(), "templates/index.peb", Map.of("listing", listing,
                    "title", site.config().title(), "description", site.config().description())));
        }
        jobs.add(new Job(Kind.TAGS, urls.tagIndexPath(), "templates/tags.peb", Map.of(
                "title", site.config().strings().format("tags"), "description", site.config().description())));
        for (Tag tag : site.tags()) {
            for (Listing listing : site.tagPages(tag)) {
                jobs.add(new Job(Kind.TAG, listing.path(), "tag \"" + tag.name() + "\"", Map.of("tag", tag, "listing", listing,
                        "title", site.config().strings().format("taggedWith", tag.name()), "description", site.config().description())));
            }
        }
        for (Page page : site.pages()) {
            jobs.add(new Job(Kind.PAGE, page.layout(), urls.pagePath(page), page.source(), Map.of("page", page,
                    "title", page.title(), "description", page.summary())));
        }
        jobs.add(new Job(Kind.ARCHIVE, urls.archivePath(), "templates/archive.peb", Map.of(
                "title", site.config().strings().format("archive"))));
        for (Archive.Year year : site.archive()) {
            String yearTitle = site.config().strings().format("articlesOfYear", year.year());
            for (Listing listing : site.yearPages(year)) {
                jobs.add(new Job(Kind.PERIOD, listing.path(), "templates/period.peb", Map.of("listing", listing, "title", yearTitle)));
            }
            for (Archive.Month month : year.months()) {
                String monthTitle = site.config().strings().format("articlesOfMonth", functions.monthYear(month.firstDay()));
                for (Listing listing : site.monthPages(month)) {
                    jobs.add(new Job(Kind.PERIOD, listing.path(), "templates/period.peb", Map.of("listing", listing, "title", monthTitle)));
                }
            }
        }
        jobs.add(new Job(Kind.SEARCH, urls.searchPath(), "templates/search.peb", Map.of(
                "title", site.config().strings().format("searchTitle"))));
        jobs.add(new Job(Kind.NOT_FOUND, Urls.NOT_FOUND, "templates/404.peb", Map.of(
                "title", site.config().strings().format("notFoundTitle"), "description", site.config().description())));
        for (Article article : site.articles()) {
            for (String alias : article.aliases()) {
                jobs.add(new Job(Kind.ALIAS, alias, article.source(), Map.of("article", article, "title", article.title())));
            }
        }
        jobs.addAll(publishingJobs());
        ConcurrentLinkedQueue<Problem> problems = new ConcurrentLinkedQueue<>();
        List<Output> outputs = new ArrayList<>(jobs.parallelStream()
                .flatMap(job -> render(job, problems))
                .toList());
        outputs.add(new Output(SearchIndex.PATH, SearchIndex.of(site, functions.dateFormat()), "search index"));
        if (!problems.isEmpty()) {
            throw new BuildException(List.copyOf(problems));
        }
        return outputs;
    }

    /** Feeds, sitemaps and robots.txt. Sitemaps need absolute URLs, so only a site with a base URL has them. */
    private List<Job> publishingJobs() {
        List<Job> jobs = new ArrayList<>();
        jobs.add(feedJob(FEED, site.config().title(), site.urls().homePath(1), site.feedArticles()));
        for (Tag tag : site.tags()) {
            jobs.add(feedJob(tagFeedPath(tag), site.config().title() + " · " + tag.name(), site.urls().tagPath(tag.slug(), 1),
                    site.feedArticles(tag)));
        }
        if (site.urls().hasBaseUrl()) {
            jobs.add(new Job(Kind.SITEMAP, "sitemap.xml", "templates/sitemap.peb", Map.of("entries", site.sitemap())));
            if (site.config().googleNews()) {
                jobs.add(new Job(Kind.NEWS_SITEMAP, "news-sitemap.xml", "templates/news-sitemap.peb",
                        Map.of("entries", site.recentArticles(NEWS_PERIOD))));
            }
        }
        jobs.add(new Job(Kind.ROBOTS, "robots.txt", "templates/robots.peb", Map.of()));
        return jobs;
    }

    private Job feedJob(String path, String title, String alternatePath, List<Article> entries) {
        String id = site.urls().hasBaseUrl() ? site.urls().absolute(path)
                : "urn:uuid:" + java.util.UUID.nameUUIDFromBytes(("broadsheet-feed:" + site.config().title() + ":" + path)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Job(Kind.FEED, path, "templates/feed.peb", Map.of("feedTitle", title, "feedId", id,
                "alternatePath", alternatePath, "entries", entries, "feedUpdated", Site.lastUpdated(entries)));
    }

    private String tagFeedPath(Tag tag) {
        return "tags/" + tag.slug() + "/" + FEED;
    }

    private Stream<Output> render(Job job, ConcurrentLinkedQueue<Problem> problems) {
        Map<String, Object> context = new HashMap<>(job.variables());
        context.put("site", site.config());
        context.put(TemplateFunctions.PATH_VARIABLE, job.path());
        context.put("kind", job.kind().template);
        context.put("pages", site.pages());
        context.put("allTags", site.tags());
        context.put("topTags", topTags);
        context.put("archive", site.archive());
        context.put("menu", site.menu());
        context.put("feedPath", job.variables().get("tag") instanceof Tag tag ? tagFeedPath(tag) : FEED);
        context.putIfAbsent("image", job.variables().get("article") instanceof Article a && job.kind() == Kind.ARTICLE ? a.image() : "");
        context.putIfAbsent("description", site.config().description());
        if (job.kind() == Kind.ARTICLE && job.variables().get("article") instanceof Article article) {
            context.put("newer", site.findNewer(article).orElse(null));
            context.put("older", site.findOlder(article).orElse(null));
            context.put("related", site.related(article, RELATED));
        }
        StringWriter html = new StringWriter();
        try {
            engine.getTemplate(job.template()).evaluate(html, context, site.config().locale());
        } catch (PebbleException e) {
            problems.add(problem(e, job.template()));
            return Stream.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Stream.of(new Output(job.path(), html.toString(), job.origin()));
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

    private record Job(Kind kind, String template, String path, String origin, Map<String, Object> variables) {

        Job(Kind kind, String path, String origin, Map<String, Object> variables) {
            this(kind, kind.template, path, origin, variables);
        }
    }
}
