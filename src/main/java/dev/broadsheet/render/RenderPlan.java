package dev.broadsheet.render;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import dev.broadsheet.content.Redirect;
import dev.broadsheet.content.SourceLink;
import dev.broadsheet.markdown.LinkRef;
import dev.broadsheet.site.CommentPage;
import dev.broadsheet.site.Listing;
import dev.broadsheet.site.Site;
import dev.broadsheet.site.Tag;
import dev.broadsheet.site.Urls;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * How each output of a site is planned: its {@link RenderJob}, which holds what the page shows —
 * {@link Views} and the article or page it is of, and the site-wide values its template may show
 * ({@link SiteWideValues}) — so two equal jobs render equal bytes; and which articles it shows
 * (its inputs, for {@link Planner}). A job equal to the last plan's for the same path is that
 * very object, so it compares at once.
 */
final class RenderPlan {

    /** Google News takes articles of the last two days. */
    private static final Duration NEWS_PERIOD = Duration.ofDays(2);
    /** How many related articles an article page shows. */
    private static final int RELATED = 4;

    /** Jobs of a part of the site, and the sources of the articles they show. */
    record Made(List<RenderJob> jobs, Set<String> inputs) {

        static Made of(RenderJob job, Set<String> inputs) {
            return new Made(List.of(job), inputs);
        }
    }

    private final Views views;
    private final RenderMemo memo;
    private final PlanJobs jobs;
    private final FeedBodies feedBodies;
    private final Function<java.time.LocalDate, String> monthYear;
    private final Urls urls;
    private final String frontTemplate;
    /** The site being planned, for one plan at a time. */
    private Site site;

    /**
     * @param frontTemplate the template of the front page, the home listing's first page: {@code home}
     *     when the templates have one, like Ghost's {@code home.hbs}, else {@code index} as the others
     */
    RenderPlan(Urls urls, SiteWideValues siteWide, FeedBodies feedBodies, Function<java.time.LocalDate, String> monthYear,
            String frontTemplate, RenderMemo memo) {
        this.urls = urls;
        this.frontTemplate = frontTemplate;
        this.memo = memo;
        this.views = memo.views;
        this.jobs = new PlanJobs(siteWide, memo);
        this.feedBodies = feedBodies;
        this.monthYear = monthYear;
    }

    /** Starts planning {@code next}. */
    void start(Site next) {
        this.site = next;
        jobs.start(next);
    }

    /** Forgets what belongs to no output of {@code paths} or source of {@code sources}: after a plan of the whole site. */
    void keepOnly(Set<String> paths, Set<String> sources) {
        memo.jobs.keySet().retainAll(paths);
        views.keepOnly(paths, sources);
    }

    /** The site-wide values the template {@code template} may show. */
    Set<String> siteWideOf(String template) {
        return jobs.siteWideOf(template);
    }

    /** The site-wide value {@code name} for this plan. */
    Object siteWideValue(String name) {
        return jobs.siteWideValue(name);
    }

    private RenderJob job(RenderJob.Kind kind, String template, String path, String origin, Map<String, Object> variables) {
        return jobs.job(kind, template, path, origin, variables);
    }

    /** Works out, in parallel, what planning {@code articles} will ask for and is costly: their related articles. */
    void prepare(List<Article> articles) {
        if (articles.size() > 1) {
            dev.broadsheet.Parallel.forEach(articles, a -> site.related(a, RELATED));
        }
    }

