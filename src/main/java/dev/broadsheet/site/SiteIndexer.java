package dev.broadsheet.site;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import dev.broadsheet.config.MenuItem;
import dev.broadsheet.config.SiteConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.images.ImageCatalog;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The index stage: parsed content becomes the published {@link Site}. Pure. */
public final class SiteIndexer {

    /** Newest first; ties broken by source path so the order never depends on reading order. */
    static final Comparator<Article> NEWEST_FIRST = Comparator.comparing(Article::published).reversed()
            .thenComparing(Article::source);

    private final SiteConfig config;
    private final Urls urls;
    private final ImageCatalog images;

    /** @param images the sizes of the site's pictures, which the site carries to the pages that show them */
    public SiteIndexer(SiteConfig config, Urls urls, ImageCatalog images) {
        this.config = config;
        this.urls = urls;
        this.images = images;
    }

    /**
     * The published site in one call: {@link #published}, {@link #index} and {@link #site}.
     *
     * @param articles every parsed article, in any order
     * @param pages every parsed page
     * @param redirects the old addresses of {@code content/redirects.yaml}
     * @param now the build time: later articles are future articles
     * @param drafts whether drafts are published
     * @param future whether future articles are published
     */
    public Site index(List<Article> articles, List<Page> pages, List<dev.broadsheet.content.Redirect> redirects, Instant now,
                      boolean drafts, boolean future) {
        List<Article> published = published(articles, now, drafts, future);
        return site(index(entries(published)), published, pages, redirects, now, drafts);
    }

    /** The articles the site shows at {@code now}, newest first (ties by source path, so reading order never matters). */
    public List<Article> published(List<Article> articles, Instant now, boolean drafts, boolean future) {
        return articles.stream()
                .filter(a -> drafts || !a.draft())
                .filter(a -> future || !a.published().toInstant().isAfter(now))
                .sorted(NEWEST_FIRST)
                .toList();
    }

    /**
     * When the first of {@code articles} that {@link #published} leaves out for its date comes due,
     * or {@link Instant#MAX}: the site changes then without any file changing.
     */
    public static Instant nextDue(List<Article> articles, Instant now, boolean drafts, boolean future) {
        Instant next = Instant.MAX;
        if (!future) {
            for (Article article : articles) {
                Instant at = article.published().toInstant();
                if ((drafts || !article.draft()) && at.isAfter(now) && at.isBefore(next)) {
                    next = at;
                }
            }
        }
        return next;
    }

    /**
     * A moment at which the published site changes without any file changing: an article comes
     * due, or the banner expires.
     *
     * @param at when
     * @param source the article's file, or {@code content/site.yaml} for the banner
     * @param banner whether it is the banner expiring
     */
    public record ScheduledChange(Instant at, String source, boolean banner) {
    }

    /**
     * The scheduled changes after {@code since} and at or before {@code until}, earliest first, by
     * the rules {@link #published} applies: an article is published from the moment of its date on.
     */
    public static List<ScheduledChange> changesBetween(List<Article> articles, dev.broadsheet.config.Banner banner, Instant since,
                                                       Instant until, boolean drafts) {
        List<ScheduledChange> changes = new java.util.ArrayList<>();
        for (Article article : articles) {
            Instant at = article.published().toInstant();
            if ((drafts || !article.draft()) && at.isAfter(since) && !at.isAfter(until)) {
                changes.add(new ScheduledChange(at, article.source(), false));
            }
        }
        if (!banner.text().isEmpty() && banner.expires().isAfter(since) && !banner.expires().isAfter(until)) {
            changes.add(new ScheduledChange(banner.expires(), "content/site.yaml", true));
        }
        changes.sort(Comparator.comparing(ScheduledChange::at).thenComparing(ScheduledChange::source));
        return List.copyOf(changes);
    }

    /** The first scheduled change after {@code now}, if any. */
    public static java.util.Optional<ScheduledChange> nextChange(List<Article> articles, dev.broadsheet.config.Banner banner, Instant now,
                                                                  boolean drafts, boolean future) {
        if (future) {
            return java.util.Optional.empty(); // every article is already published
        }
        return changesBetween(articles, banner, now, Instant.MAX, drafts).stream().findFirst();
    }

    /** What indexing reads of {@code published}, in their order. */
    public static List<IndexEntry> entries(List<Article> published) {
        List<IndexEntry> entries = new ArrayList<>(published.size());
        published.forEach(a -> entries.add(IndexEntry.of(a)));
        return entries;
    }

    /** The structure of a site whose published articles have {@code entries}, newest first. */
    public SiteIndex index(List<IndexEntry> entries) {
        return new SiteIndex(entries, config.locale(), this::pathOf);
    }

    /** {@link #index(List)}, sharing with {@code previous} (made by this indexer's settings) what does not depend on tags. */
    public SiteIndex index(SiteIndex previous, List<IndexEntry> entries) {
        return previous.with(entries, this::pathOf);
    }

    private String pathOf(IndexEntry entry) {
        return urls.articlePath(entry.published(), entry.slug());
    }

    /** The site of {@code published} (newest first, whose entries {@code index} was made from), its pages and redirects. */
    public Site site(SiteIndex index, List<Article> published, List<Page> pages, List<dev.broadsheet.content.Redirect> redirects,
                     Instant now, boolean drafts) {
        List<Page> publishedPages = pages.stream().filter(p -> drafts || !p.draft())
                .sorted(Comparator.comparing(Page::slug)).toList();
        return new Site(config, urls, index, published, publishedPages, menu(publishedPages.stream().filter(page -> !page.isDossier() && !page.isAuthor()).toList()), redirects, now, images);
    }

    /** The configured menu with its targets resolved, or the default one. */
    private List<MenuLink> menu(List<Page> pages) {
        if (config.menu().isEmpty()) {
            List<MenuLink> menu = new ArrayList<>(List.of(
                    new MenuLink(config.strings().format("frontPage"), urls.homePath(1)),
                    new MenuLink(config.strings().format("tags"), urls.tagIndexPath()),
                    new MenuLink(config.strings().format("archive"), urls.archivePath())));
            pages.forEach(p -> menu.add(new MenuLink(p.title(), urls.pagePath(p))));
            return menu;
        }
        List<MenuLink> menu = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (MenuItem item : config.menu()) {
            if (!item.page().isEmpty()) {
                pages.stream().filter(p -> p.slug().equals(item.page())).findFirst().ifPresentOrElse(
                        p -> menu.add(new MenuLink(item.title(), urls.pagePath(p))),
                        () -> problems.add(new Problem(SiteConfigLoader.SITE_FILE, item.line(), "menu entry '" + item.title()
                                + "' names page '" + item.page() + "', which is not a published page — use the file name of content/pages/ without .md")));
            } else if (!dev.broadsheet.SafeUrls.isSafe(item.url())) {
                problems.add(new Problem(SiteConfigLoader.SITE_FILE, item.line(), "menu entry '" + item.title()
                        + "' has the URL \"" + item.url() + "\"; only http(s), mailto and site paths such as /archive/ are allowed"));
            } else if (item.url().startsWith("http://") || item.url().startsWith("https://") || item.url().startsWith("mailto:")) {
                menu.add(new MenuLink(item.title(), item.url()));
            } else {
                String path = item.url().startsWith("/") ? item.url().substring(1) : item.url();
                menu.add(new MenuLink(item.title(), Urls.fileOf(path)));
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
        return menu;
    }
}
