package dev.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testing.ChildBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export is read streaming: a 200 MB one imports in a quarter of a gigabyte of heap. */
class LargeExportIT {

    @TempDir
    Path temp;

    @Test
    void aTwoHundredMegabyteExportImportsUnderXmx256m() throws Exception {
        Path export = temp.resolve("blog-12-01-2026.xml");
        LargeExport.write(export, 18_000, 10_500);
        assertThat(Files.size(export)).isGreaterThan(200L * 1024 * 1024);
        Path site = temp.resolve("site");
        Files.createDirectories(site);
        Path log = temp.resolve("import.log");
        Process child = ChildBuild.start(log, "256m", "import", "blogger", export.toString(), "--source", site.toString(), "--no-download");
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).as("import finished").isTrue();
        String printed = Files.readString(log);
        assertThat(child.exitValue()).as(printed).isZero();
        assertThat(printed).contains("posts       18000").contains("comments    36000");
        try (var files = Files.list(site.resolve("content/articles"))) {
            assertThat(files.count()).isEqualTo(36_000);
        }
    }
}
