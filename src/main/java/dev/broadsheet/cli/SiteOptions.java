package dev.broadsheet.cli;

import dev.broadsheet.build.BuildOptions;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/** Options shared by the commands that build the site. */
final class SiteOptions {

    @Option(names = "--source", paramLabel = "DIR", description = "Folder holding content/ and templates/ (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--drafts", description = "Include drafts.")
    boolean drafts;

    @Option(names = "--future", description = "Include articles dated in the future.")
    boolean future;

    BuildOptions toBuildOptions(Path output, String baseUrl) {
        BuildOptions options = BuildOptions.of(source, output, Clock.systemDefaultZone()).withDrafts(drafts).withFuture(future);
        return baseUrl == null || baseUrl.isBlank() ? options : options.withBaseUrl(baseUrl.strip());
    }
}
