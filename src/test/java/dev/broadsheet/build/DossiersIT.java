package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.BuildException;
import dev.broadsheet.testing.FixtureSite;
import dev.broadsheet.testing.SiteFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A story followed over several articles: the dossier's page in reading order, and each part's place in it. */
class DossiersIT {

    @TempDir
    Path dir;
    FixtureSite site;

    @BeforeEach
    void dossier() {
        site = FixtureSite.italian(dir, 10)
                .write("content/dossiers/vertice.md", "---\ntitle: Il vertice di Pechino\nsummary: Tre giorni a Pechino.\n---\n\nLa *storia* del vertice.\n")
                .article("2025-09-02-parata", "title: La parata\ndossier: vertice", "Testo.\n")
                .article("2025-09-05-trattato", "title: Il trattato\ndossier: Vertice\npart: 3", "Testo.\n")
                .article("2025-09-03-colloquio", "title: Il colloquio\ndossier: vertice\npart: 1", "Testo.\n")
                .article("2025-09-04-altro", "title: Altro", "Testo.\n");
    }

    @Test
    void theDossierPageHasItsIntroductionThenItsArticlesInReadingOrder() {
        site.build();
        Document page = site.page("dossiers/vertice/index.html");

        assertThat(page.expectFirst("h1").text()).isEqualTo("Il vertice di Pechino");
        assertThat(page.expectFirst(".article-body em").text()).isEqualTo("storia");
        // part 1, part 3, then the one without a part, by date
        assertThat(page.select(".dossier-parts h3").eachText()).containsExactly("Il colloquio", "Il trattato", "La parata");
        assertThat(page.select(".dossier-part").eachText()).containsExactly("Parte 1 di 3", "Parte 2 di 3", "Parte 3 di 3");
        assertThat(page.select("nav.site-nav a").eachText()).doesNotContain("Il vertice di Pechino"); // not a page of the menu
        assertThat(SiteFiles.brokenLinks(site.output())).isEmpty();
    }

    @Test
    void eachPartSaysWhereItStandsAndLinksTheOnesBeforeAndAfter() {
        site.build();
        Element middle = site.page("2025/09/trattato/index.html").expectFirst("nav.dossier-nav");
        assertThat(middle.expectFirst("strong").text()).isEqualTo("Parte 2 di 3");
        assertThat(middle.expectFirst("p a").attr("href")).isEqualTo("../../../dossiers/vertice/index.html");
        assertThat(middle.expectFirst(".dossier-previous a").text()).isEqualTo("Il colloquio");
        assertThat(middle.expectFirst(".dossier-next a").text()).isEqualTo("La parata");

        Element first = site.page("2025/09/colloquio/index.html").expectFirst("nav.dossier-nav");
        assertThat(first.select(".dossier-previous")).isEmpty();
        assertThat(first.expectFirst(".dossier-next a").attr("href")).isEqualTo("../trattato/index.html");
        assertThat(site.page("2025/09/altro/index.html").select("nav.dossier-nav")).isEmpty();
    }

    @Test
    void aRebuildAfterAPartMovesMatchesAColdBuild() {
        Build remembering = new Build(true);
        remembering.produce(site.options());
        site.article("2025-09-02-parata", "title: La parata\ndossier: vertice\npart: 2", "Testo.\n");

        BuiltSite rebuilt = remembering.produce(site.options());
        BuiltSite cold = new Build().produce(site.options());

        for (String page : List.of("dossiers/vertice/index.html", "2025/09/parata/index.html", "2025/09/trattato/index.html",
                "2025/09/colloquio/index.html")) {
            assertThat(new String(rebuilt.find(page).orElseThrow().bytes(), StandardCharsets.UTF_8)).as(page)
                    .isEqualTo(new String(cold.find(page).orElseThrow().bytes(), StandardCharsets.UTF_8));
        }
        assertThat(new String(rebuilt.find("2025/09/parata/index.html").orElseThrow().bytes(), StandardCharsets.UTF_8)).contains("Parte 2 di 3");
    }

    @Test
    void aDossierWithoutAnIntroductionIsAWarningAndAWrongPartAProblemAtItsLine() {
        site.article("2025-09-06-orfano", "title: Orfano\ndossier: sconosciuto", "Testo.\n");
        assertThat(site.build().warnings()).extracting(Object::toString).contains("content/articles/2025-09-06-orfano.md: names the dossier "
                + "'sconosciuto', which has no introduction: add content/dossiers/sconosciuto.md with a title and a few lines about the story");

        site.article("2025-09-07-rotto", "title: Rotto\ndossier: vertice\npart: primo", "Testo.\n");
        assertThatThrownBy(site::build).isInstanceOf(BuildException.class)
                .hasMessageContaining("content/articles/2025-09-07-rotto.md:4: 'part' must be the article's place in its dossier, 1 or more");
    }
}
