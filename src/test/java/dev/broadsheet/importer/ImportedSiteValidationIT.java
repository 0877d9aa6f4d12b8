package dev.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.build.Build;
import dev.broadsheet.testing.FixtureSite;
import dev.broadsheet.testing.HtmlValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of an imported blog — articles, comments, redirects — passes the Nu HTML Checker. */
class ImportedSiteValidationIT {

    @TempDir
    Path temp;

    @Test
    void theImportedSitePassesTheHtmlChecker() throws Exception {
        FixtureSite site = FixtureSite.create(temp, "unused: true\n");
        Files.delete(site.root().resolve("content/site.yaml"));
        Path export = temp.resolve("blog-09-30-2025.xml");
        Files.writeString(export, BloggerExports.taccuino().classic());
        new BloggerImport().run(ImportOptions.of(site.root(), export, FixtureSite.CLOCK).withDownload(false));
        new Build().run(site.options().withBaseUrl(FixtureSite.PAGES_URL));
        assertThat(HtmlValidator.errors(site.output())).isEmpty();
    }
}
