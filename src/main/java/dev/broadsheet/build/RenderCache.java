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
record RenderCache(DiskCache cache, Map<Object, String> parsedFrom) {

    /** Takes a copy of {@code parsedFrom}, by identity, only read from here on: lookups from many threads need no lock. */
    RenderCache {
        parsedFrom = new java.util.IdentityHashMap<>(parsedFrom);
    }

    /** The search index's entries, under the digest of the article each was made from. */
    SearchEntries searchEntries() {
        return new SearchEntries() {
            @Override
            public Optional<byte[]> find(Article article) {
                return Optional.ofNullable(parsedFrom.get(article)).flatMap(digest -> cache.findSearchEntry(article.source(), digest));
            }

            @Override
            public void made(Article article, byte[] entry) {
                Optional.ofNullable(parsedFrom.get(article)).ifPresent(digest -> cache.searched(article.source(), digest, entry));
            }
        };
    }

    /**
     * The jobs left to render, and the digest of each (by path) to note when it is made.
     *
     * @param digests the job digests of those whose digest could be taken
     */
    record Left(List<RenderJob> jobs, Map<String, String> digests) {
    }

    /** What became of one job: taken from the last build's files, or to render (with its digest, if it has one). */
    private record Outcome(boolean taken, Optional<String> digest) {
    }

    /** Takes from the cache every job of {@code stale} whose digest is that of last build's file at its path. */
    Left take(List<RenderJob> stale, Map<String, Integer> places, String[] templateDigests, RenderStage.Sink sink) {
        ThreadLocal<JobDigest> digests = ThreadLocal.withInitial(() -> new JobDigest(value -> Optional.ofNullable(parsedFrom.get(value))));
        List<Outcome> outcomes = Parallel.map(stale, job -> {
            Optional<String> jobDigest = digests.get().of(job, templateDigests[places.get(job.path())]);
            Optional<DiskCache.Made> last = jobDigest.flatMap(d -> cache.findOutput(job.path())).filter(m -> m.jobDigest().equals(jobDigest.get()));
            if (last.isPresent() && sink.reuse(job.path(), last.get().size())) {
                cache.made(job.path(), jobDigest.get(), last.get().size());
                return new Outcome(true, jobDigest);
            }
            return new Outcome(false, jobDigest);
        });
        Map<String, String> toNote = new HashMap<>();
        List<RenderJob> left = new ArrayList<>();
        for (int i = 0; i < stale.size(); i++) {
            Outcome outcome = outcomes.get(i);
            if (!outcome.taken()) {
                RenderJob job = stale.get(i);
                left.add(job);
                outcome.digest().ifPresent(d -> toNote.put(job.path(), d));
            }
        }
        return new Left(left, toNote);
    }
}
