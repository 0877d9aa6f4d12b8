package dev.broadsheet.build;

import dev.broadsheet.Parallel;
import dev.broadsheet.content.Article;
import dev.broadsheet.render.JobDigest;
import dev.broadsheet.render.RenderJob;
import dev.broadsheet.render.SearchEntries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The build cache's side of rendering: last build's outputs by the digest of their jobs.
 *
 * @param parsedFrom the digest of what each article and page was parsed from
 */
record Shelf(DiskCache cache, Map<Object, String> parsedFrom) {

    /** The search index's entries, under the digest of the article each was made from. */
    SearchEntries searchEntries() {
        return new SearchEntries() {
            @Override
            public Optional<byte[]> find(Article article) {
                return Optional.ofNullable(parsedFrom.get(article)).flatMap(digest -> cache.searchEntry(article.source(), digest));
            }

            @Override
            public void made(Article article, byte[] entry) {
                Optional.ofNullable(parsedFrom.get(article)).ifPresent(digest -> cache.searched(article.source(), digest, entry));
            }
        };
    }

    /**
     * Takes from the cache every job of {@code stale} whose digest is that of last build's file at
     * its path (and removes it from {@code stale}); returns the digests of the others, to note
     * when they are made.
     */
    Map<String, String> take(List<RenderJob> stale, Map<String, Integer> places, String[] templateDigests, RenderStage.Sink sink) {
        Map<Object, String> byValue = new java.util.IdentityHashMap<>(parsedFrom); // only read from here on
        ThreadLocal<JobDigest> digests = ThreadLocal.withInitial(() -> new JobDigest(value -> Optional.ofNullable(byValue.get(value))));
        List<Optional<String>> made = Parallel.map(stale, job -> {
            int place = places.get(job.path());
            Optional<String> jobDigest = digests.get().of(job, templateDigests[place]);
            Optional<DiskCache.Made> last = jobDigest.flatMap(d -> cache.output(job.path())).filter(m -> m.jobDigest().equals(jobDigest.get()));
            if (last.isPresent() && sink.reuse(place, job.path(), last.get().size())) {
                cache.made(job.path(), jobDigest.get(), last.get().size());
                return Optional.of("");
            }
            return jobDigest;
        });
        Map<String, String> toMake = new HashMap<>();
        List<RenderJob> left = new ArrayList<>();
        for (int i = 0; i < stale.size(); i++) {
            Optional<String> digest = made.get(i);
            if (digest.isEmpty() || !digest.get().isEmpty()) {
                left.add(stale.get(i));
                String path = stale.get(i).path();
                digest.ifPresent(d -> toMake.put(path, d));
            }
        }
        stale.clear();
        stale.addAll(left);
        return toMake;
    }
}
