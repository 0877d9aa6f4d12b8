package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.BuildException;
import dev.broadsheet.testing.FixtureSite;
import dev.broadsheet.testing.SearchFiles;
import dev.broadsheet.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archive, related articles, table of contents, menu, reading aids and the search index. */
class ReaderFeaturesIT {

    @TempDir
    Path temp;

    private FixtureSite archiveSite(int perPage) {
        return FixtureSite.italian(temp, perPage)
                .article("2024-12-30-vecchio", "title: Vecchio", "Testo.\n")
                .article("2025-08-01-agosto", "title: Agosto", "Testo.\n")
                .article("2025-09-03-uno", "title: Uno", "Testo.\n")
                .article("2025-09-04-due", "title: Due", "Testo.\n")
                .article("2025-09-05-tre", "title: Tre", "Testo.\n");
    }

    @Test
    void archiveGroupsByYearAndMonthNewestFirstWithItalianMonthsAndCounts() {
        FixtureSite site = archiveSite(10);
        site.build();
        Document archive = site.page("archive/index.html");
        assertThat(archive.select(".archive-year > h2 a").eachText()).containsExactly("2025", "2024");
        assertThat(archive.select(".archive-year > h2 .count").eachText()).containsExactly("4 articoli", "1 articolo");
        assertThat(archive.select(".archive-months li a").eachText()).containsExactly("settembre 2025", "agosto 2025", "dicembre 2024");
        assertThat(archive.select(".archive-months li .count").eachText()).containsExactly("3 articoli", "1 articolo", "1 articolo");
        assertThat(archive.select(".archive-months li a").eachAttr("href")).containsExactly("../2025/09/index.html", "../2025/08/index.html",
                "../2024/12/index.html");
        assertThat(archive.select(".teaser, .archive-month")).as("the archive lists months, not articles").isEmpty();
        assertThat(SiteFiles.brokenLinks(site.output())).isEmpty();
    }

    @Test
    void yearAndMonthPagesListThatPeriodPaginated() {
        FixtureSite site = archiveSite(2);
        site.build();
        assertThat(site.page("2025/09/index.html").selectFirst("h1").text()).isEqualTo("Articoli di settembre 2025");
        assertThat(site.page("2025/09/index.html").select(".teaser-title").eachText()).containsExactly("Tre", "Due");
        assertThat(site.page("2025/09/page/2/index.html").select(".teaser-title").eachText()).containsExactly("Uno");
        assertThat(site.page("2025/index.html").selectFirst("h1").text()).isEqualTo("Articoli del 2025");
        assertThat(site.page("2025/page/2/index.html").select(".teaser-title").eachText()).containsExactly("Uno", "Agosto");
        assertThat(site.page("2024/12/index.html").select(".teaser-title").eachText()).containsExactly("Vecchio");
    }

    @Test
    void homeSidebarHasTheCompactArchive() {
        FixtureSite site = archiveSite(10);
        site.build();
        Element block = site.page("index.html").selectFirst(".archive-block");
        // Nothing to press inside a summary (axe: nested-interactive): the year's page is the first entry under it.
        assertThat(block.select("summary a")).isEmpty();
        assertThat(block.select("summary").eachText()).containsExactly("2025 4", "2024 1");
        assertThat(block.select("details ul li").eachText()).containsExactly("Tutto il 2025 4", "settembre 2025 3", "agosto 2025 1",
                "Tutto il 2024 1", "dicembre 2024 1");
        assertThat(block.select("details ul li a").eachAttr("href")).first().isEqualTo("2025/index.html");
    }

    @Test
    void englishArchiveUsesEnglishMonths() {
        FixtureSite site = FixtureSite.create(temp, "title: The Ledger\nlanguage: en\ntimeZone: Europe/London\n")
                .article("2025-09-03-talks", "title: Talks", "Text.\n");
        site.build();
        assertThat(site.page("archive/index.html").select(".archive-months a").eachText()).containsExactly("September 2025");
        assertThat(site.page("2025/09/index.html").selectFirst("h1").text()).isEqualTo("Articles from September 2025");
    }

