package dev.broadsheet.serve;

import dev.broadsheet.Problem;
import dev.broadsheet.build.BuiltSite;
import dev.broadsheet.content.StaticFile;
import dev.broadsheet.render.Output;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One complete site as served: every file by output path, and the problems of the latest build
 * attempt (shown over every page until fixed). Immutable, so the server swaps whole sites.
 *
 * @param files output path → content
 * @param problems problems of the latest build; empty when it succeeded
 * @param version counts builds, for the reload event
 */
record SiteSnapshot(Map<String, Output> files, List<Problem> problems, long version) {

    SiteSnapshot {
        files = files instanceof OwnFiles own ? own : new OwnFiles(new HashMap<>(files));
        problems = List.copyOf(problems);
    }

    /**
     * A snapshot's own read-only copy of the files: made once per build and shared by the
     * snapshots that only add problems; not copied again when handed to the constructor.
     */
    private static final class OwnFiles extends AbstractMap<String, Output> {
        private final Map<String, Output> files;

        OwnFiles(HashMap<String, Output> files) {
            this.files = files;
        }

        @Override
        public Output get(Object path) {
            return files.get(path);
        }

        @Override
        public boolean containsKey(Object path) {
            return files.containsKey(path);
        }

        @Override
        public int size() {
            return files.size();
        }

        @Override
        public Set<Entry<String, Output>> entrySet() {
            return Collections.unmodifiableMap(files).entrySet();
        }
    }

    static SiteSnapshot empty() {
        return new SiteSnapshot(Map.of(), List.of(), 0);
    }

    /** The snapshot of a successful build. */
    static SiteSnapshot of(BuiltSite built, long version) {
        HashMap<String, Output> files = new HashMap<>();
        for (StaticFile file : built.staticFiles()) {
            try {
                files.put(file.outputPath(), Output.encoded(file.outputPath(), Files.readAllBytes(file.file()), file.origin()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Output output : built.outputs()) {
            files.put(output.path(), output.encoded());
        }
        return new SiteSnapshot(new OwnFiles(files), List.of(), version);
    }

    /**
     * The site after a rebuild: when {@code built} was made as an update of the site served here,
     * only the files it rewrote are taken from it, the rest are shared.
     */
    SiteSnapshot updatedBy(BuiltSite built, long newVersion) {
        if (built.isComplete() || files.isEmpty()) {
            return of(built, newVersion);
        }
        HashMap<String, Output> updated = new HashMap<>(((OwnFiles) files).files);
        Set<String> rewritten = new java.util.HashSet<>(built.rewritten());
        for (Output output : built.outputs()) {
            if (rewritten.contains(output.path())) {
                updated.put(output.path(), output);
            }
        }
        return new SiteSnapshot(new OwnFiles(updated), List.of(), newVersion);
    }

    /** The same site, with the problems of a failed rebuild. */
    SiteSnapshot withProblems(List<Problem> newProblems, long newVersion) {
        return new SiteSnapshot(files, newProblems, newVersion);
    }

    Optional<Output> find(String path) {
        return Optional.ofNullable(files.get(path));
    }
}
