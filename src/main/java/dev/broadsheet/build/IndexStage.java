package dev.broadsheet.build;

import dev.broadsheet.content.Article;
import dev.broadsheet.site.IndexEntry;
import dev.broadsheet.site.Site;
import dev.broadsheet.site.SiteIndex;
import dev.broadsheet.site.SiteIndexer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The index stage. The site's structure is computed from the published articles' entries alone
 * ({@link IndexEntry}), so when they equal last time's the structure is reused; the site itself,
 * which holds this build's articles, is assembled anew.
 *
 * <p>Which articles are published, and in what order, is worked out again only when it can have
 * changed: when an article came, went, or has another date or draft flag, when the settings
 * changed, or when the clock passed a future article's date. Otherwise it is last time's, with the
 * edited articles in their places.
 */
final class IndexStage {

    /**
     * What the last index was made from and of.
     *
     * @param parsed the parsed articles, in the parse stage's order
     * @param settings what publishing and the index depend on besides the articles
     * @param now the build's "now"
     * @param nextFuture when the first article left out as a future one comes due
     * @param published the published articles, newest first
     * @param entries their entries
     */
    private record Known(List<Article> parsed, Object settings, Instant now, Instant nextFuture, List<Article> published,
                         List<IndexEntry> entries, SiteIndex index) {
    }

    private Optional<Known> last = Optional.empty();

    /** @param settings what the index depends on besides the articles: the site settings, the URLs */
    Site index(SiteIndexer indexer, ParseStage.Parsed parsed, BuildOptions options, Object settings) {
        Instant now = options.clock().instant();
        Object key = List.of(settings, options.drafts(), options.future());
        Known known = last.flatMap(previous -> updated(previous, parsed.articles(), key, now, indexer))
                .orElseGet(() -> indexed(parsed.articles(), key, now, options, indexer));
        last = Optional.of(known);
        return indexer.site(known.index(), known.published(), parsed.pages(), parsed.redirects(), now, options.drafts());
    }

    private static Known indexed(List<Article> articles, Object key, Instant now, BuildOptions options, SiteIndexer indexer) {
        List<Article> published = indexer.published(articles, now, options.drafts(), options.future());
        Instant nextFuture = SiteIndexer.nextDue(articles, now, options.drafts(), options.future());
        List<IndexEntry> entries = SiteIndexer.entries(published);
        return new Known(articles, key, now, nextFuture, published, entries, indexer.index(entries));
    }

    /**
     * Last time's publication and order with the edited articles in their places, and last
     * time's index if their entries are equal; empty when either may differ.
     */
    private static Optional<Known> updated(Known known, List<Article> articles, Object key, Instant now, SiteIndexer indexer) {
        List<Article> before = known.parsed();
        if (!known.settings().equals(key) || before.size() != articles.size() || now.isBefore(known.now())
                || !now.isBefore(known.nextFuture())) {
            return Optional.empty();
        }
        List<Integer> places = new ArrayList<>();
        List<Article> edited = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            Article then = before.get(i);
            if (article == then) {
                continue;
            }
            if (!article.source().equals(then.source()) || article.draft() != then.draft() || !article.published().equals(then.published())) {
                return Optional.empty();
            }
            // one left out then is left out now: same date, same draft flag, and no future article came due
            known.index().placeOf(article.source()).ifPresent(place -> {
                places.add(place);
                edited.add(article);
            });
        }
        if (places.isEmpty()) {
            return Optional.of(new Known(articles, key, now, known.nextFuture(), known.published(), known.entries(), known.index()));
        }
        List<Article> published = new ArrayList<>(known.published());
        List<IndexEntry> entries = new ArrayList<>(known.entries());
        boolean sameEntries = true;
        for (int i = 0; i < places.size(); i++) {
            IndexEntry entry = IndexEntry.of(edited.get(i));
            sameEntries &= entry.equals(entries.get(places.get(i)));
            published.set(places.get(i), edited.get(i));
            entries.set(places.get(i), entry);
        }
        SiteIndex index = sameEntries ? known.index() : indexer.index(known.index(), entries);
        return Optional.of(new Known(articles, key, now, known.nextFuture(), List.copyOf(published), List.copyOf(entries), index));
    }
}
