package dev.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.build.BuildResult;
import dev.broadsheet.testing.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewAndCheckCommandIT {

    @TempDir
    Path temp;
    FixtureSite site;

    @BeforeEach
    void site() {
        site = FixtureSite.italian(temp, 10).article("2025-09-03-pechino", "title: Pechino\ntags: [Cina]", "Testo.\n\n## Contesto\n");
    }

    @Test
    void newWritesADatedArticleAndPrintsItsPath() throws IOException {
        CommandLineRun run = CommandLineRun.of("new", "Titolo dell’articolo: “prova”", "--tags", "Russia,Cina", "--draft",
                "--source", site.root().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String today = LocalDate.now(ZoneId.of("Europe/Rome")).toString();
        String path = "content/articles/" + today + "-titolo-dell-articolo-prova.md";
        assertThat(run.out().strip()).isEqualTo(path);
        String text = Files.readString(site.root().resolve(path));
        assertThat(text).contains("title: \"Titolo dell’articolo: “prova”\"", "tags: [\"Russia\", \"Cina\"]", "draft: true", "date: " + today + "T");
        BuildResult withDrafts = new dev.broadsheet.build.Build().run(site.options().withDrafts(true).withFuture(true));
        assertThat(withDrafts.articles()).isEqualTo(2);
    }

    @Test
    void newRefusesToOverwrite() throws IOException {
        assertThat(CommandLineRun.of("new", "Doppio", "--source", site.root().toString()).exitCode()).isZero();
        CommandLineRun again = CommandLineRun.of("new", "Doppio", "--source", site.root().toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void checkPassesAGoodSite() {
        CommandLineRun run = CommandLineRun.of("check", "--source", site.root().toString());
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("0 errors, 0 warnings");
        assertThat(site.root().resolve("target")).doesNotExist();
    }

    @Test
    void checkReportsBrokenLinksWithTheirLine() {
        site.article("2025-09-04-rotto", "title: Rotto", "Primo.\n\nVedi [qui](2025-09-99-manca.md) e ![foto](/images/manca.jpg).\n\n[ancora](2025-09-03-pechino.md#nessuna)\n");
        CommandLineRun run = CommandLineRun.of("check", "--source", site.root().toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(
                "error: content/articles/2025-09-04-rotto.md:6: link \"2025-09-99-manca.md\" names content/articles/2025-09-99-manca.md, which is not a published article or page",
                "error: content/articles/2025-09-04-rotto.md:6: image \"/images/manca.jpg\" points to images/manca.jpg, which the site does not have",
                "error: content/articles/2025-09-04-rotto.md:8: link \"2025-09-03-pechino.md#nessuna\": 2025/09/pechino/index.html has no anchor #nessuna");
    }

    @Test
    void checkReportsPagesTheHtmlCheckerRejects() {
        site.article("2025-09-04-html", "title: HTML", "<p id=\"doppio\">a</p>\n\n<p id=\"doppio\">b</p>\n");
        CommandLineRun run = CommandLineRun.of("check", "--source", site.root().toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("error: 2025/09/html/index.html:").contains("(page made from content/articles/2025-09-04-html.md)");
    }

    @Test
    void checkReportsWarnings() {
        site.article("2025-09-04-tag", "title: Tag\ntags: [cina]", "Testo.\n");
        CommandLineRun run = CommandLineRun.of("check", "--source", site.root().toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("warning: content/articles/2025-09-04-tag.md: tag \"cina\" is shown as \"Cina\"");
    }
}
