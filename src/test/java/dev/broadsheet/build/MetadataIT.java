package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.testing.FixtureSite;
import dev.broadsheet.testing.HtmlValidator;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search-engine and social metadata in every page, JSON-LD that no title can break. */
class MetadataIT {

    static final String HOSTILE = "</script><script>alert(1)</script> & \"Q\" 'A' <!-- \u2028 \u2029 fine";

    @TempDir
    Path temp;
    FixtureSite site;
    Document article;

    @BeforeEach
    void build() {
        site = FixtureSite.italian(temp, 10)
                .picture("content/static/images/foto.jpg", 1600, 1000)
                .article("2025-09-03-pechino", """
                        title: '%s'
                        date: 2025-09-03T18:30:00+02:00
                        updated: 2025-09-04T08:00:00+02:00
                        author: Anna Rossi
                        summary: Il sommario.
                        dateline: Pechino
                        section: Esteri
                        image: /images/foto.jpg
                        tags: [Russia, Cina]
                        """.formatted(HOSTILE.replace("'", "''")), "Testo.\n");
        new Build().run(site.options().withBaseUrl(FixtureSite.PAGES_URL));
        article = site.page("2025/09/pechino/index.html");
    }

    private String meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        assertThat(meta).as(property).isNotNull();
        return meta.attr("content");
    }

    @Test
    void articleHasTitleDescriptionCanonicalAndOpenGraph() {
        assertThat(article.title()).isEqualTo(HOSTILE + " · Cronache di prova");
        assertThat(meta(article, "description")).isEqualTo("Il sommario.");
        assertThat(article.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(FixtureSite.PAGES_URL + "2025/09/pechino/");
        assertThat(meta(article, "og:type")).isEqualTo("article");
        assertThat(meta(article, "og:title")).isEqualTo(HOSTILE);
        assertThat(meta(article, "og:description")).isEqualTo("Il sommario.");
        assertThat(meta(article, "og:url")).isEqualTo(FixtureSite.PAGES_URL + "2025/09/pechino/");
        assertThat(meta(article, "og:image")).isEqualTo(FixtureSite.PAGES_URL + "images/foto-1200w.jpg");
        assertThat(meta(article, "og:image:width")).isEqualTo("1200");
        assertThat(meta(article, "og:image:height")).isEqualTo("750");
        assertThat(meta(article, "og:locale")).isEqualTo("it_IT");
        assertThat(meta(article, "og:site_name")).isEqualTo("Cronache di prova");
        assertThat(meta(article, "article:published_time")).isEqualTo("2025-09-03T18:30:00+02:00");
        assertThat(meta(article, "article:modified_time")).isEqualTo("2025-09-04T08:00:00+02:00");
        assertThat(article.select("meta[property=article:tag]").eachAttr("content")).containsExactly("Russia", "Cina");
        assertThat(meta(article, "twitter:card")).isEqualTo("summary_large_image");
    }

    @Test
    void jsonLdParsesBackToTheExactStrings() throws Exception {
        assertThat(article.select("script[type=application/ld+json]")).hasSize(1);
        String json = article.selectFirst("script[type=application/ld+json]").data();
        assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        JsonNode data = new ObjectMapper().readTree(json);
        assertThat(data.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(data.get("headline").asText()).isEqualTo(HOSTILE);
        assertThat(data.get("datePublished").asText()).isEqualTo("2025-09-03T18:30:00+02:00");
        assertThat(data.get("dateModified").asText()).isEqualTo("2025-09-04T08:00:00+02:00");
        assertThat(data.at("/author/0/name").asText()).isEqualTo("Anna Rossi");
        assertThat(data.at("/publisher/name").asText()).isEqualTo("Cronache di prova");
        assertThat(data.at("/image/0/url").asText()).isEqualTo(FixtureSite.PAGES_URL + "images/foto-1200w.jpg");
        assertThat(data.at("/image/0/width").asInt()).isEqualTo(1200);
        assertThat(data.at("/mainEntityOfPage/@id").asText()).isEqualTo(FixtureSite.PAGES_URL + "2025/09/pechino/");
        assertThat(data.get("keywords")).extracting(JsonNode::asText).containsExactly("Russia", "Cina");
        assertThat(data.get("articleSection").asText()).isEqualTo("Esteri");
        assertThat(data.at("/locationCreated/name").asText()).isEqualTo("Pechino");
    }

    @Test
    void listPagesAreWebsitesWithCanonicalUrls() {
        Document home = site.page("index.html");
        assertThat(meta(home, "og:type")).isEqualTo("website");
        assertThat(home.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(FixtureSite.PAGES_URL);
        assertThat(site.page("tags/russia/index.html").selectFirst("link[rel=canonical]").attr("href")).isEqualTo(FixtureSite.PAGES_URL + "tags/russia/");
        assertThat(home.select("script[type=application/ld+json]")).isEmpty();
    }

    @Test
    void pagesWithHostileTitlesStillPassTheHtmlChecker() {
        assertThat(HtmlValidator.errors(site.output())).isEmpty();
    }
}
