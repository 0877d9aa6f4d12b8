package dev.broadsheet.cli;

import dev.broadsheet.build.Build;
import dev.broadsheet.build.BuildOptions;
import dev.broadsheet.build.BuildProgress;
import dev.broadsheet.build.BuildResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code broadsheet build}: builds the site once. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site into the output folder.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteOptions site;

    @Option(names = "--output", paramLabel = "DIR", description = "Folder to write the site to (default: target/site under the source folder).")
    private Path output;

    @Option(names = "--timings", description = "Print the time and share of each build stage, the thread time of templates, post-processing and writing (which run inside render, as pages are made), and the slowest templates.")
    private boolean timings;

    @Option(names = "--cache", paramLabel = "DIR", description = "Folder to keep what the next build can reuse in (default: beside the output folder, .<name>.cache). Safe to delete at any time.")
    private Path cache;

    @Option(names = "--no-cache", description = "Build cold: reuse nothing from earlier builds, and keep nothing for later ones.")
    private boolean noCache;

    @Option(names = "--base-url", paramLabel = "URL", description = "Absolute URL the site is published at, e.g. https://user.github.io/my-blog/. Links drop index.html when set.")
    private String baseUrl = "";

    /**
     * On an interactive terminal, a build that takes more than a second shows "pages rendered of
     * total" on stderr, rewritten in place and wiped at the end; never in CI logs or pipes.
     */
    private static Thread progressLine(BuildProgress progress, PrintWriter err) {
        boolean interactive = System.console() != null && System.getenv("CI") == null;
        Thread meter = new Thread(() -> {
            try {
                Thread.sleep(1000);
                while (true) {
                    if (progress.plannedCount() > 0) {
                        err.printf("\rRendering %d of %d files…", progress.renderedCount(), progress.plannedCount());
                        err.flush();
                    }
                    Thread.sleep(200);
                }
            } catch (InterruptedException e) {
                if (progress.plannedCount() > 0) {
                    err.print("\r\033[K");
                    err.flush();
                }
            }
        }, "broadsheet-progress");
        meter.setDaemon(true);
        if (interactive) {
            meter.start();
        }
        return meter;
    }

    /** Each stage's wall time and share; inside plan (the search index) and render, the thread time of its steps; the slowest templates. */
    private static void printTimings(BuildResult result, PrintWriter out) {
        long total = Math.max(1, result.stageMillis().values().stream().mapToLong(Long::longValue).sum());
        result.stageMillis().forEach((stage, ms) -> out.printf("  %-22s %6d ms  %3d%%%n", stage, ms, ms * 100 / total));
        if (!result.threadMillis().isEmpty()) {
            out.println("  plan and render, in thread time (all threads): " + result.threadMillis().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(java.util.stream.Collectors.joining(", ")));
        }
        if (!result.slowestTemplates().isEmpty()) {
            out.printf("  %-13s %9s %8s %9s %9s%n", "template", "total", "outputs", "average", "slowest");
            result.slowestTemplates().forEach(t -> out.printf("  %-13s %6d ms %8d %6.2f ms %6.1f ms%n", t.template(),
                    t.totalNanos() / 1_000_000, t.pages(), t.averageNanos() / 1e6, t.slowestNanos() / 1e6));
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path outputDir = output != null ? output : site.source.resolve("target/site");
        BuildOptions built = site.toBuildOptions(outputDir, baseUrl);
        BuildOptions options = built.withCache(noCache ? java.util.Optional.empty() : java.util.Optional.of(cache != null ? cache : built.defaultCache()));
        BuildProgress progress = new BuildProgress();
        Thread meter = progressLine(progress, err);
        BuildResult result;
        try {
            result = new Build().run(options, progress);
        } finally {
            meter.interrupt();
            if (meter.isAlive()) {
                try {
                    meter.join(1000); // let it wipe its line before the summary is printed
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        result.warnings().forEach(w -> err.println("warning: " + w));
        if (timings) {
            printTimings(result, out);
        }
        out.printf("Broadsheet: %d article%s, %d pages (%d files) written to %s in %d ms%n", result.articles(),
                result.articles() == 1 ? "" : "s", result.pages(), result.files(), outputDir, result.millis());
        result.next().ifPresent(next -> out.println(next.note() + " (" + next.change().source() + ")"));
        return 0;
    }
}
