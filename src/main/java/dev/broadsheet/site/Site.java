package dev.broadsheet.site;

import dev.broadsheet.Problem;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import dev.broadsheet.content.Redirect;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole published site: what gets a page, in what order, under which URL. Its structure is a
 * {@link SiteIndex}, shared by every site with the same entries; its articles are this build's.
 * Immutable.
 */
public final class Site {

    private final SiteConfig config;
    private final Urls urls;
    private final SiteIndex index;
    private final List<Article> articles;
    private final List<Page> pages;
    private final List<Tag> tags;
    private final Map<String, Tag> tagsBySlug;
    private final List<Archive.Year> archive;
    private final List<MenuLink> menu;
    private final List<Redirect> redirects;
    private final List<Problem> warnings;
    private final Instant builtAt;
    private final Map<String, String> outputsBySource;

    /**
     * @param index the structure, made from the entries of {@code articles}
     * @param articles published articles, newest first, as {@code index} orders them
     * @param pages published standalone pages
     * @param menu the navigation
     * @param redirects the old addresses of {@code content/redirects.yaml}
     * @param builtAt the build's "now"
     */
    public Site(SiteConfig config, Urls urls, SiteIndex index, List<Article> articles, List<Page> pages, List<MenuLink> menu,
                List<Redirect> redirects, Instant builtAt) {
        if (articles.size() != index.size()) {
            throw new IllegalArgumentException("the index was made for " + index.size() + " articles, not " + articles.size());
        }
        this.config = config;
        this.urls = urls;
        this.index = index;
        this.articles = List.copyOf(articles);
        this.pages = List.copyOf(pages);
        this.menu = List.copyOf(menu);
        this.redirects = List.copyOf(redirects);
        this.builtAt = builtAt;
        this.warnings = index.warnings();
        List<Tag> allTags = new ArrayList<>(index.tags().size());
        Map<String, Tag> bySlug = new HashMap<>();
        for (SiteIndex.TagGroup group : index.tags()) {
            Tag tag = new Tag(group.name(), group.slug(), at(group.positions()));
            allTags.add(tag);
            bySlug.put(tag.slug(), tag);
        }
        this.tags = List.copyOf(allTags);
        this.tagsBySlug = bySlug;
        List<Archive.Year> years = new ArrayList<>();
        for (SiteIndex.YearGroup year : index.archive()) {
            years.add(new Archive.Year(year.year(), year.months().stream()
                    .map(m -> new Archive.Month(m.year(), m.month(), at(m.positions()))).toList()));
        }
        this.archive = List.copyOf(years);
        Map<String, String> outputs = new HashMap<>(articles.size() * 2);
        articles.forEach(a -> outputs.put(a.source(), urls.articlePath(a)));
        pages.forEach(p -> outputs.put(p.source(), urls.pagePath(p)));
        this.outputsBySource = outputs;
    }

    private List<Article> at(int[] positions) {
        Article[] found = new Article[positions.length];
        for (int i = 0; i < positions.length; i++) {
            found[i] = articles.get(positions[i]);
        }
        return List.of(found);
    }

    /** The structure this site was assembled on: the same object for every site with equal index entries. */
    public SiteIndex index() {
        return index;
    }

    /** The build's "now". */
    public Instant builtAt() {
        return builtAt;
    }

    public SiteConfig config() {
        return config;
    }

    public Urls urls() {
        return urls;
    }

    /** Published articles, newest first. */
    public List<Article> articles() {
        return articles;
    }

    public List<Page> pages() {
        return pages;
    }

    /** Tags in the language's alphabetical order. */
    public List<Tag> tags() {
        return tags;
    }

    public List<Problem> warnings() {
        return warnings;
    }

    public List<MenuLink> menu() {
        return menu;
    }

    /** The old addresses of {@code content/redirects.yaml}, in the file's order. */
    public List<Redirect> redirects() {
        return redirects;
    }

    /** The home page and its continuation pages. */
    public List<Listing> homePages() {
        return Listing.paginate(articles, config.perPage(), urls::homePath);
    }

    /** The pages of one tag. */
    public List<Listing> tagPages(Tag tag) {
        return Listing.paginate(tag.articles(), config.perPage(), n -> urls.tagPath(tag.slug(), n));
    }

    /** Years and months with their articles, newest first. */
    public List<Archive.Year> archive() {
        return archive;
    }

    /** The pages of one year of the archive. */
    public List<Listing> yearPages(Archive.Year year) {
        return Listing.paginate(year.articles(), config.perPage(), n -> urls.yearPath(year.year(), n));
    }

    /** The pages of one month of the archive. */
    public List<Listing> monthPages(Archive.Month month) {
        return Listing.paginate(month.articles(), config.perPage(), n -> urls.monthPath(month.year(), month.month(), n));
    }