    Made article(Article article) {
        String own = views.path(article, site);
        List<CommentPage> comments = views.commentPages(article, site);
        List<Article> related = site.related(article, RELATED);
        Optional<Article> newer = site.findNewer(article);
        Optional<Article> older = site.findOlder(article);
        Map<String, String> linkTargets = linkTargets(article.source(), article.links());
        Map<String, Object> variables = new HashMap<>();
        variables.put("article", article);
        variables.put("tags", views.tags(article, site));
        variables.put("related", related.stream().map(a -> views.link(a, site)).toList());
        variables.put("newer", newer.map(a -> views.link(a, site)));
        variables.put("older", older.map(a -> views.link(a, site)));
        variables.put("commentPage", comments.get(0));
        variables.put("linkTargets", linkTargets);
        variables.put("images", PageImages.shown(site.images(), article.image(), article.links()));
        List<dev.broadsheet.site.Author> authors = site.authorsOf(article);
        variables.put("authors", authors.stream().map(this::authorLink).toList());
        Optional<dev.broadsheet.site.Dossier> dossier = site.dossierOf(article);
        variables.put("dossier", dossier.map(d -> dossierPlace(d, article)));
        variables.put("shareImage", this.jobs.shareImageOf(article));
        List<RenderJob> jobs = new ArrayList<>(1 + article.aliases().size() + comments.size() - 1);
        jobs.add(job(RenderJob.Kind.ARTICLE, article.layout(), own, article.source(), variables));
        Views.ArticleLink link = views.link(article, site);
        aliases(article.aliases(), own, article.source(), link, article.title(), jobs);
        for (CommentPage page : comments.subList(1, comments.size())) {
            jobs.add(job(RenderJob.Kind.COMMENTS, "comments", page.path(), article.source(), Map.of("article", link,
                    "commentPage", page, "title", site.config().strings().format("commentsOn", article.title()))));
        }
        Set<String> inputs = new LinkedHashSet<>();
        inputs.add(article.source());
        newer.ifPresent(a -> inputs.add(a.source()));
        older.ifPresent(a -> inputs.add(a.source()));
        related.forEach(a -> inputs.add(a.source()));
        inputs.addAll(linkTargets.keySet());
        dossier.ifPresent(d -> {
            inputs.add(d.intro().source());
            d.parts().forEach(part -> inputs.add(part.source()));
        });
        authors.forEach(a -> a.description().ifPresent(page -> inputs.add(page.source())));
        return new Made(jobs, inputs);
    }

    private Views.AuthorLink authorLink(dev.broadsheet.site.Author author) {
        return new Views.AuthorLink(author.name(), urls.authorPath(author.slug(), 1), author.setting("role"), author.setting("photo"),
                author.setting("email"), author.setting("website"), author.mastodon(), author.sameAs());
    }

    /** An author's page: their photo, role, links and biography, then their articles, paginated. */
    Made authorListing(dev.broadsheet.site.Author author, Listing listing) {
        Set<String> inputs = sources(listing.articles());
        author.description().ifPresent(page -> inputs.add(page.source()));
        String origin = author.description().map(Page::source).orElse("author \"" + author.name() + "\"");
        return Made.of(job(RenderJob.Kind.AUTHOR, "author", listing.path(), origin, Map.of("author", authorLink(author),
                "bio", author.description().map(Page::bodyHtml).orElse(""), "listing", views.listing(listing, site), "title", author.name(),
                "description", author.description().map(Page::summary).orElse(author.name()), "feedPath", urls.authorFeedPath(author.slug()),
                "images", PageImages.shown(site.images(), author.setting("photo"), List.of()))), inputs);
    }

    Made authorFeed(dev.broadsheet.site.Author author) {
        return feed(urls.authorFeedPath(author.slug()), site.config().title() + " · " + author.name(), urls.authorPath(author.slug(), 1),
                site.feedArticles(author), false);
    }

    private Views.DossierPlace dossierPlace(dev.broadsheet.site.Dossier dossier, Article article) {
        int place = dossier.placeOf(article);
        List<Article> parts = dossier.parts();
        return new Views.DossierPlace(dossier.intro().title(), urls.pagePath(dossier.intro()), place, parts.size(),
                place > 1 ? Optional.of(views.link(parts.get(place - 2), site)) : Optional.empty(),
                place < parts.size() ? Optional.of(views.link(parts.get(place), site)) : Optional.empty());
    }

