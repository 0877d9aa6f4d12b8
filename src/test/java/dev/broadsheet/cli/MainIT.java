package dev.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testing.FixtureSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainIT {

    @Test
    void helpListsTheBuildCommand() {
        CommandLineRun run = CommandLineRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("build");
    }

    @Test
    void buildHelpListsItsOptions() {
        CommandLineRun run = CommandLineRun.of("build", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--source", "--output", "--base-url", "--drafts", "--future");
    }

    @Test
    void versionIsPrinted() {
        CommandLineRun run = CommandLineRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Broadsheet");
    }

    @Test
    void unknownOptionIsBadUsage() {
        assertThat(CommandLineRun.of("build", "--colour").exitCode()).isEqualTo(2);
        assertThat(CommandLineRun.of("publish").exitCode()).isEqualTo(2);
        assertThat(CommandLineRun.of().exitCode()).isEqualTo(2);
    }

    @Test
    void timingsShowEachStageTheStepsInsideRenderAndTheSlowestTemplates(@TempDir Path temp) {
        FixtureSite site = FixtureSite.italian(temp, 10).article("2025-09-03-uno", "title: Uno\ntags: [Esteri]", "Testo.\n");
        CommandLineRun run = CommandLineRun.of("build", "--timings", "--source", site.root().toString(), "--output", site.output().toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^  read +\\d+ ms +\\d+%$").containsPattern("(?m)^  parse +\\d+ ms")
                .containsPattern("(?m)^  index +\\d+ ms").containsPattern("(?m)^  render +\\d+ ms")
                .containsPattern("plan and render, in thread time \\(all threads\\): templates \\d+ ms, from the cache \\d+ ms, post-process \\d+ ms, search index \\d+ ms, write \\d+ ms")
                .containsPattern("(?m)^  template +total +outputs +average +slowest$");
        // Five templates, the slowest first; which five depends on the machine with so small a site.
        assertThat(run.out().lines().filter(line -> line.matches("  (article|home|index|tag|tags|period|archive|search|404|feed|sitemap|robots|page|alias|author|section|corrections|dossier|comments) +\\d+ ms +\\d+ +[0-9.]+ ms +[0-9.]+ ms")))
                .hasSize(5);
    }

    @Test
    void buildPrintsOneSummaryLine(@TempDir Path temp) {
        FixtureSite site = FixtureSite.italian(temp, 10).article("2025-09-03-uno", "title: Uno", "Testo.\n");
        CommandLineRun run = CommandLineRun.of("build", "--source", site.root().toString(), "--output", site.output().toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).singleElement().asString().contains("1 article,", "ms");
        assertThat(site.output().resolve("2025/09/uno/index.html")).isRegularFile();
    }

    @Test
    void relativeSourceFolderWithDotsWorks(@TempDir Path temp) {
        FixtureSite site = FixtureSite.italian(temp, 10).article("2025-09-03-uno", "title: Uno", "Testo.\n");
        Path dotted = site.root().resolve("content/..");
        CommandLineRun run = CommandLineRun.of("build", "--source", dotted.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.root().resolve("target/site/2025/09/uno/index.html")).isRegularFile();
    }

    @Test
    void badBaseUrlIsReported(@TempDir Path temp) {
        FixtureSite site = FixtureSite.italian(temp, 10);
        CommandLineRun run = CommandLineRun.of("build", "--source", site.root().toString(), "--base-url", "user.github.io/blog");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--base-url", "absolute http(s) URL");
    }
}