    /** The pages of an article's comments; the first is the article's own page. */
    public List<CommentPage> commentPages(Article article) {
        return CommentPage.paginate(article.comments(), n -> urls.commentsPath(article, n));
    }

    /** Up to {@code limit} articles sharing tags with {@code article}, rarer tags first, never itself. */
    public List<Article> related(Article article, int limit) {
        return at(index.related(index.positionOf(article.source()), limit));
    }

    /** The tags of {@code article}, in its order, each once (spellings that share a slug are one tag). */
    public List<Tag> tagsOf(Article article) {
        List<SiteIndex.TagGroup> groups = index.tagsAt(index.positionOf(article.source()));
        Tag[] own = new Tag[groups.size()];
        for (int i = 0; i < own.length; i++) {
            own[i] = tagsBySlug.get(groups.get(i).slug());
        }
        return List.of(own);
    }

    /** The published article made from {@code source}, as this site has it. */
    public Optional<Article> findPublished(String source) {
        Integer position = index.positionOf(source);
        return position == null ? Optional.empty() : Optional.of(articles.get(position));
    }

    /** The tag whose URL segment is {@code slug}. */
    public Optional<Tag> findTag(String slug) {
        return Optional.ofNullable(tagsBySlug.get(slug));
    }

    /** The output path of the published article or page made from {@code source} ({@code content/pages/x.md}). */
    public Optional<String> findOutputOf(String source) {
        return Optional.ofNullable(outputsBySource.get(source));
    }

    /** The newest articles of the site feed. */
    public List<Article> feedArticles() {
        return articles.subList(0, Math.min(articles.size(), config.feedSize()));
    }

    /** The newest articles of a tag's feed. */
    public List<Article> feedArticles(Tag tag) {
        return tag.articles().subList(0, Math.min(tag.count(), config.feedSize()));
    }

    /** When a feed of {@code entries} last changed: the latest {@code updated} among them, never the clock. */
    public static ZonedDateTime lastUpdated(List<Article> entries) {
        return entries.stream().map(Article::updated).max(Comparator.naturalOrder())
                .orElse(ZonedDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC));
    }

    /** Articles published in the {@code period} before the build, newest first (for Google News). */
    public List<Article> recentArticles(Duration period) {
        Instant since = builtAt.minus(period);
        return articles.stream().filter(a -> a.published().toInstant().isAfter(since)).toList();
    }

    /** Every canonical page worth listing in a sitemap: no 404, no page 2 of a list, no redirects. */
    public List<SitemapEntry> sitemap() {
        List<SitemapEntry> entries = new ArrayList<>();
        Optional<ZonedDateTime> newest = articles.stream().map(Article::updated).max(Comparator.naturalOrder());
        entries.add(new SitemapEntry(urls.homePath(1), newest));
        articles.forEach(a -> entries.add(new SitemapEntry(urls.articlePath(a), Optional.of(a.updated()))));
        entries.add(new SitemapEntry(urls.tagIndexPath(), newest));
        entries.add(new SitemapEntry(urls.archivePath(), newest));
        for (Archive.Year year : archive) {
            entries.add(new SitemapEntry(urls.yearPath(year.year(), 1), Optional.of(lastUpdated(year.articles()))));
            year.months().forEach(m -> entries.add(new SitemapEntry(urls.monthPath(m.year(), m.month(), 1),
                    Optional.of(lastUpdated(m.articles())))));
        }
        tags.forEach(t -> entries.add(new SitemapEntry(urls.tagPath(t.slug(), 1), Optional.of(lastUpdated(t.articles())))));
        pages.forEach(p -> entries.add(new SitemapEntry(urls.pagePath(p), p.updated())));
        return entries;
    }

    /** A page of the sitemap: its output path and when it last changed (ISO 8601), or empty when unknown. */
    public record SitemapEntry(String path, String lastModified) {

        SitemapEntry(String path, Optional<ZonedDateTime> lastModified) {
            this(path, lastModified.map(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElse(""));
        }
    }

    /** The {@code n} tags with the most articles, most first (ties in alphabetical order). */
    public List<Tag> topTags(int n) {
        return tags.stream().sorted(Comparator.comparingInt(Tag::count).reversed()).limit(n).toList();
    }

    /** The article published just before {@code article}, if any. */
    public Optional<Article> findOlder(Article article) {
        int i = index.positionOf(article.source());
        return i + 1 < articles.size() ? Optional.of(articles.get(i + 1)) : Optional.empty();
    }

    /** The article published just after {@code article}, if any. */
    public Optional<Article> findNewer(Article article) {
        int i = index.positionOf(article.source());
        return i > 0 ? Optional.of(articles.get(i - 1)) : Optional.empty();
    }
}
