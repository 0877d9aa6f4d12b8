package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles related to an article: those sharing its tags, a shared tag weighing more the fewer
 * articles carry it (1 / its count), ties broken by recency and then by source path.
 * Each tag's articles are kept as positions in the newest-first list, and scores in an array per
 * thread, so a large site costs one pass over the tags' members and a bounded selection.
 */
final class RelatedArticles {

    private final List<Article> newestFirst;
    private final Map<String, int[]> members = new HashMap<>();
    private final ThreadLocal<double[]> scratch;

    RelatedArticles(List<Article> newestFirst, Map<String, Integer> positions, List<Tag> tags) {
        this.newestFirst = newestFirst;
        for (Tag tag : tags) {
            members.put(tag.slug(), tag.articles().stream().mapToInt(a -> positions.get(a.source())).toArray());
        }
        this.scratch = ThreadLocal.withInitial(() -> new double[newestFirst.size()]);
    }

    private RelatedArticles(List<Article> newestFirst, Map<String, int[]> members) {
        this.newestFirst = newestFirst;
        this.members.putAll(members);
        this.scratch = ThreadLocal.withInitial(() -> new double[newestFirst.size()]);
    }

    /** The same tags and positions over newer versions of the same articles, in the same order. */
    RelatedArticles withArticles(List<Article> sameOrder) {
        return new RelatedArticles(sameOrder, members);
    }

    List<Article> of(int self, List<Tag> tags, int limit) {
        double[] scores = scratch.get();
        int total = 0;
        for (Tag tag : tags) {
            total += tag.count();
        }
        int[] touched = new int[total];
        int count = 0;
        for (Tag tag : tags) {
            double weight = 1.0 / tag.count();
            for (int i : members.get(tag.slug())) {
                if (i != self) {
                    if (scores[i] == 0) {
                        touched[count++] = i;
                    }
                    scores[i] += weight;
                }
            }
        }
        int[] best = new int[Math.min(limit, count)];
        int size = 0;
        for (int t = 0; t < count; t++) {
            int candidate = touched[t];
            if (size < best.length || isBetter(candidate, best[size - 1], scores)) {
                int at = Math.min(size, best.length - 1);
                while (at > 0 && isBetter(candidate, best[at - 1], scores)) {
                    best[at] = best[at - 1];
                    at--;
                }
                best[at] = candidate;
                size = Math.min(size + 1, best.length);
            }
        }
        for (int t = 0; t < count; t++) {
            scores[touched[t]] = 0;
        }
        List<Article> related = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            related.add(newestFirst.get(best[i]));
        }
        return related;
    }

    /** Higher score first; on a tie the newer, which stands earlier in the newest-first list (ties of date by source path). */
    private static boolean isBetter(int a, int b, double[] scores) {
        return scores[a] != scores[b] ? scores[a] > scores[b] : a < b;
    }
}
