package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import java.util.Comparator;
import java.util.HashMap;
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
        Map<Article, Double> scores = new HashMap<>();
        for (Tag tag : tags) {
            double weight = 1.0 / tag.count();
            for (Article other : tag.articles()) {
                if (!other.source().equals(article.source())) {
                    scores.merge(other, weight, Double::sum);
                }
            }
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<Article, Double>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().published(), Comparator.reverseOrder())
                        .thenComparing(e -> e.getKey().source()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }
}
