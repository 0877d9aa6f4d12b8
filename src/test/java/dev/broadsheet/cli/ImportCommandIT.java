package dev.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testing.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code broadsheet import blogger}: its report, its exit codes, and nothing written on a mistake. */
class ImportCommandIT {

    @TempDir
    Path temp;

    private static final String EXPORT = """
            <?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'><id>tag:blogger.com,1999:blog-42.archive</id>
            <title type='text'>Prova</title><link rel='alternate' type='text/html' href='https://prova.blogspot.com/'/>
            <entry><id>tag:blogger.com,1999:blog-42.settings.BLOG_TIME_ZONE</id><published>2024-01-01T10:00:00.000+01:00</published>
            <category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#settings'/>
            <content type='text'>Europe/Rome</content></entry>
            <entry><id>tag:blogger.com,1999:blog-42.post-1</id><published>2025-09-03T18:30:00.000+02:00</published>
            <updated>2025-09-03T18:30:00.000+02:00</updated>
            <category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/>
            <title type='text'>Primo</title><content type='html'>Ciao.&lt;br /&gt;&lt;br /&gt;Fine.</content>
            <link rel='alternate' type='text/html' href='https://prova.blogspot.com/2025/09/primo.html'/><author><name>Anna</name></author></entry>
            </feed>
            """;

    @Test
    void anImportPrintsItsReportAndTheSiteBuilds() throws IOException {
        FixtureSite site = FixtureSite.italian(temp, 10);
        Path export = temp.resolve("blog-09-03-2025.xml");
        Files.writeString(export, EXPORT);
        CommandLineRun run = CommandLineRun.of("import", "blogger", export.toString(), "--source", site.root().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Imported “Prova” from").contains("posts           1  (0 drafts, 0 scheduled)")
                .contains("Next: paste content/blogger-forwarding.html");
        assertThat(site.root().resolve("content/articles/2025-09-03-primo.md")).exists();
        assertThat(CommandLineRun.of("build", "--source", site.root().toString(), "--output", site.output().toString()).exitCode()).isZero();
        assertThat(site.page("2025/09/primo/index.html").select(".article-body p").eachText()).containsExactly("Ciao.", "Fine.");
    }

    @Test
    void aDryRunWritesNothing() throws IOException {
        FixtureSite site = FixtureSite.italian(temp, 10);
        Path export = temp.resolve("blog.xml");
        Files.writeString(export, EXPORT);
        CommandLineRun run = CommandLineRun.of("import", "blogger", export.toString(), "--source", site.root().toString(), "--dry-run");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Dry run (nothing written)");
        assertThat(site.root().resolve("content/articles")).doesNotExist();
    }

    @Test
    void aBrokenExportExitsWithOneNamingLineAndColumn() throws IOException {
        FixtureSite site = FixtureSite.italian(temp, 10);
        Path export = temp.resolve("blog.xml");
        Files.writeString(export, EXPORT.replace("</feed>", ""));
        CommandLineRun run = CommandLineRun.of("import", "blogger", export.toString(), "--source", site.root().toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: " + export + ":").contains("not a readable export").contains("Import stopped; nothing was written.");
        assertThat(site.root().resolve("content/articles")).doesNotExist();
    }

    @Test
    void aBadTimeZoneIsBadUsage() {
        CommandLineRun run = CommandLineRun.of("import", "blogger", "x.xml", "--time-zone", "Mars/Olympus");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--time-zone: \"Mars/Olympus\" is not a time zone");
    }
}