    @Test
    void relatedArticlesRankRareSharedTagsFirstThenRecency() {
        FixtureSite site = FixtureSite.italian(temp, 10)
                .article("2025-09-01-base", "title: Base\ntags: [Comune, Raro]", "Testo.\n")
                .article("2025-09-02-raro", "title: Con il raro\ntags: [Raro]", "Testo.\n")
                .article("2025-09-03-comune-a", "title: Comune A\ntags: [Comune]", "Testo.\n")
                .article("2025-09-04-comune-b", "title: Comune B\ntags: [Comune]", "Testo.\n")
                .article("2025-09-05-comune-c", "title: Comune C\ntags: [Comune]", "Testo.\n")
                .article("2025-09-06-comune-d", "title: Comune D\ntags: [Comune]", "Testo.\n")
                .article("2025-09-07-altro", "title: Altro\ntags: [Altro]", "Testo.\n");
        site.build();
        List<String> related = site.page("2025/09/base/index.html").select(".related li a").eachText();
        assertThat(related).containsExactly("Con il raro", "Comune D", "Comune C", "Comune B");
        assertThat(site.page("2025/09/altro/index.html").select(".related")).isEmpty();
    }

    @Test
    void articlesWithThreeHeadingsGetATableOfContentsWithWorkingLinks() {
        FixtureSite site = FixtureSite.italian(temp, 10)
                .article("2025-09-01-lungo", "title: Lungo", "## Primo\n\nA\n\n### Dettaglio\n\nB\n\n## Primo\n\nC\n")
                .article("2025-09-02-corto", "title: Corto", "## Uno\n\n## Due\n")
                .article("2025-09-03-spento", "title: Spento\ntoc: false", "## A\n\n## B\n\n## C\n");
        site.build();
        Document page = site.page("2025/09/lungo/index.html");
        List<String> targets = page.select(".toc a").eachAttr("href");
        assertThat(targets).containsExactly("#primo", "#dettaglio", "#primo-2");
        targets.forEach(target -> assertThat(page.getElementById(target.substring(1))).as(target).isNotNull());
        assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        assertThat(site.page("2025/09/corto/index.html").select(".toc")).isEmpty();
        assertThat(site.page("2025/09/spento/index.html").select(".toc")).isEmpty();
    }

    @Test
    void listingsShowExcerptsWithAContinueReadingLinkAndArticlesTheirLength() {
        FixtureSite site = FixtureSite.italian(temp, 10)
                .article("2025-09-01-piu", "title: Con il segno", "Attacco del pezzo.\n\n<!--more-->\n\nResto del pezzo.\n");
        site.build();
        Element teaser = site.page("index.html").selectFirst(".teaser");
        assertThat(teaser.selectFirst(".teaser-summary").text()).isEqualTo("Attacco del pezzo.");
        assertThat(teaser.selectFirst(".more a").text()).isEqualTo("Continua a leggere: Con il segno");
        assertThat(site.page("2025/09/piu/index.html").selectFirst(".article-header .meta").text()).contains("1 min di lettura", "6 parole");
    }

    @Test
    void configuredMenuMarksTheCurrentPage() {
        FixtureSite site = FixtureSite.create(temp, """
                title: Prova
                language: it
                menu:
                  - title: Home
                    url: /
                  - title: Redazione
                    page: chi-siamo
                  - title: Fonte
                    url: https://example.org/
                """).write("content/pages/chi-siamo.md", "---\ntitle: Chi siamo\n---\nNoi.\n");
        site.build();
        Document page = site.page("chi-siamo/index.html");
        assertThat(page.select(".site-nav li a").eachText()).containsExactly("Home", "Redazione", "Fonte");
        assertThat(page.select(".site-nav a[aria-current=page]").eachText()).containsExactly("Redazione");
        assertThat(site.page("index.html").select(".site-nav a[aria-current=page]").eachText()).containsExactly("Home");
        assertThat(page.selectFirst(".site-nav a[href^=https]").attr("href")).isEqualTo("https://example.org/");
    }

