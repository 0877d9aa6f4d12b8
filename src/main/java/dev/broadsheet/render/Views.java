package dev.broadsheet.render;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import dev.broadsheet.site.Archive;
import dev.broadsheet.site.CommentPage;
import dev.broadsheet.site.Listing;
import dev.broadsheet.site.Site;
import dev.broadsheet.site.SiteIndex;
import dev.broadsheet.site.Tag;
import dev.broadsheet.site.Urls;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a page shows of the things it does not belong to — a teaser of an article, a link to a
 * related one, a tag with its count, a month of the archive — as small values. A page's
 * {@link RenderJob} holds these instead of whole articles, so it equals the last build's job, and
 * is not rendered again, exactly when what the page shows is the same: a new body changes its own
 * page, not the listings that show its title.
 *
 * <p>The views of an article are kept from one build to the next while the article is the same
 * object (parsing reuses an unchanged file's article), so unchanged views are the same objects and
 * jobs made of them compare at once. Used by one thread at a time (planning is sequential).
 */
public final class Views {

    /** A value a page can link to: {@code url(x)} is the link to its {@code path}. */
    public interface Linked {
        /** Its output path. */
        String path();
    }

    /** A tag as a link. */
    public record TagLink(String name, String slug, String path) implements Linked {
    }

    /** A tag as a link with the number of its articles. */
    public record TagCount(String name, String slug, String path, int count) implements Linked {
    }

    /** A link to an article: where it is, its headline, its date. */
    public record ArticleLink(String path, String title, ZonedDateTime published) implements Linked {
    }

    /** A link to a standalone page. */
    /**
     * Where an article stands in its dossier: "Parte 2 di 5", and the parts before and after it.
     *
     * @param title the dossier's title
     * @param path the dossier's page
     * @param part its 1-based place
     * @param total how many parts there are
     * @param previous the part before it, if any
     * @param next the part after it, if any
     */
    public record DossierPlace(String title, String path, int part, int total, Optional<ArticleLink> previous, Optional<ArticleLink> next)
            implements Linked {
    }

    /**
     * An author as a page shows and links them.
     *
     * @param name the name
     * @param path the author's page
     * @param role what they do at the paper, or empty
     * @param photo their picture, a path from the site's root, or empty
     * @param email their address, or empty
     * @param website their website, or empty
     * @param mastodon their Mastodon handle ({@code @anna@giornalisti.social}), or empty
     * @param sameAs their profiles elsewhere, for structured data
     */
    public record AuthorLink(String name, String path, String role, String photo, String email, String website, String mastodon,
                             List<String> sameAs) implements Linked {

        public AuthorLink {
            sameAs = List.copyOf(sameAs);
        }
    }

    /** A section as a page links it. */
    public record SectionLink(String name, String slug, String path) implements Linked {
    }

    /** The front page's lead: the newest article, shown large with its picture. */
    public record Lead(Teaser teaser, String image, String imageAlt) {
    }

    /** A block of the front page: a section's latest articles, and the way to the section's page. */
    public record SectionBlock(SectionLink section, List<Teaser> articles) {

        public SectionBlock {
            articles = List.copyOf(articles);
        }
    }

    /** A correction on the site's public record of them: the article it corrects, when, and what. */
    public record CorrectionEntry(ArticleLink article, ZonedDateTime date, String text) {
    }

    /** The banner as a page shows it: its text, and where it leads (a path from the site's root, an address, or empty). */
    public record BannerLink(String text, String target) {
    }

    public record PageLink(String path, String title) implements Linked {
    }

    /** An article as a list shows it. */
    public record Teaser(String path, String title, String summary, String dateline, ZonedDateTime published, long readingMinutes,
                         List<TagLink> tags, int commentCount) implements Linked {

        public Teaser {
            tags = List.copyOf(tags);
        }
    }

    /** One page of a list of teasers: the front page, a tag's, a month's. */
    public record ListingPage(String path, int number, int total, List<Teaser> articles, String previousPath, String nextPath) {

        public ListingPage {
            articles = List.copyOf(articles);
        }
    }

    /** A month of the archive: how many articles, and its page. */
    public record MonthSummary(int year, int month, String path, int count, LocalDate firstDay) implements Linked {
    }

    /** A year of the archive: how many articles, its page and its months, newest first. */
    public record YearSummary(int year, String path, int count, List<MonthSummary> months) implements Linked {

        public YearSummary {
            months = List.copyOf(months);
        }
    }

    /** An article as a feed carries it; {@code content} is its body with links a feed reader can follow. */
    public record FeedEntry(String path, String id, String title, ZonedDateTime published, ZonedDateTime updated, String author,
                            List<TagLink> tags, String summary, String content) implements Linked {

        public FeedEntry {
            tags = List.copyOf(tags);
            Objects.requireNonNull(content, "content");
        }
    }

    /** An article's views, valid while it is this very article with these very tags (in the index's tag groups). */
    private record Of(Article article, List<SiteIndex.TagGroup> groups, String path, List<TagLink> tags, Teaser teaser, ArticleLink link,
                      List<CommentPage> comments) {
    }

    private final Urls urls;
    private final SiteConfig config;
    private final Map<String, Of> known = new HashMap<>();
    private final Map<String, ListingPage> listings = new HashMap<>();
    private final Map<String, FedAs> feedEntries = new HashMap<>();
    private final Map<String, TagLink> tagLinks = new HashMap<>();

    /** A feed entry, valid while it is made from this very article, tags and body. */
    private record FedAs(Article article, List<TagLink> tags, String content, FeedEntry entry) {
    }

    Views(SiteConfig config, Urls urls) {
        this.config = config;
        this.urls = urls;
    }

    /** Forgets the views of articles not in {@code sources} and of lists not at {@code paths}. */
    void keepOnly(Set<String> paths, Set<String> sources) {
        known.keySet().retainAll(sources);
        listings.keySet().retainAll(paths);
        feedEntries.values().removeIf(fed -> !sources.contains(fed.article().source()));
    }

    private Of of(Article article, Site site) {
        Of last = known.get(article.source());
        List<SiteIndex.TagGroup> groups = site.tagGroupsOf(article);
        if (last != null && last.article() == article && last.groups() == groups) {
            return last;
        }
        List<TagLink> tags = site.tagsOf(article).stream().map(this::tagLink).toList();
        Of made;
        if (last != null && last.article() == article && last.tags().equals(tags)) {
            made = new Of(article, groups, last.path(), last.tags(), last.teaser(), last.link(), last.comments());
        } else {
            String path = site.pathOf(article);
            made = new Of(article, groups, path, tags, new Teaser(path, article.title(), article.summary(), article.dateline(),
                    article.published(), readingMinutes(article, config), tags, article.comments().size()),
                    new ArticleLink(path, article.title(), article.published()), site.commentPages(article));
        }
        known.put(article.source(), made);
        return made;
    }

    String path(Article article, Site site) {
        return of(article, site).path();
    }

    Teaser teaser(Article article, Site site) {
        return of(article, site).teaser();
    }

    ArticleLink link(Article article, Site site) {
        return of(article, site).link();
    }

    List<TagLink> tags(Article article, Site site) {
        return of(article, site).tags();
    }

    /** The pages of an article's comments; the first is the article's own page. */
    List<CommentPage> commentPages(Article article, Site site) {
        return of(article, site).comments();
    }

    /** The page of a list, the same object as last time's when it shows the same teasers. */
    ListingPage listing(Listing listing, Site site) {
        Teaser[] teasers = new Teaser[listing.articles().size()];
        for (int i = 0; i < teasers.length; i++) {
            teasers[i] = teaser(listing.articles().get(i), site);
        }
        ListingPage last = listings.get(listing.path());
        ListingPage page = last != null && last.number() == listing.number() && last.total() == listing.total()
                && last.previousPath().equals(listing.previousPath()) && last.nextPath().equals(listing.nextPath())
                && dev.broadsheet.SameObjects.inOrder(last.articles(), java.util.Arrays.asList(teasers))
                ? last : new ListingPage(listing.path(), listing.number(), listing.total(), List.of(teasers), listing.previousPath(),
                listing.nextPath());
        listings.put(listing.path(), page);
        return page;
    }

    /**
     * An article as the feed at {@code feedPath} carries it, the same object as last time's while
     * the article and its tags are; its body's links are made to work from the feed.
     */
    FeedEntry feedEntry(Article article, String feedPath, FeedBodies bodies, Site site, boolean wholeArticle) {
        String key = urls.feedBase(feedPath) + "\u0000" + article.source(); // the body's key in FeedLinks too
        Of views = of(article, site);
        String content = wholeArticle ? bodies.body(article, feedPath) : "";
        FedAs last = feedEntries.get(key);
        FedAs fed = last != null && last.article() == article && last.tags() == views.tags() && last.content() == content ? last
                : new FedAs(article, views.tags(), content, new FeedEntry(views.path(), RenderPlan.entryId(article), article.title(),
                article.published(), article.updated(), article.author(), views.tags(), article.summary(), content));
        feedEntries.put(key, fed);
        return fed.entry();
    }

    /** A tag's link: the same object for every article with the tag while its name is the same. */
    TagLink tagLink(Tag tag) {
        TagLink last = tagLinks.get(tag.slug());
        if (last != null && last.name().equals(tag.name())) {
            return last;
        }
        TagLink link = new TagLink(tag.name(), tag.slug(), urls.tagPath(tag.slug(), 1));
        tagLinks.put(tag.slug(), link);
        return link;
    }

    TagCount tagCount(Tag tag) {
        return new TagCount(tag.name(), tag.slug(), urls.tagPath(tag.slug(), 1), tag.count());
    }

    List<TagCount> tagCounts(List<Tag> tags) {
        return tags.stream().map(this::tagCount).toList();
    }

    PageLink pageLink(Page page) {
        return new PageLink(urls.pagePath(page), page.title());
    }

    List<YearSummary> archive(Site site) {
        return site.archive().stream().map(this::year).toList();
    }

    private YearSummary year(Archive.Year year) {
        return new YearSummary(year.year(), urls.yearPath(year.year(), 1), year.count(), year.months().stream()
                .map(m -> new MonthSummary(m.year(), m.month(), urls.monthPath(m.year(), m.month(), 1), m.count(), m.firstDay())).toList());
    }

    /** Reading time in whole minutes, at least one. */
    static long readingMinutes(Article article, SiteConfig config) {
        return Math.max(1, Math.round(article.wordCount() / (double) config.wordsPerMinute()));
    }
}
