package dev.broadsheet.render;

import dev.broadsheet.content.Article;
import java.util.Optional;

/**
 * Where the search index's entry for an article, made by an earlier build, may be found, and where
 * this build's entries are kept for the next: the build cache. An entry is one article's words,
 * their marks and its excerpt, which depend on the article and the settings only.
 */
public interface SearchEntries {

    Optional<byte[]> find(Article article);

    void made(Article article, byte[] entry);

    /** Whether {@link #made} keeps anything: when not, no entry need be encoded for it. */
    default boolean keeps() {
        return true;
    }

    /** No earlier entries, and none kept. */
    SearchEntries NONE = new SearchEntries() {
        @Override
        public Optional<byte[]> find(Article article) {
            return Optional.empty();
        }

        @Override
        public void made(Article article, byte[] entry) {
        }

        @Override
        public boolean keeps() {
            return false;
        }
    };
}
