package dev.broadsheet.build;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build and how.
 *
 * @param source the folder holding {@code content/} and {@code templates/}
 * @param output the folder the site is written to
 * @param baseUrl overrides {@code baseUrl} of {@code site.yaml} when present (empty text: none)
 * @param drafts whether drafts are published
 * @param future whether articles dated after {@code clock} are published
 * @param clock the build's "now"
 * @param cache the folder a {@code build} keeps what the next one can reuse in; empty for none
 */
public record BuildOptions(Path source, Path output, Optional<String> baseUrl, boolean drafts, boolean future, Clock clock,
                           Optional<Path> cache) {

    public BuildOptions {
        source = Objects.requireNonNull(source, "source").toAbsolutePath().normalize();
        output = Objects.requireNonNull(output, "output").toAbsolutePath().normalize();
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(clock, "clock");
        cache = cache.map(folder -> folder.toAbsolutePath().normalize());
    }

    /** A build of {@code source} into {@code output} with the settings of {@code site.yaml}, without a cache. */
    public static BuildOptions of(Path source, Path output, Clock clock) {
        return new BuildOptions(source, output, Optional.empty(), false, false, clock, Optional.empty());
    }

    /** The cache folder a build uses unless told another: hidden beside the output folder, as {@code target/.site.cache}. */
    public Path defaultCache() {
        return output.resolveSibling("." + output.getFileName() + ".cache");
    }

    /**
     * Where resized pictures are kept by content: in the cache folder, or without one in a folder
     * beside the output ({@code target/.site.images}) that a one-shot build empties before and after.
     */
    public Path imageFolder() {
        return cache.map(folder -> folder.resolve("images")).orElse(output.resolveSibling("." + output.getFileName() + ".images"));
    }

    public BuildOptions withCache(Optional<Path> folder) {
        return new BuildOptions(source, output, baseUrl, drafts, future, clock, folder);
    }

    /**
     * Whether links drop {@code index.html}: only for a build given a base URL on the command line,
     * which is a build made to be published; any other build must work opened from disk.
     */
    public boolean prettyLinks() {
        return baseUrl.filter(url -> !url.isBlank()).isPresent();
    }

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(source, output, Optional.of(url), drafts, future, clock, cache);
    }

    public BuildOptions withOutput(Path folder) {
        return new BuildOptions(source, folder, baseUrl, drafts, future, clock, cache);
    }

    public BuildOptions withDrafts(boolean includeDrafts) {
        return new BuildOptions(source, output, baseUrl, includeDrafts, future, clock, cache);
    }

    public BuildOptions withFuture(boolean includeFuture) {
        return new BuildOptions(source, output, baseUrl, drafts, includeFuture, clock, cache);
    }
}
