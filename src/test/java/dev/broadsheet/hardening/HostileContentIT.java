package dev.broadsheet.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import dev.broadsheet.BuildException;
import dev.broadsheet.build.Build;
import dev.broadsheet.testing.Feeds;
import dev.broadsheet.testing.FixtureSite;
import dev.broadsheet.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every value from content is escaped for where it lands, and no URL can run script. */
class HostileContentIT {

    static final String HOSTILE = "</script><script>alert(1)</script> & \"Q\" 'A' <!--";

    @TempDir
    Path temp;

    private FixtureSite hostileSite() {
        return FixtureSite.italian(temp, 10).article("2025-09-03-ostile", """
                title: '%1$s'
                summary: '%1$s'
                author: '%1$s'
                dateline: '%1$s'
                section: '%1$s'
                tags: ['%1$s', Cina]
                """.formatted(HOSTILE.replace("'", "''")), "Testo {{ 7 * 7 }} e {% raw %} e ${7 * 7}.\n");
    }

    @Test
    void aHostileTitleIsTextInEverySink() throws IOException {
        FixtureSite site = hostileSite();
        new Build().run(site.options().withBaseUrl(FixtureSite.PAGES_URL));
        Document page = site.page("2025/09/ostile/index.html");
        assertThat(page.selectFirst("h1").text()).isEqualTo(HOSTILE);
        assertThat(page.title()).isEqualTo(HOSTILE + " · Cronache di prova");
        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(HOSTILE);
        assertThat(page.selectFirst(".dateline").text()).isEqualTo(HOSTILE);
        assertThat(page.selectFirst(".standfirst").text()).isEqualTo(HOSTILE);
        JsonNode jsonLd = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(jsonLd.get("headline").asText()).isEqualTo(HOSTILE);
        assertThat(jsonLd.at("/author/0/name").asText()).isEqualTo(HOSTILE);
        assertThat(jsonLd.get("keywords").get(0).asText()).isEqualTo(HOSTILE);
        assertThat(Feeds.read(site.output().resolve("feed.xml")).getEntries()).extracting(SyndEntry::getTitle).containsExactly(HOSTILE);
        dev.broadsheet.testing.SearchFiles search = dev.broadsheet.testing.SearchFiles.of(site.output());
        assertThat(search.excerpts().get(0).get(0).asText()).isEqualTo(HOSTILE);
        for (Path file : search.files()) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain("</script>", "<!--");
        }
    }

    @Test
    void noPageHasAScriptOrEventHandlerTheThemeDidNotPutThere() {
        FixtureSite site = hostileSite();
        new Build().run(site.options().withBaseUrl(FixtureSite.PAGES_URL));
        for (Path file : SiteFiles.files(site.output(), ".html")) {
            Document page = FixtureSite.parse(file);
            for (Element script : page.select("script")) {
                assertThat(script.attr("type").equals("application/ld+json") || script.attr("src").endsWith("search-index.js")
                        || script.attr("src").endsWith("js/search.js") || script.attr("src").endsWith("js/embeds.js")
                        || script.attr("src").matches(".*js/snowball/(base|italian|english)-stemmer\\.js"))
                        .as(file + ": " + script).isTrue();
            }
            assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                    .filter(a -> a.getKey().toLowerCase().startsWith("on"))).as(file.toString()).isEmpty();
        }
    }

    @Test
    void contentIsNeverCompiledAsATemplate() {
        FixtureSite site = hostileSite();
        site.build();
        assertThat(site.page("2025/09/ostile/index.html").selectFirst(".article-body").text())
                .isEqualTo("Testo {{ 7 * 7 }} e {% raw %} e ${7 * 7}.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "java&#x09;script:alert(1)", "&#106;avascript:alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=",
            "DATA:text/html,x"})
    void dangerousUrlsInMarkdownLinksAndImagesAreDropped(String url) {
        FixtureSite site = FixtureSite.italian(temp, 10).article("2025-09-03-link", "title: Link",
                "[clic](" + url + ") ![img](" + url + ") <" + url.strip() + ">\n\n"
                        + "<a href=\"" + url + "\">grezzo</a> <img src=\"" + url + "\" alt=\"\">\n");
        site.build();
        Element body = site.page("2025/09/link/index.html").selectFirst(".article-body");
        for (Element element : body.select("a, img")) {
            String value = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            assertThat(value.toLowerCase().replaceAll("[\\s\\x00-\\x1f]", "")).doesNotContain("script:", "data:");
        }
        assertThat(body.text()).contains("clic", "grezzo");
    }

    @Test
    void safeUrlsPass() {
        FixtureSite site = FixtureSite.italian(temp, 10).article("2025-09-03-link", "title: Link",
                "## Sopra\n\n[a](https://example.org/) [b](mailto:redazione@example.org) [c](#sopra) [d](../../09/link/)\n\n<a href=\"http://example.org/\">e</a>\n");
        site.build();
        assertThat(site.page("2025/09/link/index.html").select(".article-body a").eachAttr("href"))
                .containsExactly("https://example.org/", "mailto:redazione@example.org", "#sopra", "../../09/link/", "http://example.org/");
    }

    @Test
    void aDangerousImageInFrontMatterIsAProblemAtItsLine() {
        FixtureSite site = FixtureSite.italian(temp, 10).article("2025-09-03-img", "title: Img\nimage: javascript:alert(1)", "Testo.\n");
        assertThatThrownBy(site::build).isInstanceOf(BuildException.class)
                .hasMessageContaining("2025-09-03-img.md:3: 'image' must be a path");
    }

    @Test
    void trustedHtmlPassesRawHtmlAsJekyllDoes() {
        FixtureSite site = FixtureSite.italian(temp, 10).article("2025-09-03-raw", "title: Raw",
                "<div class=\"box\" onclick=\"x()\"><script>var a = 1;</script></div>\n");
        site.build();
        Element body = site.page("2025/09/raw/index.html").selectFirst(".article-body");
        assertThat(body.select("script")).hasSize(1);
        assertThat(body.selectFirst("div.box").hasAttr("onclick")).isTrue();
    }

    @Test
    void sanitizedHtmlKeepsStructureButNoScriptHandlerStyleOrForeignIframe() {
        FixtureSite site = FixtureSite.create(temp, """
                title: Prova
                language: it
                html: sanitize
                iframeHosts: [www.youtube-nocookie.com, player.example.tv]
                allowedOrigins: [https://example.org, https://player.example.tv]
                """).article("2025-09-03-raw", "title: Raw", """
                <div class="box" onclick="x()" style="background:url(javascript:alert(1))"><script>var a = 1;</script><p onmouseover="y()">Testo</p></div>

                <iframe src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ" title="video"></iframe>

                <iframe src="https://player.example.tv/v/1" title="tv"></iframe>

                <iframe src="https://evil.example/x" title="no"></iframe>

                <a href="javascript:alert(1)">link</a> <img src="https://example.org/x.png" onerror="alert(1)" alt="a">

                ## Titolo

                Testo[^1].

                [^1]: Nota.
                """);
        site.build();
        Element body = site.page("2025/09/raw/index.html").selectFirst(".article-body");
        assertThat(body.select("script")).isEmpty();
        assertThat(body.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .map(a -> a.getKey().toLowerCase())).noneMatch(key -> key.startsWith("on") || key.equals("style"));
        assertThat(body.select("iframe").eachAttr("src")).containsExactly("https://player.example.tv/v/1");
        assertThat(body.select("figure.embed").eachAttr("data-embed-src")).containsExactly("https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1");
        assertThat(body.selectFirst("a:containsOwn(link)").hasAttr("href")).isFalse();
        assertThat(body.select("h2#titolo")).hasSize(1);
        assertThat(body.select("sup a").attr("href")).startsWith("#");
        assertThat(SiteFiles.brokenLinks(site.output())).isEmpty();
    }

    @Test
    void templatesCannotCallGetClass() {
        FixtureSite site = FixtureSite.italian(temp, 10).article("2025-09-03-x", "title: X", "Testo.\n")
                .write("templates/page.peb", "{{ page.getClass().getName() }}\n")
                .write("content/pages/p.md", "---\ntitle: P\n---\nx\n");
        try {
            site.build();
            assertThat(site.page("p/index.html").text()).doesNotContain("dev.broadsheet");
        } catch (BuildException e) {
            assertThat(e.getMessage()).contains("templates/page.peb:1");
        }
    }

    @Test
    void yamlTagsNeverMakeJavaObjects() {
        FixtureSite site = FixtureSite.italian(temp, 10).article("2025-09-03-x",
                "title: !!java.io.File /etc/passwd\nfonte: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]",
                "Testo.\n");
        site.build();
        assertThat(site.page("2025/09/x/index.html").selectFirst("h1").text()).isEqualTo("/etc/passwd");
    }

    @Test
    void anAliasBombIsCappedWithAProblem() {
        StringBuilder yaml = new StringBuilder("title: Bomba\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *").append(p)
                    .append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        FixtureSite site = FixtureSite.italian(temp, 10).article("2025-09-03-bomba", yaml.toString(), "Testo.\n");
        assertThatThrownBy(site::build).isInstanceOf(BuildException.class).hasMessageContaining("2025-09-03-bomba.md");
    }

    @Test
    void listOfWarningsNamesRemovedControlCharacters() {
        FixtureSite site = FixtureSite.italian(temp, 10).article("2025-09-03-ctl", "title: \"Titolo\u0001con\u0008controlli\"", "Testo\u000b.\n");
        var result = site.build();
        assertThat(site.page("2025/09/ctl/index.html").selectFirst("h1").text()).isEqualTo("Titolocontrolli".replace("controlli", "concontrolli"));
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.toString()).contains("2025-09-03-ctl.md", "3 control character(s)"));
        assertThat(Feeds.read(site.output().resolve("feed.xml")).getEntries()).hasSize(1);
    }

    @Test
    void hostilePathsInSlugsAndTagsStayInsideTheOutput() {
        FixtureSite site = FixtureSite.italian(temp, 10)
                .article("2025-09-03-a", "title: A\nslug: ../../../../etc/passwd\ntags: ['../../x', 'C:\\\\Windows', 'con', '%2e%2e']", "Testo.\n")
                .article("2025-09-04-b", "title: B\nslug: '" + "lungo-".repeat(40) + "'", "Testo.\n");
        site.build();
        assertThat(site.output().resolve("2025/09/etc-passwd/index.html")).isRegularFile();
        assertThat(site.output().resolve("tags/x/index.html")).isRegularFile();
        assertThat(site.output().resolve("tags/c-windows/index.html")).isRegularFile();
        assertThat(site.output().resolve("tags/con-1/index.html")).isRegularFile();
        assertThat(site.output().resolve("tags/2e-2e/index.html")).isRegularFile();
        List<Path> all = SiteFiles.files(temp, "");
        assertThat(all).allMatch(p -> p.startsWith(site.root()));
        assertThat(SiteFiles.files(site.output().resolve("2025/09"), "index.html"))
                .allMatch(p -> p.getParent().getFileName().toString().length() <= 80);
    }

    @Test
    void outputsDifferingOnlyByCaseCollideNamingBothSources() {
        FixtureSite site = FixtureSite.italian(temp, 10)
                .article("2025-09-03-pechino", "title: Pechino", "Testo.\n")
                .article("2025-09-04-altro", "title: Altro\naliases: [/2025/09/Pechino/]", "Testo.\n");
        assertThatThrownBy(site::build).isInstanceOf(BuildException.class)
                .hasMessageContaining("2025-09-04-altro.md").hasMessageContaining("2025-09-03-pechino.md");
    }
}
