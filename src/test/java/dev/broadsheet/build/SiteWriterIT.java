package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.BuildException;
import dev.broadsheet.testing.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder is replaced whole, and only when Broadsheet wrote it. */
class SiteWriterIT {

    @TempDir
    Path temp;
    FixtureSite site;

    @BeforeEach
    void site() {
        site = FixtureSite.italian(temp, 10).article("2025-09-03-uno", "title: Uno", "Testo.\n");
    }

    @Test
    void aRebuildRemovesFilesOfTheOldSite() {
        site.build();
        site.write("content/articles/2025-09-03-uno.md", "---\ntitle: Uno\nslug: nuovo\n---\nTesto.\n");
        site.build();
        assertThat(site.output().resolve("2025/09/nuovo/index.html")).isRegularFile();
        assertThat(site.output().resolve("2025/09/uno")).doesNotExist();
        assertThat(temp.resolve("site")).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith(".out."));
    }

    @Test
    void refusesANonEmptyFolderItDidNotWrite() throws IOException {
        Files.createDirectories(site.output());
        Files.writeString(site.output().resolve("tesi.docx"), "importante");
        assertThatThrownBy(site::build).isInstanceOf(BuildException.class).hasMessageContaining("not written by Broadsheet");
        assertThat(site.output().resolve("tesi.docx")).hasContent("importante");
    }

    @Test
    void refusesToWriteOverTheSourcesOrIntoThem() {
        for (Path output : new Path[] {site.root(), site.root().getParent(), site.root().resolve("content/out"), site.root().resolve("templates/x")}) {
            assertThatThrownBy(() -> new Build().run(BuildOptions.of(site.root(), output, FixtureSite.CLOCK)))
                    .as(output.toString()).isInstanceOf(BuildException.class).hasMessageContaining("refusing to write the site here");
        }
        assertThat(site.root().resolve("content/site.yaml")).isRegularFile();
    }

    @Test
    void writesIntoAnEmptyFolder() throws IOException {
        Files.createDirectories(site.output());
        site.build();
        assertThat(site.output().resolve("index.html")).isRegularFile();
    }
}
