package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testing.FixtureSite;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

class SitemapIT {


    @TempDir
    Path temp;
    FixtureSite site;

    @BeforeEach
    void site() {
        site = FixtureSite.create(temp, "title: Cronache\nlanguage: it\ntimeZone: Europe/Rome\nperPage: 1\ngoogleNews: true\n")
                .article("2025-09-01-primo", "title: Primo\ntags: [Russia]\naliases: [/vecchio.html]", "Testo.\n")
                .article("2025-09-30-secondo", "title: Secondo\ntags: [Russia]\ndate: 2025-09-30T20:00:00+02:00", "Testo.\n")
                .article("2025-09-05-bozza", "title: Bozza\ndraft: true", "Testo.\n")
                .article("2025-12-01-futuro", "title: Futuro", "Testo.\n")
                .write("content/pages/chi-siamo.md", "---\ntitle: Chi siamo\nupdated: 2025-08-01\n---\nNoi.\n");
    }

    private Document xml(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.output().resolve(path)), "", Parser.xmlParser());
    }

    @Test
    void listsExactlyThePublishedCanonicalPagesWithLastmod() throws IOException {
        new Build().run(site.options().withBaseUrl(FixtureSite.PAGES_URL));
        Document sitemap = xml("sitemap.xml");
        assertThat(sitemap.select("url > loc").eachText()).containsExactlyInAnyOrder(
                FixtureSite.PAGES_URL, FixtureSite.PAGES_URL + "2025/09/primo/", FixtureSite.PAGES_URL + "2025/09/secondo/", FixtureSite.PAGES_URL + "tags/", FixtureSite.PAGES_URL + "tags/russia/", FixtureSite.PAGES_URL + "chi-siamo/",
                FixtureSite.PAGES_URL + "archive/", FixtureSite.PAGES_URL + "2025/", FixtureSite.PAGES_URL + "2025/09/",
                FixtureSite.PAGES_URL + "authors/cronache/"); // the site's author, who signs both
        assertThat(sitemap.select("url")).allSatisfy(url -> assertThat(url.select("lastmod")).hasSize(1));
        assertThat(sitemap.selectFirst("url:has(loc:containsOwn(primo)) lastmod").text()).isEqualTo("2025-09-01T00:00:00+02:00");
    }

    @Test
    void validatesAgainstTheSitemapSchema() throws Exception {
        new Build().run(site.options().withBaseUrl(FixtureSite.PAGES_URL));
        URL xsd = getClass().getResource("/sitemap.xsd");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd).newValidator()
                .validate(new StreamSource(site.output().resolve("sitemap.xml").toFile()));
    }

    @Test
    void schemaRejectsARelativeLocation(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>2025/09/x/</loc></url></urlset>");
        var validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/sitemap.xsd")).newValidator();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> validator.validate(new StreamSource(bad.toFile())))
                .isInstanceOf(SAXException.class);
    }

    @Test
    void robotsPointsAtTheSitemaps() throws IOException {
        new Build().run(site.options().withBaseUrl(FixtureSite.PAGES_URL));
        assertThat(Files.readAllLines(site.output().resolve("robots.txt")))
                .contains("User-agent: *", "Sitemap: " + FixtureSite.PAGES_URL + "sitemap.xml", "Sitemap: " + FixtureSite.PAGES_URL + "news-sitemap.xml");
    }

    @Test
    void newsSitemapHasOnlyTheLastTwoDaysArticles() throws IOException {
        new Build().run(site.options().withBaseUrl(FixtureSite.PAGES_URL));
        Document news = xml("news-sitemap.xml");
        assertThat(news.select("url > loc").eachText()).containsExactly(FixtureSite.PAGES_URL + "2025/09/secondo/");
        assertThat(news.selectFirst("news|title").text()).isEqualTo("Secondo");
        assertThat(news.selectFirst("news|language").text()).isEqualTo("it");
        assertThat(news.selectFirst("news|publication_date").text()).isEqualTo("2025-09-30T20:00:00+02:00");
    }

    @Test
    void withoutABaseUrlThereIsNoSitemapButRobotsStillAllows() throws IOException {
        site.build();
        assertThat(site.output().resolve("sitemap.xml")).doesNotExist();
        assertThat(Files.readString(site.output().resolve("robots.txt"))).doesNotContain("Sitemap");
    }
}
