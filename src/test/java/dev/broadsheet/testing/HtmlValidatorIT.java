package dev.broadsheet.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks the end-to-end tests rely on must be able to fail. */
class HtmlValidatorIT {

    @Test
    void reportsAnInvalidPage(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("bad.html"), "<!DOCTYPE html><html lang=\"it\"><head><title>x</title></head>"
                + "<body><img src=\"a.png\"><p><div></div></body></html>");
        assertThat(HtmlValidator.errors(site)).isNotEmpty();
    }

    @Test
    void reportsWarningsToo(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("warned.html"), "<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\"><title>x</title></head>"
                + "<body><section><p>Senza titolo</p></section></body></html>");
        assertThat(HtmlValidator.errors(site)).singleElement().asString().contains("warning: ").contains("Section lacks heading");
    }

    @Test
    void acceptsAValidPage(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("good.html"), "<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\"><title>x</title></head>"
                + "<body><p>Ciao</p></body></html>");
        assertThat(HtmlValidator.errors(site)).isEmpty();
    }

    @Test
    void reportsLinksToMissingFilesAndAnchors(@TempDir Path site) throws IOException {
        Files.createDirectories(site.resolve("a"));
        Files.writeString(site.resolve("a/index.html"), "<p id=\"here\"><a href=\"../b/index.html\">b</a>"
                + "<a href=\"#here\">ok</a><a href=\"#nowhere\">x</a><a href=\"/abs.html\">y</a></p>");
        Files.writeString(site.resolve("b.html"), "");
        assertThat(SiteFiles.brokenLinks(site)).containsExactlyInAnyOrder(
                "a/index.html → ../b/index.html", "a/index.html → #nowhere", "a/index.html → /abs.html");
    }
}
