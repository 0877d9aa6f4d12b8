package dev.broadsheet.render;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import dev.broadsheet.site.Archive;
import dev.broadsheet.site.Listing;
import dev.broadsheet.site.Site;
import dev.broadsheet.site.Tag;
import dev.broadsheet.site.Urls;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Every output of a site, planned before anything is rendered: so paths can be checked for collisions first. */
final class RenderPlan {

    /** Google News takes articles of the last two days. */
    private static final Duration NEWS_PERIOD = Duration.ofDays(2);

    private RenderPlan() {
    }

    static List<RenderJob> of(Site site, Function<java.time.LocalDate, String> monthYear) {
        Urls urls = site.urls();
        var strings = site.config().strings();
        List<RenderJob> jobs = new ArrayList<>();
        for (Article article : site.articles()) {
            String own = urls.articlePath(article);
            jobs.add(new RenderJob(RenderJob.Kind.ARTICLE, article.layout(), own, article.source(), Map.of("article", article)));
            aliases(article.aliases(), own, article.source(), Map.of("article", article, "target", article), jobs);
            for (dev.broadsheet.site.CommentPage page : site.commentPages(article)) {
                if (page.number() > 1) {
                    jobs.add(new RenderJob(RenderJob.Kind.COMMENTS, page.path(), article.source(), Map.of("article", article,
                            "commentPage", page, "title", strings.format("commentsOn", article.title()))));
                }
            }
        }
        for (Listing listing : site.homePages()) {
            jobs.add(new RenderJob(RenderJob.Kind.INDEX, listing.path(), "templates/index.peb", Map.of("listing", listing,
                    "title", site.config().title())));
        }
        jobs.add(new RenderJob(RenderJob.Kind.TAGS, urls.tagIndexPath(), "templates/tags.peb", Map.of("title", strings.format("tags"))));
        for (Tag tag : site.tags()) {
            String title = strings.format("taggedWith", tag.name());
            for (Listing listing : site.tagPages(tag)) {
                jobs.add(new RenderJob(RenderJob.Kind.TAG, listing.path(), "tag \"" + tag.name() + "\"",
                        Map.of("tag", tag, "listing", listing, "title", title)));
            }
        }
        for (Page page : site.pages()) {
            jobs.add(new RenderJob(RenderJob.Kind.PAGE, page.layout(), urls.pagePath(page), page.source(),
                    Map.of("page", page, "title", page.title(), "description", page.summary())));
            aliases(page.aliases(), urls.pagePath(page), page.source(), Map.of("target", page, "title", page.title()), jobs);
        }
        archive(site, monthYear, jobs);
        jobs.add(new RenderJob(RenderJob.Kind.SEARCH, urls.searchPath(), "templates/search.peb", Map.of("title", strings.format("searchTitle"))));
        jobs.add(new RenderJob(RenderJob.Kind.NOT_FOUND, Urls.NOT_FOUND, "templates/404.peb", Map.of("title", strings.format("notFoundTitle"))));
        publishing(site, jobs);
        redirects(site, jobs);
        return jobs;
    }

    /** A redirect page at each of {@code aliases} but the page's own address (a site that kept its old URLs). */
    private static void aliases(List<String> aliases, String own, String origin, Map<String, Object> variables, List<RenderJob> jobs) {
        for (String alias : aliases) {
            if (!alias.equals(own)) {
                jobs.add(new RenderJob(RenderJob.Kind.ALIAS, alias, origin, variables));
            }
        }
    }

    /**
     * The old addresses of {@code content/redirects.yaml}: a redirect page to a page of the site or
     * an address elsewhere, and a copy of a feed at a feed's old address (feed readers do not follow
     * an HTML redirect). An address leading to an output the site does not have is left out: see
     * {@link #unresolved}.
     */
    private static void redirects(Site site, List<RenderJob> jobs) {
        Map<String, RenderJob> byPath = new java.util.HashMap<>(jobs.size() * 2);
        jobs.forEach(job -> byPath.put(job.path(), job));
        String origin = dev.broadsheet.content.Redirect.FILE;
        for (dev.broadsheet.content.Redirect redirect : site.redirects()) {
            if (redirect.target().contains("://")) {
                jobs.add(new RenderJob(RenderJob.Kind.ALIAS, redirect.outputPath(), origin,
                        Map.of("target", redirect.target(), "title", site.config().title())));
                continue;
            }
            RenderJob target = byPath.get(Urls.fileOf(redirect.target()));
            if (target == null) {
                continue;
            }
            if (redirect.isFeed() && target.kind() == RenderJob.Kind.FEED) {
                Map<String, Object> copy = new java.util.HashMap<>(target.variables());
                jobs.add(new RenderJob(RenderJob.Kind.FEED, target.template(), redirect.outputPath(), origin, copy));
            } else if (!redirect.isFeed()) {
                Object title = target.variables().getOrDefault("title", site.config().title());
                jobs.add(new RenderJob(RenderJob.Kind.ALIAS, redirect.outputPath(), origin, Map.of("target", target.path(), "title", title)));
            }
        }
    }

