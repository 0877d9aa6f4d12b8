package dev.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.BuildException;
import dev.broadsheet.testing.FixtureSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever a blogger downloads — the XML, feed.atom, the Takeout zip or its folder — is found and read. */
class ExportPackagingIT {

    @TempDir
    Path temp;

    private ImportReport importFrom(Path export, String... blog) {
        FixtureSite site = FixtureSite.italian(temp.resolve("site-" + System.nanoTime()), 10);
        ImportOptions options = ImportOptions.of(site.root(), export, FixtureSite.CLOCK).withDownload(false);
        return new BloggerImport().run(blog.length == 0 ? options : options.withBlog(blog[0]));
    }

    private Path zip(String... namesAndTexts) throws IOException {
        Path zip = temp.resolve("takeout-" + System.nanoTime() + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                out.putNextEntry(new ZipEntry(namesAndTexts[i]));
                out.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void theFormatIsDetectedNotAsked() throws IOException {
        Path classic = temp.resolve("blog-09-30-2025.xml");
        Files.writeString(classic, BloggerExports.taccuino().classic());
        Path takeout = temp.resolve("feed.atom");
        Files.writeString(takeout, BloggerExports.taccuino().takeout());
        assertThat(importFrom(classic).format()).isEqualTo("classic “Back up content” export");
        assertThat(importFrom(takeout).format()).isEqualTo("Google Takeout export");
    }

    @Test
    void aTakeoutZipWithSeveralBlogsNamesThemAndAsksWhichOne() throws IOException {
        String feed = BloggerExports.taccuino().takeout();
        Path zip = zip("Takeout/Blogger/Blogs/Il Taccuino/feed.atom", feed, "Takeout/Blogger/Blogs/Diario di viaggio/feed.atom",
                feed.replace("Il Taccuino", "Diario di viaggio"), "__MACOSX/Takeout/Blogger/Blogs/Altro/feed.atom", "x");
        assertThatThrownBy(() -> importFrom(zip)).isInstanceOf(BuildException.class)
                .hasMessageContaining("holds 2 blogs: \"Diario di viaggio\", \"Il Taccuino\" — say which one with --blog NAME");
        assertThat(importFrom(zip, "Diario di viaggio").blog()).isEqualTo("Diario di viaggio");
        assertThatThrownBy(() -> importFrom(zip, "Nessuno")).isInstanceOf(BuildException.class)
                .hasMessageContaining("has no blog named \"Nessuno\"");
    }

    @Test
    void anUnpackedTakeoutFolderIsReadFromItsTopOrItsBlogFolder() throws IOException {
        Path blog = temp.resolve("Takeout 2/Blogger/Blogs/Il Taccuino");
        Files.createDirectories(blog);
        Files.writeString(blog.resolve("feed.atom"), BloggerExports.taccuino().takeout());
        assertThat(importFrom(temp.resolve("Takeout 2")).posts()).isEqualTo(38);
        assertThat(importFrom(blog).posts()).isEqualTo(38);
    }

    @Test
    void aZipWithoutABloggerExportSaysWhatIsMissing() throws IOException {
        Path zip = zip("Takeout/Drive/notes.txt", "x");
        assertThatThrownBy(() -> importFrom(zip)).isInstanceOf(BuildException.class)
                .hasMessageContaining("holds no Takeout/Blogger/Blogs/<blog>/feed.atom");
    }

    @Test
    void aMissingExportIsNamed() {
        assertThatThrownBy(() -> importFrom(temp.resolve("nope.xml"))).isInstanceOf(BuildException.class)
                .hasMessageContaining("nope.xml: no such file or folder");
    }
}
