package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles related to an article: those sharing its tags, a shared tag weighing more the fewer
 * articles carry it (1 / its count), ties broken by recency and then by source path.
 */
final class RelatedArticles {

    private RelatedArticles() {
    }

    static List<Article> of(Article article, List<Tag> tags, int limit) {
        // Keyed by identity: hashing a record would hash its whole body.
        Map<Article, double[]> scores = new IdentityHashMap<>();
        for (Tag tag : tags) {
            double weight = 1.0 / tag.count();
            for (Article other : tag.articles()) {
                if (other != article) {
                    scores.computeIfAbsent(other, a -> new double[1])[0] += weight;
                }
            }
        }
        return scores.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Article, double[]>>comparingDouble(e -> -e.getValue()[0])
                        .thenComparing(e -> e.getKey().published(), Comparator.reverseOrder())
                        .thenComparing(e -> e.getKey().source()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }
}