    /** A dossier's page: its introduction, then its articles in reading order. */
    Made dossier(dev.broadsheet.site.Dossier dossier) {
        Page intro = dossier.intro();
        Map<String, String> linkTargets = linkTargets(intro.source(), intro.links());
        List<Views.Teaser> parts = dossier.parts().stream().map(a -> views.teaser(a, site)).toList();
        Set<String> inputs = sources(dossier.parts());
        inputs.add(intro.source());
        inputs.addAll(linkTargets.keySet());
        return Made.of(job(RenderJob.Kind.DOSSIER, "dossier", urls.pagePath(intro), intro.source(), Map.of("page", intro, "title", intro.title(),
                "description", intro.summary(), "linkTargets", linkTargets, "parts", parts)), inputs);
    }

    /** How many of a section's latest articles its block on the front page shows. */
    private static final int SECTION_BLOCK = 3;

    Made home(Listing listing) {
        String template = listing.number() == 1 ? frontTemplate : "index";
        Map<String, Object> variables = new HashMap<>();
        variables.put("listing", views.listing(listing, site));
        variables.put("title", site.config().title());
        Set<String> inputs = sources(listing.articles());
        if (listing.number() == 1) {
            variables.put("lead", Optional.empty());
            variables.put("sectionBlocks", List.of());
        }
        if (listing.number() == 1 && !site.articles().isEmpty()) {
            // A front page: the newest article as the lead, then a block per section site.yaml names.
            Article newest = site.articles().get(0);
            variables.put("lead", Optional.of(new Views.Lead(views.teaser(newest, site), newest.image(), newest.imageAlt())));
            variables.put("images", PageImages.shown(site.images(), newest.image(), List.of()));
            List<Views.SectionBlock> blocks = new ArrayList<>();
            for (String name : site.config().frontSections()) {
                site.findSection(dev.broadsheet.Slug.of(name)).ifPresent(section -> {
                    List<Article> latest = section.articles().stream().filter(a -> a != newest).limit(SECTION_BLOCK).toList();
                    if (latest.isEmpty()) {
                        return; // its only article is the lead
                    }
                    latest.forEach(a -> inputs.add(a.source()));
                    blocks.add(new Views.SectionBlock(sectionLink(section), latest.stream().map(a -> views.teaser(a, site)).toList()));
                });
            }
            variables.put("sectionBlocks", List.copyOf(blocks));
        }
        return Made.of(job(RenderJob.Kind.INDEX, template, listing.path(), "templates/" + template + ".peb", variables), inputs);
    }

    private Views.SectionLink sectionLink(dev.broadsheet.site.Section section) {
        return new Views.SectionLink(section.name(), section.slug(), urls.sectionPath(section.slug(), 1));
    }

    Made sectionListing(dev.broadsheet.site.Section section, Listing listing) {
        return Made.of(job(RenderJob.Kind.SECTION, "section", listing.path(), "section \"" + section.name() + "\"",
                Map.of("section", sectionLink(section), "listing", views.listing(listing, site), "title", section.name(),
                        "feedPath", urls.sectionFeedPath(section.slug()))), sources(listing.articles()));
    }

    Made sectionFeed(dev.broadsheet.site.Section section) {
        return feed(urls.sectionFeedPath(section.slug()), site.config().title() + " · " + section.name(), urls.sectionPath(section.slug(), 1),
                site.feedArticles(section), false);
    }

    Made tagsIndex() {
        return Made.of(job(RenderJob.Kind.TAGS, "tags", urls.tagIndexPath(), "templates/tags.peb",
                Map.of("title", site.config().strings().format("tags"))), Set.of());
    }

    Made tagListing(Tag tag, Listing listing) {
        return Made.of(job(RenderJob.Kind.TAG, "tag", listing.path(), "tag \"" + tag.name() + "\"", Map.of("tag", views.tagCount(tag),
                "listing", views.listing(listing, site), "title", site.config().strings().format("taggedWith", tag.name()),
                "feedPath", urls.tagFeedPath(tag.slug()))), sources(listing.articles()));
    }

