package dev.broadsheet.serve;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import dev.broadsheet.build.Build;
import dev.broadsheet.build.BuildOptions;
import dev.broadsheet.build.BuiltSite;
import dev.broadsheet.build.SourceChanges;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code broadsheet serve}: builds the site in memory, serves it, and rebuilds when a source
 * changes. A failed rebuild keeps the last good site and shows its problems over every page.
 */
public final class Serve implements AutoCloseable {

    /**
     * How to serve.
     *
     * @param source the site folder
     * @param bind the address to listen on
     * @param port the port, 0 for any free one
     * @param drafts whether drafts are shown
     * @param future whether future articles are shown
     * @param clock the build's "now"
     * @param quiet how long sources must be unchanged before a rebuild
     */
    public record Options(Path source, String bind, int port, boolean drafts, boolean future, Clock clock, Duration quiet) {
    }

    private final Options options;
    private final DevServer server;
    private final SourceWatcher watcher;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Build build = new Build(true);
    private long version;

    private Serve(Options options, PrintWriter out, PrintWriter err) throws IOException {
        this.options = options;
        this.out = out;
        this.err = err;
        this.server = new DevServer(options.bind(), options.port());
        Path source = options.source().toAbsolutePath().normalize();
        this.watcher = new SourceWatcher(List.of(source.resolve("content"), source.resolve("templates")), options.quiet(),
                burst -> rebuild(burst.paths().map(paths -> relative(source, paths)).map(SourceChanges::of).orElse(SourceChanges.UNKNOWN),
                        burst.firstEvent()));
    }

    /** Builds, starts serving and watching. */
    public static Serve start(Options options, PrintWriter out, PrintWriter err) {
        try {
            Serve serve = new Serve(options, out, err);
            serve.rebuild();
            serve.server.start();
            serve.watcher.start();
            return serve;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the server: " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.port();
    }

    /** The address to open, such as {@code http://127.0.0.1:8080/}. */
    public String url() {
        String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
        return "http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + port() + "/";
    }

    /** Builds the whole site again and serves the result, or, when it fails, its problems over the last good site. */
    public void rebuild() {
        rebuild(SourceChanges.UNKNOWN, System.nanoTime());
    }

    /**
     * Builds the site again after {@code changes} and serves the result, or, when it fails, its
     * problems over the last good site; reports the time from {@code since} (the first file event)
     * until open pages were told to reload.
     */
    synchronized void rebuild(SourceChanges changes, long since) {
        version++;
        BuildOptions buildOptions = BuildOptions.of(options.source(), options.source().resolve("target/serve"), options.clock())
                .withDrafts(options.drafts()).withFuture(options.future()).withBaseUrl(url());
        try {
            BuiltSite built = build.produce(buildOptions, changes);
            server.publish(SiteSnapshot.of(built, version));
            long millis = (System.nanoTime() - since) / 1_000_000;
            built.warnings().forEach(w -> err.println("warning: " + w));
            if (built.isComplete()) {
                out.printf("Built %d files in %d ms%n", built.outputs().size(), millis);
            } else {
                out.printf("Rebuilt %d of %d files in %d ms%n", built.rewritten().size(), built.outputs().size(), millis);
            }
        } catch (BuildException e) {
            List<Problem> problems = e.problems();
            problems.forEach(p -> err.println("error: " + p));
            err.printf("Build failed with %d problem%s; still serving the last good site.%n", problems.size(), problems.size() == 1 ? "" : "s");
            server.publish(server.current().withProblems(problems, version));
        } catch (RuntimeException e) {
            err.println("error: " + e);
            server.publish(server.current().withProblems(List.of(Problem.of("(build)", String.valueOf(e))), version));
        }
        out.flush();
        err.flush();
    }

    private static Set<String> relative(Path source, Set<Path> paths) {
        Set<String> relative = new TreeSet<>();
        for (Path path : paths) {
            relative.add(source.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/'));
        }
        return relative;
    }

    /** The problems of the latest build, empty when it succeeded. */
    public List<Problem> problems() {
        return server.current().problems();
    }

    /** How many pages are listening for reloads. */
    public int liveReloadListeners() {
        return server.liveReloadListeners();
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // closing anyway
        }
        server.close();
    }
}
