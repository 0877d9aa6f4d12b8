package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testing.FixtureSite;
import dev.broadsheet.testing.SiteFiles;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts, future articles, permalinks, pages, links with and without a base URL. */
class PublishingRulesIT {

    @TempDir
    Path temp;
    FixtureSite site;

    @BeforeEach
    void site() {
        site = FixtureSite.italian(temp, 10)
                .article("2025-09-03-pubblicato", "title: Pubblicato\ntags: [Città]", "Testo pubblicato.\n")
                .article("2025-09-04-bozza", "title: Bozza\ndraft: true\ntags: [Città]", "Bozza.\n")
                .article("2025-12-25-futuro", "title: Futuro\ntags: [Città]", "Futuro.\n")
                .write("content/pages/chi-siamo.md", "---\ntitle: Chi siamo\n---\nSiamo una redazione.\n\n## Contatti\n\nScriveteci.\n");
    }

    @Test
    void draftsAndFutureArticlesAreLeftOut() {
        BuildResult result = site.build();
        assertThat(result.articles()).isEqualTo(1);
        assertThat(site.output().resolve("2025/09/bozza")).doesNotExist();
        assertThat(site.output().resolve("2025/12/futuro")).doesNotExist();
        assertThat(site.page("tags/citta/index.html").select(".teaser")).hasSize(1);
        assertThat(site.page("tags/index.html").selectFirst(".tag-index .count").text()).isEqualTo("1 articolo");
    }

    @Test
    void draftsAndFutureArticlesAreIncludedWhenAsked() {
        BuildResult result = new Build().run(site.options().withDrafts(true).withFuture(true));
        assertThat(result.articles()).isEqualTo(3);
        assertThat(site.output().resolve("2025/09/bozza/index.html")).isRegularFile();
        assertThat(site.output().resolve("2025/12/futuro/index.html")).isRegularFile();
    }

    @Test
    void standalonePageIsWrittenAtItsSlugAndLinkedFromTheMenu() {
        site.build();
        Document page = site.page("chi-siamo/index.html");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Chi siamo");
        assertThat(page.selectFirst("#contatti")).isNotNull();
        assertThat(site.page("index.html").select(".site-nav a").eachText()).contains("Chi siamo");
    }

    @Test
    void localBuildLinksToIndexFilesSoTheSiteWorksFromDisk() {
        site.build();
        Document article = site.page("2025/09/pubblicato/index.html");
        assertThat(article.selectFirst(".site-title a").attr("href")).isEqualTo("../../../index.html");
        assertThat(article.selectFirst("a[rel=tag]").attr("href")).isEqualTo("../../../tags/citta/index.html");
        assertThat(article.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("../../../css/site.css");
        assertThat(SiteFiles.brokenLinks(site.output())).isEmpty();
    }

    @Test
    void buildWithBaseUrlLinksToFoldersAndStillRelatively() {
        new Build().run(site.options().withBaseUrl(FixtureSite.PAGES_URL));
        Document article = site.page("2025/09/pubblicato/index.html");
        assertThat(article.selectFirst(".site-title a").attr("href")).isEqualTo("../../../");
        assertThat(article.selectFirst("a[rel=tag]").attr("href")).isEqualTo("../../../tags/citta/");
        assertThat(SiteFiles.brokenLinks(site.output())).isEmpty();
    }

    @Test
    void notFoundPageLinksFromTheBasePathSoItWorksAtAnyDepth() {
        new Build().run(site.options().withBaseUrl(FixtureSite.PAGES_URL));
        Document notFound = site.page("404.html");
        assertThat(notFound.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/my-blog/css/site.css");
        assertThat(notFound.selectFirst(".site-title a").attr("href")).isEqualTo("/my-blog/");
        assertThat(notFound.selectFirst("h1").text()).isEqualTo("Pagina non trovata");
    }

    @Test
    void htmlPermalinkPatternWritesFiles() {
        site.write("content/site.yaml", """
                title: Cronache
                language: it
                timeZone: Europe/Rome
                permalink: /:year/:month/:slug.html
                """);
        site.build();
        assertThat(site.output().resolve("2025/09/pubblicato.html")).isRegularFile();
        assertThat(site.page("index.html").selectFirst(".teaser-title a").attr("href")).isEqualTo("2025/09/pubblicato.html");
        assertThat(SiteFiles.brokenLinks(site.output())).isEmpty();
    }

    @Test
    void rootRelativeLinksInMarkdownBecomeRelativeToThePage() {
        site.write("content/static/images/foto.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .article("2025-09-05-foto", "title: Foto", "![Una foto](/images/foto.svg) e [chi siamo](/chi-siamo/#contatti)\n");
        site.build();
        Document article = site.page("2025/09/foto/index.html");
        assertThat(article.selectFirst(".article-body img").attr("src")).isEqualTo("../../../images/foto.svg");
        assertThat(article.selectFirst(".article-body a").attr("href")).isEqualTo("../../../chi-siamo/index.html#contatti");
        assertThat(SiteFiles.brokenLinks(site.output())).isEmpty();
    }

    @Test
    void tagsThatDifferOnlyByCaseOrAccentsAreOneTagWithAWarning() {
        site.article("2025-09-06-altro", "title: Altro\ntags: [citta, CITTÀ]", "Testo.\n");
        BuildResult result = site.build();
        assertThat(site.page("tags/citta/index.html").select(".teaser")).hasSize(2);
        assertThat(site.page("tags/citta/index.html").selectFirst("h1").text()).isEqualTo("Articoli con tag “Città”");
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.message()).contains("\"citta\"", "\"Città\""));
    }
}