    Made page(Page page) {
        String own = urls.pagePath(page);
        Map<String, String> linkTargets = linkTargets(page.source(), page.links());
        List<RenderJob> jobs = new ArrayList<>();
        jobs.add(job(RenderJob.Kind.PAGE, page.layout(), own, page.source(), Map.of("page", page, "title", page.title(),
                "description", page.summary(), "linkTargets", linkTargets, "images", PageImages.shown(site.images(), "", page.links()))));
        aliases(page.aliases(), own, page.source(), views.pageLink(page), page.title(), jobs);
        Set<String> inputs = new LinkedHashSet<>();
        inputs.add(page.source());
        inputs.addAll(linkTargets.keySet());
        return new Made(jobs, inputs);
    }

    Made archive() {
        return Made.of(job(RenderJob.Kind.ARCHIVE, "archive", urls.archivePath(), "templates/archive.peb",
                Map.of("title", site.config().strings().format("archive"))), Set.of());
    }

    Made yearListing(int year, Listing listing) {
        return period(listing, site.config().strings().format("articlesOfYear", year));
    }

    Made monthListing(java.time.LocalDate firstDay, Listing listing) {
        return period(listing, site.config().strings().format("articlesOfMonth", monthYear.apply(firstDay)));
    }

    private Made period(Listing listing, String title) {
        return Made.of(job(RenderJob.Kind.PERIOD, "period", listing.path(), "templates/period.peb",
                Map.of("listing", views.listing(listing, site), "title", title)), sources(listing.articles()));
    }

    /** The public record of every correction, newest first; planned again at every plan (any article may gain one). */
    Made corrections() {
        List<Views.CorrectionEntry> entries = new ArrayList<>();
        for (Article article : site.articles()) {
            if (!article.corrections().isEmpty()) {
                Views.ArticleLink link = views.link(article, site);
                article.corrections().forEach(c -> entries.add(new Views.CorrectionEntry(link, c.date(), c.text())));
            }
        }
        entries.sort(java.util.Comparator.comparing(Views.CorrectionEntry::date).reversed()
                .thenComparing(entry -> entry.article().path()));
        return Made.of(job(RenderJob.Kind.CORRECTIONS, "corrections", urls.correctionsPath(), "templates/corrections.peb",
                Map.of("title", site.config().strings().format("corrections"), "corrections", List.copyOf(entries))), Set.of());
    }

    Made search() {
        return Made.of(job(RenderJob.Kind.SEARCH, "search", urls.searchPath(), "templates/search.peb",
                Map.of("title", site.config().strings().format("searchTitle"), "stemmer", SearchWords.stemmerFor(site.config().language()))), Set.of());
    }

    Made notFound() {
        return Made.of(job(RenderJob.Kind.NOT_FOUND, "404", Urls.NOT_FOUND, "templates/404.peb",
                Map.of("title", site.config().strings().format("notFoundTitle"))), Set.of());
    }

    Made siteFeed() {
        return feed(urls.feedPath(), site.config().title(), urls.homePath(1), site.feedArticles(), true);
    }

    Made tagFeed(Tag tag) {
        return feed(urls.tagFeedPath(tag.slug()), site.config().title() + " · " + tag.name(), urls.tagPath(tag.slug(), 1),
                site.feedArticles(tag), false);
    }

    /** Sitemaps need absolute URLs, so only a site with a base URL has them; the news sitemap depends on the clock. */
    Made sitemaps() {
        List<RenderJob> jobs = new ArrayList<>();
        if (urls.hasBaseUrl()) {
            jobs.add(job(RenderJob.Kind.SITEMAP, "sitemap", urls.sitemapPath(), "templates/sitemap.peb", Map.of("entries", memo.sitemap.of(site))));
            if (site.config().googleNews()) {
                jobs.add(job(RenderJob.Kind.NEWS_SITEMAP, "news-sitemap", urls.newsSitemapPath(), "templates/news-sitemap.peb",
                        Map.of("entries", site.recentArticles(NEWS_PERIOD).stream().map(a -> views.link(a, site)).toList())));
            }
        }
        return new Made(jobs, Set.of());
    }

    Made robots() {
        return Made.of(job(RenderJob.Kind.ROBOTS, "robots", urls.robotsPath(), "templates/robots.peb", Map.of()), Set.of());
    }

