package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testing.FixtureSite;
import dev.broadsheet.testing.SiteFiles;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Home and tag pages split at perPage; the edges 0, 1, perPage and perPage + 1. */
class PaginationIT {

    private static final int PER_PAGE = 3;

    @TempDir
    Path temp;

    private FixtureSite siteWith(int articles) {
        FixtureSite site = FixtureSite.italian(temp, PER_PAGE);
        for (int i = 1; i <= articles; i++) {
            site.article("2025-09-%02d-notizia-%d".formatted(i, i), "title: Notizia %d\ntags: [Cronaca]".formatted(i), "Testo.\n");
        }
        return site;
    }

    @ParameterizedTest(name = "{0} articles → {1} home pages")
    @CsvSource({"0, 1", "1, 1", "3, 1", "4, 2", "7, 3"})
    void homePagesSplitAtPerPage(int articles, int pages) {
        FixtureSite site = siteWith(articles);
        site.build();
        Path out = site.output();
        int listed = 0;
        for (int n = 1; n <= pages; n++) {
            Document page = site.page(n == 1 ? "index.html" : "page/" + n + "/index.html");
            // The front page shows its first article as the lead, above the others: every article once, across the pages.
            listed += page.select(".front-main .teaser").size();
            assertThat(page.select(".front-main .teaser").size()).isBetween(articles == 0 ? 0 : 1, PER_PAGE);
            if (pages > 1) {
                assertThat(page.selectFirst(".page-number").text()).isEqualTo("Pagina " + n + " di " + pages);
            } else {
                assertThat(page.select(".pagination")).isEmpty();
            }
            assertThat(page.select("a[rel=prev]")).hasSize(n > 1 ? 1 : 0);
            assertThat(page.select("a[rel=next]")).hasSize(n < pages ? 1 : 0);
        }
        assertThat(listed).isEqualTo(articles);
        assertThat(out.resolve("page/" + (pages + 1) + "/index.html")).doesNotExist();
        assertThat(out.resolve("page/1")).doesNotExist();
        assertThat(SiteFiles.brokenLinks(out)).isEmpty();
    }

    @Test
    void homePageListsNewestFirst() {
        siteWith(4).build();
        Document first = FixtureSite.parse(temp.resolve("site/out/index.html"));
        assertThat(first.select(".teaser-title").eachText()).containsExactly("Notizia 4", "Notizia 3", "Notizia 2");
    }

    @Test
    void emptySiteSaysSoOnTheHomePage() {
        siteWith(0).build();
        assertThat(FixtureSite.parse(temp.resolve("site/out/index.html")).selectFirst(".empty").text())
                .isEqualTo("Ancora nessun articolo.");
    }

    @Test
    void tagPagesSplitTheSameWay() {
        FixtureSite site = siteWith(4);
        site.build();
        Document first = site.page("tags/cronaca/index.html");
        Document second = site.page("tags/cronaca/page/2/index.html");
        assertThat(first.select(".teaser")).hasSize(3);
        assertThat(second.select(".teaser")).hasSize(1);
        assertThat(second.selectFirst(".teaser-title").text()).isEqualTo("Notizia 1");
        assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo("page/2/index.html");
        assertThat(second.selectFirst("a[rel=prev]").attr("href")).isEqualTo("../../index.html");
    }
}