    /** The redirects {@link #of} left out, each a warning at its line: its target is not an output of this site. */
    static List<dev.broadsheet.Problem> unresolved(Site site, List<RenderJob> jobs) {
        java.util.Set<String> planned = new java.util.HashSet<>(jobs.size() * 2);
        jobs.forEach(job -> planned.add(job.path()));
        List<dev.broadsheet.Problem> warnings = new ArrayList<>();
        for (dev.broadsheet.content.Redirect redirect : site.redirects()) {
            if (!planned.contains(redirect.outputPath())) {
                warnings.add(new dev.broadsheet.Problem(dev.broadsheet.content.Redirect.FILE, redirect.line(), "'" + redirect.from()
                        + "' is left out: the site has no " + (redirect.isFeed() ? "feed" : "page") + " at /" + redirect.target()
                        + " (a tag with no published article yet?)"));
            }
        }
        return warnings;
    }

    /**
     * {@code job}, planned for an earlier version of {@code site} whose articles had the same places
     * ({@link dev.broadsheet.site.SiteIndexer#samePlace}), made again with the articles as {@code site}
     * has them now: what {@link #of} would give for the same path.
     */
    static RenderJob refreshed(RenderJob job, Site site) {
        return switch (job.kind()) {
            case NEWS_SITEMAP -> new RenderJob(job.kind(), job.template(), job.path(), job.origin(),
                    Map.of("entries", site.recentArticles(NEWS_PERIOD)));
            default -> {
                Map<String, Object> variables = new java.util.HashMap<>(job.variables());
                variables.replaceAll((name, value) -> refreshed(value, site));
                yield new RenderJob(job.kind(), job.template(), job.path(), job.origin(), variables);
            }
        };
    }

    private static Object refreshed(Object value, Site site) {
        if (value instanceof Article article) {
            return current(article, site);
        } else if (value instanceof Listing listing) {
            return new Listing(listing.path(), listing.number(), listing.total(), current(listing.articles(), site),
                    listing.previousPath(), listing.nextPath());
        } else if (value instanceof Tag tag) {
            return site.findTag(tag.slug()).orElseThrow();
        } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Article) {
            @SuppressWarnings("unchecked")
            List<Article> articles = (List<Article>) list;
            return current(articles, site);
        }
        return value;
    }

    private static Article current(Article article, Site site) {
        return site.findPublished(article.source()).orElseThrow(() -> new IllegalStateException(article.source() + " is not published"));
    }

    private static List<Article> current(List<Article> articles, Site site) {
        return articles.stream().map(a -> current(a, site)).toList();
    }

    private static void archive(Site site, Function<java.time.LocalDate, String> monthYear, List<RenderJob> jobs) {
        var strings = site.config().strings();
        jobs.add(new RenderJob(RenderJob.Kind.ARCHIVE, site.urls().archivePath(), "templates/archive.peb", Map.of("title", strings.format("archive"))));
        for (Archive.Year year : site.archive()) {
            String yearTitle = strings.format("articlesOfYear", year.year());
            for (Listing listing : site.yearPages(year)) {
                jobs.add(new RenderJob(RenderJob.Kind.PERIOD, listing.path(), "templates/period.peb", Map.of("listing", listing, "title", yearTitle)));
            }
            for (Archive.Month month : year.months()) {
                String monthTitle = strings.format("articlesOfMonth", monthYear.apply(month.firstDay()));
                for (Listing listing : site.monthPages(month)) {
                    jobs.add(new RenderJob(RenderJob.Kind.PERIOD, listing.path(), "templates/period.peb", Map.of("listing", listing, "title", monthTitle)));
                }
            }
        }
    }

    /** Feeds, sitemaps and robots.txt. Sitemaps need absolute URLs, so only a site with a base URL has them. */
    private static void publishing(Site site, List<RenderJob> jobs) {
        jobs.add(feed(site, site.urls().feedPath(), site.config().title(), site.urls().homePath(1), site.feedArticles()));
        for (Tag tag : site.tags()) {
            jobs.add(feed(site, site.urls().tagFeedPath(tag.slug()), site.config().title() + " · " + tag.name(), site.urls().tagPath(tag.slug(), 1),
                    site.feedArticles(tag)));
        }
        if (site.urls().hasBaseUrl()) {
            jobs.add(new RenderJob(RenderJob.Kind.SITEMAP, site.urls().sitemapPath(), "templates/sitemap.peb", Map.of("entries", site.sitemap())));
            if (site.config().googleNews()) {
                jobs.add(new RenderJob(RenderJob.Kind.NEWS_SITEMAP, site.urls().newsSitemapPath(), "templates/news-sitemap.peb",
                        Map.of("entries", site.recentArticles(NEWS_PERIOD))));
            }
        }
        jobs.add(new RenderJob(RenderJob.Kind.ROBOTS, site.urls().robotsPath(), "templates/robots.peb", Map.of()));
    }

    private static RenderJob feed(Site site, String path, String title, String alternatePath, List<Article> entries) {
        String id = site.urls().hasBaseUrl() ? site.urls().absolute(path)
                : "urn:uuid:" + UUID.nameUUIDFromBytes(("broadsheet-feed:" + site.config().title() + ":" + path).getBytes(StandardCharsets.UTF_8));
        return new RenderJob(RenderJob.Kind.FEED, path, "templates/feed.peb", Map.of("feedTitle", title, "feedId", id,
                "alternatePath", alternatePath, "selfPath", path, "entries", entries, "feedUpdated", Site.lastUpdated(entries)));
    }
}
