package dev.broadsheet.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testing.FixtureSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} fails a site whose pages or scripts are too heavy for a phone, naming each with its size. */
class PageBudgetsIT {

    @TempDir
    Path dir;

    @Test
    void aPageOrScriptOverItsBudgetFailsTheCheckWithItsSize() {
        FixtureSite site = FixtureSite.italian(dir, 10)
                .article("2025-09-03-lungo", "title: Lungo", "Parola e parola ancora. ".repeat(6000) + "\n")
                .article("2025-09-04-foto", "title: Foto\nimage: /images/grande.jpg\nimageAlt: Grande", "Testo.\n")
                .picture("content/static/images/grande.jpg", 1000, 700)
                .write("templates/static/js/pesante.js", "// " + "x".repeat(120 * 1024) + "\n");

        SiteCheck.Report report = new SiteCheck().check(site.options());

        assertThat(report.passed()).isFalse();
        assertThat(report.errors()).anyMatch(e -> e.matches("2025/09/lungo/index\\.html: a page of \\d+\\.\\d KB, over the 100\\.0 KB budget for a page"));
        assertThat(report.errors()).anyMatch(e -> e.startsWith("js/pesante.js: a script of 120.0 KB, over the 100.0 KB budget for one script"));
        assertThat(report.errors()).noneMatch(e -> e.startsWith("2025/09/foto/"));
    }

    @Test
    void picturesLoadedAtOnceCountTowardsWhatAPageNeedsToShow() {
        FixtureSite site = FixtureSite.italian(dir, 10)
                .article("2025-09-04-foto", "title: Foto", "Testo.\n\n<img src=\"/images/enorme.svg\" alt=\"Enorme\" loading=\"eager\">\n")
                .write("content/static/images/enorme.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><desc>"
                        + "x".repeat(400 * 1024 - 86) + "</desc></svg>");

        SiteCheck.Report report = new SiteCheck().check(site.options());

        assertThat(report.errors()).anyMatch(e -> e.startsWith("2025/09/foto/index.html: ") && e.contains("pictures loaded at once 400.0 KB")
                && e.endsWith("over the 300.0 KB budget"));
    }
}
