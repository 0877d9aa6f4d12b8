package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What indexing reads of a published article, and all it reads: its place in the newest-first
 * order, its tags, its month, its address. Two sites whose entries are equal have the same index, so an edit
 * that changes none of these (a new body, title or summary) reuses it: the index takes these values
 * as its only input, so no other value of an article can change it unnoticed.
 *
 * @param source the article's source file
 * @param published when it was published
 * @param slug the last part of its address
 * @param tags its tags as written, in order
 */
public record IndexEntry(String source, ZonedDateTime published, String slug, List<String> tags) {

    public IndexEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(slug, "slug");
        tags = List.copyOf(tags);
    }

    public static IndexEntry of(Article article) {
        return new IndexEntry(article.source(), article.published(), article.slug(), article.tags());
    }
}
