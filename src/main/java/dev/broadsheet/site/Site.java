package dev.broadsheet.site;

import dev.broadsheet.Problem;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
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
 * The whole published site: what gets a page, in what order, under which URL. Immutable.
 */
public final class Site {

    private final SiteConfig config;
    private final Urls urls;
    private final List<Article> articles;
    private final List<Page> pages;
    private final List<Tag> tags;
    private final List<Problem> warnings;
    private final Map<String, Integer> positions;
    private final Map<String, Tag> tagsBySlug;
    private final Instant builtAt;
    private final Map<String, String> outputsBySource;
    private final List<Archive.Year> archive;
    private final List<MenuLink> menu;
    private final Map<String, List<String>> tagSlugsBySource;
    private final RelatedArticles related;
    private final List<dev.broadsheet.content.Redirect> redirects;

    /**
     * @param config the settings
     * @param urls the URL policy
     * @param articles published articles, newest first
     * @param pages published standalone pages
     * @param tags tags in the language's alphabetical order
     * @param warnings problems that do not stop the build
     * @param builtAt the build's "now"
     * @param menu the navigation
     * @param redirects the old addresses of {@code content/redirects.yaml}
     */
    public Site(SiteConfig config, Urls urls, List<Article> articles, List<Page> pages, List<Tag> tags,
                List<Problem> warnings, Instant builtAt, List<MenuLink> menu, List<dev.broadsheet.content.Redirect> redirects) {
        this.redirects = List.copyOf(redirects);
        this.builtAt = builtAt;
        this.menu = List.copyOf(menu);
        this.archive = Archive.of(articles);
        this.config = config;
        this.urls = urls;
        this.articles = List.copyOf(articles);
        this.pages = List.copyOf(pages);
        this.tags = List.copyOf(tags);
        this.warnings = List.copyOf(warnings);
        Map<String, Integer> bySource = new HashMap<>(articles.size() * 2);
        for (int i = 0; i < articles.size(); i++) {
            bySource.put(articles.get(i).source(), i);
        }
        this.positions = bySource;
        this.tagsBySlug = bySlug(tags);
        Map<String, String> outputs = new HashMap<>();
        articles.forEach(a -> outputs.put(a.source(), urls.articlePath(a)));
        pages.forEach(p -> outputs.put(p.source(), urls.pagePath(p)));
        this.outputsBySource = Map.copyOf(outputs);
        Map<String, List<String>> articleTags = new HashMap<>(articles.size() * 2);
        Map<String, String> slugs = new HashMap<>(); // a few hundred names, each slugified once
        for (Article article : articles) {
            java.util.Set<String> own = new java.util.LinkedHashSet<>();
            for (String name : article.tags()) {
                String slug = slugs.computeIfAbsent(name, dev.broadsheet.Slug::of);
                if (tagsBySlug.containsKey(slug)) {
                    own.add(slug);
                }
            }
            articleTags.put(article.source(), List.copyOf(own));
        }
        this.tagSlugsBySource = articleTags;
        this.related = new RelatedArticles(this.articles, positions, this.tags);
    }

    /** {@code previous} with newer versions of some of its articles, each in the same place, built at {@code now}. */
    private Site(Site previous, Map<String, Article> replaced, Instant now) {
        this.config = previous.config;
        this.urls = previous.urls;
        this.pages = previous.pages;
        this.warnings = previous.warnings;
        this.menu = previous.menu;
        this.redirects = previous.redirects;
        this.positions = previous.positions;
        this.outputsBySource = previous.outputsBySource;
        this.tagSlugsBySource = previous.tagSlugsBySource;
        this.builtAt = now;
        this.articles = previous.articles.stream().map(a -> replaced.getOrDefault(a.source(), a)).toList();
        java.util.Set<String> touchedTags = new java.util.HashSet<>();
        replaced.keySet().forEach(source -> touchedTags.addAll(previous.tagSlugsBySource.getOrDefault(source, List.of())));
        this.tags = previous.tags.stream().map(tag -> touchedTags.contains(tag.slug())
                ? new Tag(tag.name(), tag.slug(), tag.articles().stream().map(a -> replaced.getOrDefault(a.source(), a)).toList())
                : tag).toList();
        this.tagsBySlug = bySlug(tags);
        this.archive = Archive.withArticles(previous.archive, replaced);
        this.related = previous.related.withArticles(articles);
    }

