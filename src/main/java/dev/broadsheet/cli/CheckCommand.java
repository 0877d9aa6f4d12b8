package dev.broadsheet.cli;

import dev.broadsheet.check.SiteCheck;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code broadsheet check}: everything wrong with the site, for writers and CI. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Build into a temporary folder and report broken links, anchors and images, pages the Nu HTML Checker rejects, and warnings. Exit 1 when anything is wrong.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteOptions site;

    @Option(names = "--base-url", paramLabel = "URL", description = "Check the site as published at this URL.")
    private String baseUrl = "";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SiteCheck.Report report = new SiteCheck().check(site.toBuildOptions(Path.of("unused"), baseUrl));
        report.errors().forEach(e -> out.println("error: " + e));
        report.warnings().forEach(w -> out.println("warning: " + w));
        report.advice().forEach(a -> out.println("advice: " + a));
        new java.util.TreeMap<>(report.otherOrigins()).forEach((page, origins) ->
                out.println("contacts on opening: " + page + " → " + String.join(", ", origins) + " (allowed in site.yaml)"));
        out.printf("Checked %d pages: %d error%s, %d warning%s, %d advice; %d page%s contact%s other sites on opening%n", report.pagesChecked(),
                report.errors().size(), report.errors().size() == 1 ? "" : "s", report.warnings().size(), report.warnings().size() == 1 ? "" : "s",
                report.advice().size(), report.otherOrigins().size(), report.otherOrigins().size() == 1 ? "" : "s",
                report.otherOrigins().size() == 1 ? "s" : "");
        return report.passed() ? 0 : 1;
    }
}
