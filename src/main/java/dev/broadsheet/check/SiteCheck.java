package dev.broadsheet.check;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import dev.broadsheet.build.Build;
import dev.broadsheet.build.BuildOptions;
import dev.broadsheet.build.BuildResult;
import dev.broadsheet.build.BuiltSite;
import dev.broadsheet.render.Output;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code broadsheet check}: builds the site into a temporary folder and lists everything wrong
 * with it — build problems (broken links, anchors, images, front matter), pages the Nu HTML Checker
 * rejects, and warnings.
 */
public final class SiteCheck {

    /** What a check found. */
    public record Report(List<String> errors, List<String> warnings, int pagesChecked) {

        public Report {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        public boolean passed() {
            return errors.isEmpty() && warnings.isEmpty();
        }
    }

    /** Checks the site {@code options} describe; its output folder is ignored. */
    public Report check(BuildOptions options) {
        Path temp = createTemp();
        try {
            Build build = new Build();
            BuiltSite built = build.produce(options.withOutput(temp.resolve("site")));
            BuildResult result = build.write(built, options.withOutput(temp.resolve("site")));
            List<String> errors = new ArrayList<>();
            HtmlChecker checker = new HtmlChecker();
            List<Output> pages = built.outputs().stream().filter(Output::isHtml).toList();
            pages.parallelStream().map(page -> checker.errors(page.bytes()).stream()
                            .map(error -> page.path() + ":" + error + " (page made from " + page.origin() + ")").toList())
                    .toList().forEach(errors::addAll);
            return new Report(errors, result.warnings().stream().map(Problem::toString).toList(), pages.size());
        } catch (BuildException e) {
            return new Report(e.problems().stream().map(Problem::toString).toList(), List.of(), 0);
        } finally {
            delete(temp);
        }
    }

    private static Path createTemp() {
        try {
            return Files.createTempDirectory("broadsheet-check");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a leftover temporary folder is not worth failing the check for
        }
    }
}