    private static Map<String, Tag> bySlug(List<Tag> tags) {
        Map<String, Tag> bySlug = new HashMap<>();
        tags.forEach(tag -> bySlug.put(tag.slug(), tag));
        return Map.copyOf(bySlug);
    }

    /**
     * This site with newer versions of some of its published articles ({@code replaced}, by source),
     * built at {@code now}: what {@link SiteIndexer#index} gives when each new version is in the same
     * place as the old ({@link SiteIndexer#samePlace}) and no other article is published or withdrawn
     * by the new time — without sorting and grouping the whole site again.
     *
     * @throws IllegalArgumentException when a replaced article is not published here
     */
    public Site withArticles(Map<String, Article> replaced, Instant now) {
        for (String source : replaced.keySet()) {
            if (!positions.containsKey(source)) {
                throw new IllegalArgumentException(source + " is not published in this site");
            }
        }
        return new Site(this, replaced, now);
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

    public List<Article> articles() {
        return articles;
    }

    public List<Page> pages() {
        return pages;
    }

    public List<Tag> tags() {
        return tags;
    }

    public List<Problem> warnings() {
        return warnings;
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

    public List<MenuLink> menu() {
        return menu;
    }

    /** The old addresses of {@code content/redirects.yaml}, in the file's order. */
    public List<dev.broadsheet.content.Redirect> redirects() {
        return redirects;
    }

    /** The pages of an article's comments; the first is the article's own page. */
    public List<CommentPage> commentPages(Article article) {
        return CommentPage.paginate(article.comments(), n -> urls.commentsPath(article, n));
    }

    /** The pages of one year of the archive. */
    public List<Listing> yearPages(Archive.Year year) {
        return Listing.paginate(year.articles(), config.perPage(), n -> urls.yearPath(year.year(), n));
    }

    /** The pages of one month of the archive. */
    public List<Listing> monthPages(Archive.Month month) {
        return Listing.paginate(month.articles(), config.perPage(), n -> urls.monthPath(month.year(), month.month(), n));
    }

    /** Up to {@code limit} articles sharing tags with {@code article}, rarer tags first, never itself. */
    public List<Article> related(Article article, int limit) {
        return related.of(positions.get(article.source()), tagsOf(article), limit);
    }

    /** The tags of {@code article}, in its order, each once (spellings that share a slug are one tag). */
    public List<Tag> tagsOf(Article article) {
        // A loop, not a stream: templates ask this for every article of every list page.
        List<String> slugs = tagSlugsBySource.getOrDefault(article.source(), List.of());
        Tag[] tags = new Tag[slugs.size()];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = tagsBySlug.get(slugs.get(i));
        }
        return List.of(tags);
    }

    /** The published article made from {@code source}, as this site has it. */
    public Optional<Article> findPublished(String source) {
        Integer position = positions.get(source);
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
        return tags.stream().sorted(java.util.Comparator.comparingInt(Tag::count).reversed()).limit(n).toList();
    }

    /** The article published just before {@code article}, if any. */
    public Optional<Article> findOlder(Article article) {
        int i = positions.get(article.source());
        return i + 1 < articles.size() ? Optional.of(articles.get(i + 1)) : Optional.empty();
    }

    /** The article published just after {@code article}, if any. */
    public Optional<Article> findNewer(Article article) {
        int i = positions.get(article.source());
        return i > 0 ? Optional.of(articles.get(i - 1)) : Optional.empty();
    }
}
