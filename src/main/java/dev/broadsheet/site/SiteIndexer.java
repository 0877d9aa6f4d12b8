package dev.broadsheet.site;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import dev.broadsheet.config.MenuItem;
import dev.broadsheet.config.SiteConfigLoader;
import dev.broadsheet.Slug;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The index stage: parsed content becomes the published {@link Site}. Pure. */
public final class SiteIndexer {

    /** Newest first; ties broken by source path so the order never depends on reading order. */
    static final Comparator<Article> NEWEST_FIRST = Comparator.comparing(Article::published).reversed()
            .thenComparing(Article::source);

    private final SiteConfig config;
    private final Urls urls;

    public SiteIndexer(SiteConfig config, Urls urls) {
        this.config = config;
        this.urls = urls;
    }

    /**
     * @param articles every parsed article, in any order
     * @param pages every parsed page
     * @param redirects the old addresses of {@code content/redirects.yaml}
     * @param now the build time: later articles are future articles
     * @param drafts whether drafts are published
     * @param future whether future articles are published
     */
    public Site index(List<Article> articles, List<Page> pages, List<dev.broadsheet.content.Redirect> redirects, Instant now,
                      boolean drafts, boolean future) {
        List<Article> published = articles.stream()
                .filter(a -> drafts || !a.draft())
                .filter(a -> future || !a.published().toInstant().isAfter(now))
                .sorted(NEWEST_FIRST)
                .toList();
        List<Page> publishedPages = pages.stream().filter(p -> drafts || !p.draft())
                .sorted(Comparator.comparing(Page::slug)).toList();
        List<Problem> warnings = new ArrayList<>();
        return new Site(config, urls, published, publishedPages, groupTags(published, warnings), warnings, now,
                menu(publishedPages), redirects);
    }

    /**
     * Whether two versions of an article take the same place in a site: the same URL, date, tags,
     * aliases, layout and draft state, which is everything indexing reads. Two such versions differ
     * only in what their own pages, and the pages listing them, show ({@link Site#withArticles}).
     */
    public static boolean samePlace(Article a, Article b) {
        return a.source().equals(b.source()) && a.slug().equals(b.slug()) && a.published().equals(b.published())
                && a.updated().equals(b.updated()) && a.tags().equals(b.tags()) && a.aliases().equals(b.aliases())
                && a.layout().equals(b.layout()) && a.draft() == b.draft();
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

    private List<Tag> groupTags(List<Article> published, List<Problem> warnings) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Article>> bySlug = new LinkedHashMap<>();
        Map<String, String> slugs = new HashMap<>(); // a few hundred names, each slugified once
        published.stream().sorted(Comparator.comparing(Article::source)).forEach(article -> {
            for (String tag : article.tags()) {
                String slug = slugs.computeIfAbsent(tag, Slug::of);
                if (slug.isEmpty()) {
                    warnings.add(Problem.of(article.source(), "tag \"" + tag + "\" has no letter or digit and is left out"));
                    continue;
                }
                String first = names.putIfAbsent(slug, tag);
                if (first != null && !first.equals(tag)) {
                    warnings.add(Problem.of(article.source(), "tag \"" + tag + "\" is shown as \"" + first
                            + "\", its first spelling — write it the same way everywhere"));
                }
            }
        });
        for (Article article : published) {
            article.tags().stream().map(slugs::get).filter(names::containsKey).distinct()
                    .forEach(slug -> bySlug.computeIfAbsent(slug, s -> new ArrayList<>()).add(article));
        }
        Collator collator = Collator.getInstance(config.locale());
        return bySlug.entrySet().stream()
                .map(e -> new Tag(names.get(e.getKey()), e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Tag::name, collator).thenComparing(Tag::slug))
                .toList();
    }
}
