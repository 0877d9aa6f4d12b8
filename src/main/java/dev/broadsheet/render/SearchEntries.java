package dev.broadsheet.render;

import dev.broadsheet.content.Article;
import java.util.Optional;

/**
 * Where the search index's entry for an article, made by an earlier build, may be found, and where
 * this build's entries are kept for the next: the build cache. An entry is one article's array
 * of the index, which depends on the article and the settings only.
 */
public interface SearchEntries {

    Optional<byte[]> find(Article article);

    void made(Article article, byte[] entry);

    /** No earlier entries, and none kept. */
    SearchEntries NONE = new SearchEntries() {
        @Override
        public Optional<byte[]> find(Article article) {
            return Optional.empty();
        }

        @Override
        public void made(Article article, byte[] entry) {
        }
    };
}