    /**
     * The old addresses of {@code content/redirects.yaml}: a redirect page to a page of the site
     * ({@code planned}, by path) or an address elsewhere, and a copy of a feed at a feed's old
     * address (feed readers do not follow an HTML redirect). An address leading to an output the
     * site does not have is left out: see {@link PageRenderer#unplannedRedirects}.
     */
    Made redirects(Map<String, RenderJob> planned) {
        List<RenderJob> jobs = new ArrayList<>();
        String origin = Redirect.FILE;
        for (Redirect redirect : site.redirects()) {
            if (redirect.target().contains("://")) {
                jobs.add(job(RenderJob.Kind.ALIAS, "alias", redirect.outputPath(), origin, Map.of("target", redirect.target(),
                        "title", site.config().title())));
                continue;
            }
            RenderJob target = planned.get(Urls.fileOf(redirect.target()));
            if (target == null) {
                continue;
            }
            if (redirect.isFeed() && target.kind() == RenderJob.Kind.FEED) {
                jobs.add(new RenderJob(RenderJob.Kind.FEED, target.template(), redirect.outputPath(), origin, target.variables()));
            } else if (!redirect.isFeed()) {
                Object title = target.variables().getOrDefault("title", site.config().title());
                jobs.add(job(RenderJob.Kind.ALIAS, "alias", redirect.outputPath(), origin, Map.of("target", target.path(), "title", title)));
            }
        }
        return new Made(jobs, Set.of());
    }

    /** A URN made from the source file, so the id survives a new domain, base path or permalink pattern. */
    static String entryId(Article article) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("broadsheet:" + article.source()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A feed of {@code entries}; the site's own feed carries each article whole, a tag's, section's or
     * author's its summary and link (as news sites' topic feeds do): at 300 topics, whole articles
     * would make the feeds a tenth of the site.
     */
    private Made feed(String path, String title, String alternatePath, List<Article> entries, boolean wholeArticles) {
        String id = urls.hasBaseUrl() ? urls.absolute(path)
                : "urn:uuid:" + UUID.nameUUIDFromBytes(("broadsheet-feed:" + site.config().title() + ":" + path).getBytes(StandardCharsets.UTF_8));
        List<Views.FeedEntry> feedEntries = entries.stream().map(a -> views.feedEntry(a, path, feedBodies, site, wholeArticles)).toList();
        return Made.of(job(RenderJob.Kind.FEED, "feed", path, "templates/feed.peb", Map.of("feedTitle", title, "feedId", id,
                "alternatePath", alternatePath, "selfPath", path, "entries", feedEntries, "feedUpdated", Site.lastUpdated(entries),
                "wholeArticles", wholeArticles)),
                sources(entries));
    }

    /** A redirect page at each of {@code aliases} but the page's own address (a site that kept its old URLs). */
    private void aliases(List<String> aliases, String own, String origin, Views.Linked target, String title, List<RenderJob> jobs) {
        for (String alias : aliases) {
            if (!alias.equals(own)) {
                jobs.add(job(RenderJob.Kind.ALIAS, "alias", alias, origin, Map.of("target", target, "title", title)));
            }
        }
    }

    /**
     * Where the {@code .md} files an article or page links to are published (empty for one that
     * makes no page): the post-processing step turns such links into these paths, so a page whose
     * link targets moved is another job.
     */
    private Map<String, String> linkTargets(String origin, List<LinkRef> links) {
        Map<String, String> targets = new TreeMap<>();
        for (LinkRef link : links) {
            if (link.destination().contains(".md")) {
                SourceLink.of(origin, link.destination()).ifPresent(named ->
                        targets.put(named.source(), site.findOutputOf(named.source()).orElse("")));
            }
        }
        return targets.isEmpty() ? Map.of() : targets;
    }

    private static Set<String> sources(List<Article> articles) {
        Set<String> sources = new LinkedHashSet<>(articles.size() * 2);
        articles.forEach(a -> sources.add(a.source()));
        return sources;
    }


}