    @Test
    void aMenuEntryNamingAMissingPageIsAProblem() {
        FixtureSite site = FixtureSite.create(temp, "title: Prova\nlanguage: it\nmenu:\n  - title: Redazione\n    page: redazione\n");
        assertThatThrownBy(site::build).isInstanceOf(BuildException.class)
                .hasMessageContaining("content/site.yaml:3: menu entry 'Redazione' names page 'redazione'");
    }

    @Test
    void missingInterfaceStringsFallBackToEnglishWithAWarningNamingTheKey() {
        FixtureSite site = archiveSite(10);
        site.write("templates/i18n/it.yaml", "dateFormat: \"d MMMM yyyy\"\n");
        BuildResult result = site.build();
        assertThat(site.page("index.html").selectFirst(".more a").text()).startsWith("Continue reading");
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.toString())
                .isEqualTo("templates/i18n/it.yaml: no interface string 'continueReading', the English one is used — add 'continueReading: …'"));
    }

    @Test
    void searchIndexIsAManifestWithTermAndExcerptShards() throws IOException {
        FixtureSite site = FixtureSite.italian(temp, 10)
                .article("2025-09-01-citta", "title: La Città\ntags: [Roma]\nsummary: Sommario dei governi.", "Il corpo del testo: governo, governi, governare.\n")
                .article("2025-09-02-altro", "title: Un altro articolo\ntags: [Milano]", "Il governo di Milano.\n");
        site.build();
        SearchFiles search = SearchFiles.of(site.output());
        assertThat(search.manifest().get("articles").asInt()).isEqualTo(2);
        assertThat(search.manifest().get("stemmer").asText()).isEqualTo("italian");
        JsonNode newest = search.excerpts().get(0);
        assertThat(newest.get(0).asText()).isEqualTo("Un altro articolo");
        JsonNode entry = search.excerpts().get(1);
        assertThat(entry.get(0).asText()).isEqualTo("La Città");
        assertThat(entry.get(1).asText()).isEqualTo("../2025/09/citta/index.html");
        assertThat(entry.get(2).asText()).isEqualTo("2025-09-01");
        assertThat(entry.get(3).asText()).isEqualTo("1 settembre 2025");
        assertThat(entry.get(4).asText()).isEqualTo("Sommario dei governi.");
        assertThat(entry.get(5).asText()).isEqualTo("Il corpo del testo: governo, governi, governare.");
        // "governo", "governi" and "governare" are one Italian stem; the title's "Città" is folded to "citta".
        SearchFiles.Term govern = search.terms().get("govern");
        assertThat(govern.forms()).contains("governo", "governi", "governare");
        assertThat(govern.postings()).containsOnlyKeys(0, 1);
        assertThat(govern.postings().get(1)).as("in the summary (3) and three times in the text").isEqualTo(3 + 3);
        assertThat(govern.postings().get(0)).as("in the summary, the first paragraph, and once in the text").isEqualTo(3 + 1);
        assertThat(search.terms().get("citt").postings()).as("in the title").containsEntry(1, 10);
        assertThat(search.terms().get("rom").postings()).as("a tag").containsEntry(1, 8);
        assertThat(List.copyOf(search.terms().keySet())).isSorted();
        assertThat(site.page("search/index.html").select("script[src]").eachAttr("src")).containsExactly("../search-index.js",
                "../js/snowball/base-stemmer.js", "../js/snowball/italian-stemmer.js", "../js/search.js");
    }

    @Test
    void searchIndexOfTheExampleSiteStaysUnderFortyPercentOfItsHtml() throws IOException {
        Path out = temp.resolve("example");
        new Build().run(dev.broadsheet.build.BuildOptions.of(FixtureSite.REPOSITORY, out, FixtureSite.CLOCK));
        long html = 0;
        for (Path page : SiteFiles.files(out, ".html")) {
            html += Files.size(page);
        }
        long index = 0;
        for (Path file : SearchFiles.of(out).files()) {
            index += Files.size(file);
        }
        assertThat((double) index / html).isLessThan(0.40);
    }
}
