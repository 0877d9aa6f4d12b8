package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.BuildException;
import dev.broadsheet.testing.FixtureSite;
import dev.broadsheet.testing.SiteFiles;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links to other source files become links to their pages; broken ones are problems at their line. */
class CrossReferenceIT {

    @TempDir
    Path temp;
    FixtureSite site;

    @BeforeEach
    void site() {
        site = FixtureSite.italian(temp, 10)
                .article("2025-09-03-putin-kim-pechino", "title: Pechino", "Testo.\n\n## Il contesto cinese\n")
                .write("content/pages/chi-siamo.md", "---\ntitle: Chi siamo\n---\nNoi.\n\n## Contatti\n");
    }

    @Test
    void linksToSourceFilesBecomeRelativePageLinksWithTheirFragment() {
        site.article("2025-10-01-seguito", "title: Seguito",
                "[vedi](2025-09-03-putin-kim-pechino.md), [contesto](2025-09-03-putin-kim-pechino.md#il-contesto-cinese), "
                        + "[chi siamo](../pages/chi-siamo.md#contatti)\n");
        site.build();
        Document page = site.page("2025/10/seguito/index.html");
        assertThat(page.select(".article-body a").eachAttr("href")).containsExactly(
                "../../09/putin-kim-pechino/index.html", "../../09/putin-kim-pechino/index.html#il-contesto-cinese",
                "../../../chi-siamo/index.html#contatti");
        assertThat(SiteFiles.brokenLinks(site.output())).isEmpty();
    }

    @Test
    void publishedLinksToSourceFilesPointToFolders() {
        site.article("2025-10-01-seguito", "title: Seguito", "[vedi](2025-09-03-putin-kim-pechino.md)\n");
        new Build().run(site.options().withBaseUrl("https://example.org/"));
        assertThat(site.page("2025/10/seguito/index.html").selectFirst(".article-body a").attr("href")).isEqualTo("../../09/putin-kim-pechino/");
    }

    @Test
    void aLinkToAMissingFileIsAProblemAtItsLine() {
        site.article("2025-10-01-seguito", "title: Seguito", "Primo.\n\n[vedi](2025-09-03-manca.md)\n");
        assertThatThrownBy(site::build).isInstanceOf(BuildException.class)
                .hasMessageContaining("content/articles/2025-10-01-seguito.md:6: link \"2025-09-03-manca.md\" names content/articles/2025-09-03-manca.md");
    }

    @Test
    void aLinkToAMissingAnchorIsAProblemAtItsLine() {
        site.article("2025-10-01-seguito", "title: Seguito", "[contatti](../pages/chi-siamo.md#telefono)\n");
        assertThatThrownBy(site::build).isInstanceOf(BuildException.class)
                .hasMessageContaining("content/articles/2025-10-01-seguito.md:4: link \"../pages/chi-siamo.md#telefono\": chi-siamo/index.html has no anchor #telefono");
    }

    @Test
    void aMissingImageIsAProblemAtItsLine() {
        site.article("2025-10-01-seguito", "title: Seguito", "Testo\n\n![foto](/images/assente.jpg)\n");
        assertThatThrownBy(site::build).isInstanceOf(BuildException.class)
                .hasMessageContaining("content/articles/2025-10-01-seguito.md:6: image \"/images/assente.jpg\" points to images/assente.jpg");
    }

    @Test
    void aLinkToADraftIsAProblem() {
        site.article("2025-09-05-bozza", "title: Bozza\ndraft: true", "Bozza.\n")
                .article("2025-10-01-seguito", "title: Seguito", "[bozza](2025-09-05-bozza.md)\n");
        assertThatThrownBy(site::build).isInstanceOf(BuildException.class).hasMessageContaining("not a published article or page");
    }
}
