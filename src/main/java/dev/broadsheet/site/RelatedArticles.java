package dev.broadsheet.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles related to an article: those sharing its tags, a shared tag weighing more the fewer
 * articles carry it (1 / its count), ties broken by recency and then by source path.
 * Each tag's articles are kept as positions in the newest-first list (ascending), and scores in an
 * array per thread. Rare tags are walked; common ones only looked up for the articles that can
 * still make the list, so a tag carried by half the site does not make the site's cost quadratic.
 */
final class RelatedArticles {

    private final int size;
    private final Map<String, int[]> members = new HashMap<>();
    /** The members of the tags common enough to be looked up rather than walked, as bit sets of positions. */
    private final Map<String, java.util.BitSet> memberSets = new HashMap<>();
    private final ThreadLocal<double[]> scratch;
    /** Per thread: the articles met so far, and those still in the running. */
    private final ThreadLocal<int[][]> met;

    /** @param size how many articles there are; {@code tags} hold their positions */
    RelatedArticles(int size, List<SiteIndex.TagGroup> tags) {
        this.size = size;
        for (SiteIndex.TagGroup tag : tags) {
            members.put(tag.slug(), tag.positions());
            if (tag.positions().length >= LOOKED_UP) {
                java.util.BitSet set = new java.util.BitSet(size);
                for (int position : tag.positions()) {
                    set.set(position);
                }
                memberSets.put(tag.slug(), set);
            }
        }
        this.scratch = ThreadLocal.withInitial(() -> new double[size]);
        this.met = ThreadLocal.withInitial(() -> new int[][] {new int[size], new int[size]});
    }

    /** Tags with at least this many articles get a bit set for lookups. */
    private static final int LOOKED_UP = 64;

    /** The positions of up to {@code limit} articles sharing {@code tags} with the one at {@code self}, best first. */
    int[] of(int self, List<SiteIndex.TagGroup> tags, int limit) {
        if (limit <= 0 || tags.isEmpty()) {
            return new int[0];
        }
        // Rarest tags first: they weigh most. Once the articles not yet met could not reach the
        // best `limit` even sharing every remaining tag, the remaining (common, long) tags are only
        // looked up for the articles still in the running, instead of walked whole.
        List<SiteIndex.TagGroup> rarestFirst = tags.stream()
                .sorted(java.util.Comparator.comparingInt(SiteIndex.TagGroup::count).thenComparing(SiteIndex.TagGroup::slug)).toList();
        double[] remaining = new double[rarestFirst.size() + 1];
        for (int i = rarestFirst.size() - 1; i >= 0; i--) {
            remaining[i] = remaining[i + 1] + 1.0 / rarestFirst.get(i).count();
        }
        double[] scores = scratch.get();
        int[][] lists = met.get();
        int[] touched = lists[0];
        int count = 0;
        int next = 0;
        for (; next < rarestFirst.size(); next++) {
            if (count >= limit && kthBest(scores, touched, count, limit) > remaining[next] + TIE) {
                break;
            }
            SiteIndex.TagGroup tag = rarestFirst.get(next);
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
        int[] running = touched;
        int candidates = count;
        if (next < rarestFirst.size()) {
            double bar = kthBest(scores, touched, count, limit) - TIE;
            running = lists[1];
            candidates = 0;
            for (int t = 0; t < count; t++) {
                if (scores[touched[t]] + remaining[next] >= bar) {
                    running[candidates++] = touched[t];
                }
            }
            for (; next < rarestFirst.size(); next++) {
                SiteIndex.TagGroup tag = rarestFirst.get(next);
                java.util.BitSet set = memberSets.get(tag.slug());
                int[] members = this.members.get(tag.slug());
                double weight = 1.0 / tag.count();
                for (int t = 0; t < candidates; t++) {
                    if (set != null ? set.get(running[t]) : java.util.Arrays.binarySearch(members, running[t]) >= 0) {
                        scores[running[t]] += weight;
                    }
                }
            }
        }
        int[] best = new int[Math.min(limit, candidates)];
        int size = 0;
        for (int t = 0; t < candidates; t++) {
            int candidate = running[t];
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
        return java.util.Arrays.copyOf(best, size);
    }

    /** Scores closer than this are equal: sums of 1/count in another order may differ in the last bits. */
    private static final double TIE = 1e-9;

    /** The {@code k}-th highest of the scores of the first {@code count} touched articles. */
    private static double kthBest(double[] scores, int[] touched, int count, int k) {
        double[] top = new double[k];
        java.util.Arrays.fill(top, -1);
        for (int t = 0; t < count; t++) {
            double score = scores[touched[t]];
            if (score > top[k - 1]) {
                int at = k - 1;
                while (at > 0 && score > top[at - 1]) {
                    top[at] = top[at - 1];
                    at--;
                }
                top[at] = score;
            }
        }
        return top[k - 1];
    }

    /** Higher score first; on a tie the newer, which stands earlier in the newest-first list (ties of date by source path). */
    private static boolean isBetter(int a, int b, double[] scores) {
        return Math.abs(scores[a] - scores[b]) > TIE ? scores[a] > scores[b] : a < b;
    }
}
