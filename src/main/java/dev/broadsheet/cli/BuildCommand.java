package dev.broadsheet.cli;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import dev.broadsheet.build.Build;
import dev.broadsheet.build.BuildOptions;
import dev.broadsheet.build.BuildResult;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code broadsheet build}: builds the site once. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site into the output folder.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "Folder holding content/ and templates/ (default: the current folder).")
    private Path source = Path.of(".");

    @Option(names = "--output", paramLabel = "DIR", description = "Folder to write the site to (default: target/site under the source folder).")
    private Path output;

    @Option(names = "--base-url", paramLabel = "URL", description = "Absolute URL the site is published at, e.g. https://user.github.io/my-blog/. Links drop index.html when set.")
    private String baseUrl = "";

    @Option(names = "--drafts", description = "Include drafts.")
    private boolean drafts;

    @Option(names = "--future", description = "Include articles dated in the future.")
    private boolean future;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path outputDir = output != null ? output : source.resolve("target/site");
        BuildOptions options = BuildOptions.of(source, outputDir, Clock.systemDefaultZone())
                .withDrafts(drafts).withFuture(future);
        if (!baseUrl.isBlank()) {
            options = options.withBaseUrl(baseUrl.strip());
        }
        try {
            BuildResult result = new Build().run(options);
            result.warnings().forEach(w -> err.println("warning: " + w));
            out.printf("Broadsheet: %d article%s, %d pages (%d files) written to %s in %d ms%n", result.articles(),
                    result.articles() == 1 ? "" : "s", result.pages(), result.files(), outputDir, result.millis());
            return 0;
        } catch (BuildException e) {
            for (Problem problem : e.problems()) {
                err.println("error: " + problem);
            }
            err.printf("Build failed with %d problem%s; %s was left as it was.%n", e.problems().size(),
                    e.problems().size() == 1 ? "" : "s", outputDir);
            return 1;
        } catch (UncheckedIOException e) {
            err.println("error: " + Optional.ofNullable(e.getMessage()).orElse(e.toString()));
            return 1;
        }
    }
}
