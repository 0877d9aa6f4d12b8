package dev.broadsheet.check;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import dev.broadsheet.build.Build;
import dev.broadsheet.build.BuildOptions;
import dev.broadsheet.build.BuildResult;
import dev.broadsheet.build.BuiltSite;
import dev.broadsheet.html.PageBudgets;
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
 * with it — build problems (broken links, anchors, images, front matter, other sites contacted),
 * what the Nu HTML Checker finds (errors and warnings), pages and scripts over their weight
 * budgets ({@link PageBudgets}), and warnings.
 */
public final class SiteCheck {

    /**
     * What a check found.
     *
     * @param errors what stops the build or fails the HTML checker
     * @param warnings what fails the check without stopping the build
     * @param advice what the check reports without failing (a picture without a description)
     * @param otherOrigins each page that contacts other sites on opening (which {@code allowedOrigins} allows), and those origins
     */
    public record Report(List<String> errors, List<String> warnings, List<String> advice, java.util.Map<String, List<String>> otherOrigins,
                         int pagesChecked) {

        public Report {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
            advice = List.copyOf(advice);
            otherOrigins = java.util.Map.copyOf(otherOrigins);
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
            List<Output> pages = built.outputs().stream().filter(Output::isHtml).toList();
            List<String> errors = new ArrayList<>(validate(pages));
            errors.addAll(new PageBudgets(temp.resolve("site")).overBudget());
            List<String> advice = result.advice().stream().map(Problem::toString).toList();
            // The build's warnings include its advice: listed apart, it is not a failure.
            java.util.Set<String> isAdvice = java.util.Set.copyOf(advice);
            List<String> warnings = result.warnings().stream().map(Problem::toString).filter(w -> !isAdvice.contains(w)).toList();
            return new Report(errors, warnings, advice, built.otherOrigins(), pages.size());
        } catch (BuildException e) {
            return new Report(e.problems().stream().map(Problem::toString).toList(), List.of(), List.of(), java.util.Map.of(), 0);
        } finally {
            delete(temp);
        }
    }

    /**
     * Runs the checker over every page on threads of its own: its schema is checked by deep
     * recursion, which needs a larger stack than a pool thread has.
     */
    private static List<String> validate(List<Output> pages) {
        HtmlChecker checker = new HtmlChecker();
        int threads = Math.max(1, Math.min(pages.size(), Runtime.getRuntime().availableProcessors()));
        List<List<String>> found = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<String> own = new ArrayList<>();
            found.add(own);
            int first = t;
            Thread worker = new Thread(null, () -> {
                for (int i = first; i < pages.size(); i += threads) {
                    Output page = pages.get(i);
                    try {
                        checker.errors(page.bytes()).forEach(e -> own.add(page.path() + ":" + e + " (page made from " + page.origin() + ")"));
                    } catch (StackOverflowError e) {
                        own.add(page.path() + ": the HTML checker ran out of stack on this page (page made from " + page.origin() + ")");
                    }
                }
            }, "broadsheet-check-" + t, 64L * 1024 * 1024);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while checking pages", e);
            }
        }
        List<String> errors = new ArrayList<>();
        found.forEach(errors::addAll);
        errors.sort(null);
        return errors;
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
