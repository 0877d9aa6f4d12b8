package dev.broadsheet.serve;

import dev.broadsheet.Problem;
import dev.broadsheet.build.BuiltSite;
import dev.broadsheet.content.StaticFile;
import dev.broadsheet.render.Output;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One complete site as served: the generated files of the latest good build, the static files
 * (read from disk when asked for, so an edited stylesheet is served as it is now), and the
 * problems of the latest build attempt (shown over every page until fixed). Immutable, so the
 * server swaps whole sites.
 *
 * @param built the latest good build, empty before the first
 * @param staticFiles output path → the file it is copied from
 * @param problems problems of the latest build; empty when it succeeded
 * @param version counts builds, for the reload event
 */
record SiteSnapshot(Optional<BuiltSite> built, Map<String, StaticFile> staticFiles, List<Problem> problems, long version) {

    SiteSnapshot {
        staticFiles = Collections.unmodifiableMap(staticFiles);
        problems = List.copyOf(problems);
    }

    static SiteSnapshot empty() {
        return new SiteSnapshot(Optional.empty(), Map.of(), List.of(), 0);
    }

    /** The snapshot of a successful build. */
    static SiteSnapshot of(BuiltSite built, long version) {
        Map<String, StaticFile> staticFiles = new HashMap<>();
        built.staticFiles().forEach(file -> staticFiles.put(file.outputPath(), file));
        return new SiteSnapshot(Optional.of(built), staticFiles, List.of(), version);
    }

    /** The same site, with the problems of a failed rebuild. */
    SiteSnapshot withProblems(List<Problem> newProblems, long newVersion) {
        return new SiteSnapshot(built, staticFiles, newProblems, newVersion);
    }

    /** The file at {@code path}: generated, or a static file as it is on disk now (links are not followed). */
    Optional<Output> find(String path) {
        Optional<Output> generated = built.flatMap(site -> site.find(path));
        if (generated.isPresent()) {
            return generated;
        }
        StaticFile file = staticFiles.get(path);
        if (file == null) {
            return Optional.empty();
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file.file(), Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            return Optional.of(Output.encoded(path, Channels.newInputStream(channel).readAllBytes(), file.origin()));
        } catch (IOException e) {
            return Optional.empty(); // deleted since the build: the next build, which the watcher starts, drops it
        }
    }
}
