package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import dev.broadsheet.testing.Feeds;
import dev.broadsheet.testing.FixtureSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sections as a newspaper has them: a page and a feed each, and a block each on the front page, in site.yaml's order. */
class SectionsIT {

    @TempDir
    Path dir;
    FixtureSite site;

    @BeforeEach
    void newsroom() {
        site = FixtureSite.create(dir, """
                title: Cronache di prova
                language: it
                timeZone: Europe/Rome
                perPage: 2
                frontSections: [Politica, Esteri, Sport]
                menu:
                  - title: Esteri
                    url: /sections/esteri/
                """);
        site.article("2025-09-01-a", "title: A\nsection: Esteri", "Testo.\n")
                .article("2025-09-02-b", "title: B\nsection: esteri", "Testo.\n")
                .article("2025-09-03-c", "title: C\nsection: Esteri", "Testo.\n")
                .article("2025-09-04-d", "title: D\nsection: Politica", "Testo.\n")
                .article("2025-09-05-e", "title: E\nsection: Economia", "Testo.\n")
                .article("2025-09-06-f", "title: F\nsection: Politica\nimage: /images/f.jpg\nimageAlt: La foto di F", "Testo.\n")
                .picture("content/static/images/f.jpg", 1600, 900);
    }

    @Test
    void eachSectionHasPaginatedPagesSpellingsThatDifferOnlyInCaseAreOne() {
        site.build();

        Document first = site.page("sections/esteri/index.html");
        assertThat(first.expectFirst("h1").text()).isEqualTo("Esteri");
        assertThat(first.select(".teaser-title").eachText()).containsExactly("C", "B");
        assertThat(site.page("sections/esteri/page/2/index.html").select(".teaser-title").eachText()).containsExactly("A");
        assertThat(site.page("sections/politica/index.html").select(".teaser-title").eachText()).containsExactly("F", "D");
        assertThat(site.page("index.html").expectFirst("nav.site-nav a:containsOwn(Esteri)").attr("href")).isEqualTo("sections/esteri/index.html");
    }

    @Test
    void eachSectionHasAFeedOfItsOwnArticles() throws java.io.IOException {
        new Build().run(site.options().withBaseUrl(FixtureSite.PAGES_URL));

        assertThat(Feeds.read(site.output().resolve("sections/esteri/feed.xml")).getEntries()).extracting(SyndEntry::getTitle)
                .containsExactly("C", "B", "A");
        assertThat(site.page("sections/esteri/index.html").select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .contains("feed.xml");
        assertThat(org.jsoup.Jsoup.parse(site.output().resolve("sitemap.xml").toFile(), "UTF-8", "", org.jsoup.parser.Parser.xmlParser())
                .select("url > loc").eachText()).contains(FixtureSite.PAGES_URL + "sections/esteri/", FixtureSite.PAGES_URL + "sections/politica/");
    }

    @Test
    void theFrontPageLeadsWithTheNewestThenABlockPerConfiguredSectionInOrder() {
        site.build();
        Document front = site.page("index.html");

        Element lead = front.expectFirst(".lead-story");
        assertThat(lead.expectFirst(".teaser-title").text()).isEqualTo("F");
        assertThat(front.select(".teaser .teaser-title").eachText()).containsExactly("F", "E"); // the first page's two, the first as the lead
        assertThat(lead.expectFirst("img").attr("fetchpriority")).isEqualTo("high");
        assertThat(lead.expectFirst("img").attr("alt")).isEqualTo("La foto di F");
        assertThat(lead.expectFirst("img").attr("srcset")).contains("f-800w.jpg 800w");
        List<Element> blocks = front.select(".section-block");
        assertThat(blocks).extracting(block -> block.expectFirst("h2").text()).containsExactly("Politica", "Esteri"); // no Sport articles
        assertThat(blocks.get(0).select("li a").eachText()).containsExactly("D"); // F is the lead
        assertThat(blocks.get(1).select("li a").eachText()).containsExactly("C", "B", "A");
        assertThat(blocks.get(1).expectFirst("h2 a").attr("href")).isEqualTo("sections/esteri/index.html");
        assertThat(front.select(".stories .teaser-title").eachText()).containsExactly("E"); // the first page's other article
        assertThat(site.page("page/2/index.html").select(".lead-story, .section-block")).isEmpty();
    }

    @Test
    void aRebuildAfterAnArticleChangesSectionMatchesAColdBuild() throws Exception {
        Build remembering = new Build(true);
        remembering.produce(site.options());
        site.article("2025-09-01-a", "title: A\nsection: Politica", "Testo.\n");

        BuiltSite rebuilt = remembering.produce(site.options());
        BuiltSite cold = new Build().produce(site.options());

        for (String page : List.of("index.html", "sections/esteri/index.html", "sections/esteri/page/2/index.html",
                "sections/politica/index.html", "sections/politica/page/2/index.html")) {
            String now = rebuilt.find(page).map(o -> new String(o.bytes(), StandardCharsets.UTF_8)).orElse("(none)");
            assertThat(now).as(page).isEqualTo(cold.find(page).map(o -> new String(o.bytes(), StandardCharsets.UTF_8)).orElse("(none)"));
        }
        assertThat(Jsoup.parse(new String(rebuilt.find("sections/politica/page/2/index.html").orElseThrow().bytes(), StandardCharsets.UTF_8))
                .select(".teaser-title").eachText()).containsExactly("A");
    }
}
