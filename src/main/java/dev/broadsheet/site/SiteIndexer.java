package dev.broadsheet.site;

import dev.broadsheet.Problem;
import dev.broadsheet.Slug;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
     * @param now the build time: later articles are future articles
     * @param drafts whether drafts are published
     * @param future whether future articles are published
     */
    public Site index(List<Article> articles, List<Page> pages, Instant now, boolean drafts, boolean future) {
        List<Article> published = articles.stream()
                .filter(a -> drafts || !a.draft())
                .filter(a -> future || !a.published().toInstant().isAfter(now))
                .sorted(NEWEST_FIRST)
                .toList();
        List<Page> publishedPages = pages.stream().filter(p -> drafts || !p.draft())
                .sorted(Comparator.comparing(Page::slug)).toList();
        List<Problem> warnings = new ArrayList<>();
        return new Site(config, urls, published, publishedPages, groupTags(published, warnings), warnings, now);
    }

    private List<Tag> groupTags(List<Article> published, List<Problem> warnings) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Article>> bySlug = new LinkedHashMap<>();
        published.stream().sorted(Comparator.comparing(Article::source)).forEach(article -> {
            for (String tag : article.tags()) {
                String slug = Slug.of(tag);
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
            article.tags().stream().map(Slug::of).filter(names::containsKey).distinct()
                    .forEach(slug -> bySlug.computeIfAbsent(slug, s -> new ArrayList<>()).add(article));
        }
        Collator collator = Collator.getInstance(config.locale());
        return bySlug.entrySet().stream()
                .map(e -> new Tag(names.get(e.getKey()), e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Tag::name, collator).thenComparing(Tag::slug))
                .toList();
    }
}
