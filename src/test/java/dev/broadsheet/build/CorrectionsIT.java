package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import dev.broadsheet.BuildException;
import dev.broadsheet.testing.Feeds;
import dev.broadsheet.testing.FixtureSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corrections in public: at the foot of the article, in its structured data, up in the feeds, and on the record page. */
class CorrectionsIT {

    @TempDir
    Path dir;
    FixtureSite site;

    @BeforeEach
    void siteWithACorrectedArticle() {
        site = FixtureSite.italian(dir, 10)
                .article("2025-09-03-vertice", """
                        title: Il vertice
                        date: 2025-09-03T18:30:00+02:00
                        corrections:
                          - date: 2025-09-20T10:15
                            text: Il trattato è stato firmato il 19 giugno 2024, non a luglio.
                          - date: 2025-09-04T09:00
                            text: Kim è arrivato in treno, non in aereo.
                        """, "Testo.\n")
                .article("2025-09-10-dopo", "title: Dopo\ndate: 2025-09-10T08:00:00+02:00", "Testo.\n")
                .article("2025-09-12-altro", """
                        title: Altro
                        date: 2025-09-12T08:00:00+02:00
                        corrections:
                          - date: 2025-09-13T12:00
                            text: Il nome del ministro era sbagliato.
                        """, "Testo.\n");
    }

    @Test
    void theArticleShowsItsCorrectionsDatedAndIsUpdatedByTheLatest() throws Exception {
        new Build().run(site.options().withBaseUrl(FixtureSite.PAGES_URL));
        Document page = site.page("2025/09/vertice/index.html");

        Element corrections = page.expectFirst("section.corrections");
        assertThat(corrections.select("li").eachText()).containsExactly(
                "Rettifica del 4 settembre 2025: Kim è arrivato in treno, non in aereo.",
                "Rettifica del 20 settembre 2025: Il trattato è stato firmato il 19 giugno 2024, non a luglio.");
        assertThat(page.expectFirst("meta[property=article:modified_time]").attr("content")).isEqualTo("2025-09-20T10:15:00+02:00");
        JsonNode json = new ObjectMapper().readTree(page.expectFirst("script[type=application/ld+json]").data());
        assertThat(json.get("dateModified").asText()).isEqualTo("2025-09-20T10:15:00+02:00");
        assertThat(json.get("correction")).hasSize(2);
        assertThat(json.at("/correction/1/@type").asText()).isEqualTo("CorrectionComment");
        assertThat(json.at("/correction/1/datePublished").asText()).isEqualTo("2025-09-20T10:15:00+02:00");
        assertThat(json.at("/correction/1/text").asText()).isEqualTo("Il trattato è stato firmato il 19 giugno 2024, non a luglio.");
        assertThat(site.page("2025/09/dopo/index.html").select("section.corrections")).isEmpty();
    }

    @Test
    void aCorrectedArticleComesBackUpInTheFeedsAsAnUpdate() {
        new Build().run(site.options().withBaseUrl(FixtureSite.PAGES_URL));
        SyndFeed feed = Feeds.read(site.output().resolve("feed.xml"));

        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Il vertice", "Altro", "Dopo");
        assertThat(feed.getEntries().get(0).getUpdatedDate().toInstant()).hasToString("2025-09-20T08:15:00Z");
        assertThat(feed.getEntries().get(0).getPublishedDate().toInstant()).hasToString("2025-09-03T16:30:00Z");
    }

    @Test
    void theRecordListsEveryCorrectionNewestFirstWithItsArticle() {
        site.build();
        Document record = site.page("corrections/index.html");

        List<Element> items = record.select(".corrections-list > li");
        assertThat(items).extracting(li -> li.expectFirst("time").attr("datetime"))
                .containsExactly("2025-09-20T10:15:00+02:00", "2025-09-13T12:00:00+02:00", "2025-09-04T09:00:00+02:00");
        assertThat(items).extracting(li -> li.expectFirst("a").text()).containsExactly("Il vertice", "Altro", "Il vertice");
        assertThat(items.get(0).expectFirst("a").attr("href")).isEqualTo("../2025/09/vertice/index.html");
        assertThat(site.page("index.html").select("footer a[href=corrections/index.html]")).hasSize(1);
    }

    @Test
    void aCorrectionWithoutADateIsAProblemAtItsLine() {
        site.article("2025-09-14-rotto", "title: Rotto\ncorrections:\n  - text: Senza data.\n", "Testo.\n");

        assertThatThrownBy(site::build).isInstanceOf(BuildException.class)
                .hasMessageContaining("content/articles/2025-09-14-rotto.md:3: every correction needs a 'date' and a 'text'");
    }
}
