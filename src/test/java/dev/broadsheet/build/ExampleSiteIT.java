package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.build.BuildOptions;
import dev.broadsheet.testing.FixtureSite;
import dev.broadsheet.testing.HtmlValidator;
import dev.broadsheet.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own content/ and templates/, built as mvn package builds them. */
class ExampleSiteIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String SEED = "2025/09/putin-kim-pechino/index.html";

    @TempDir
    static Path temp;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() {
        site = temp.resolve("site");
        result = new Build().run(BuildOptions.of(FixtureSite.REPOSITORY, site, CLOCK));
    }

    @Test
    void buildsWithoutWarnings() {
        assertThat(result.warnings()).isEmpty();
        assertThat(result.articles()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void seedArticleHasItsTitleAsHeadlineAndItalianDate() {
        Document page = FixtureSite.parse(site.resolve(SEED));
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).startsWith("Putin e Kim");
        assertThat(page.title()).startsWith(page.selectFirst("h1").text());
        Element time = page.selectFirst(".article-header time");
        assertThat(time.text()).isEqualTo("3 settembre 2025");
        assertThat(time.attr("datetime")).isEqualTo("2025-09-03T18:30:00+02:00");
        assertThat(page.selectFirst(".dateline").text()).isEqualTo("Pechino");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("it");
    }

    @Test
    void seedArticleKeepsTheReportsStructureAndDropsBloggersWidget() {
        Document page = FixtureSite.parse(site.resolve(SEED));
        assertThat(page.select(".article-body h2").eachText()).containsExactly(
                "Contenuti politici del colloquio", "Invito in Russia e prospettive", "Il contesto cinese");
        assertThat(page.select(".article-body ul > li")).hasSize(3);
        assertThat(page.selectFirst(".article-body").text())
                .contains("“dovere fraterno”", "l’80° anniversario", "Tian’anmen")
                .doesNotContain("Nessun commento", "Posta un commento");
    }

    @Test
    void seedArticleTagsLinkToTagPagesThatListIt() {
        Path page = site.resolve(SEED);
        List<Element> tags = FixtureSite.parse(page).select(".article-tags a[rel=tag]");
        assertThat(tags).extracting(Element::text)
                .containsExactly("Russia", "Corea del Nord", "Cina", "Vladimir Putin", "Kim Jong-un", "Diplomazia");
        for (Element tag : tags) {
            Path tagPage = page.getParent().resolve(tag.attr("href")).normalize();
            Document listing = FixtureSite.parse(tagPage);
            assertThat(listing.selectFirst("h1").text()).isEqualTo("Articoli con tag “" + tag.text() + "”");
            assertThat(listing.select(".teaser-title a").eachText()).anyMatch(t -> t.startsWith("Putin e Kim"));
        }
    }

    @Test
    void tagIndexListsEveryTagWithItsCountInItalianOrder() {
        Document index = FixtureSite.parse(site.resolve("tags/index.html"));
        List<String> names = index.select(".tag-index li a").eachText();
        assertThat(names).contains("Corea del Nord", "Kim Jong-un", "Russia", "Guida");
        assertThat(names).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.ITALIAN)::compare);
        for (Element item : index.select(".tag-index li")) {
            Path tagPage = site.resolve("tags").resolve(item.selectFirst("a").attr("href")).normalize();
            int listed = FixtureSite.parse(tagPage).select(".teaser").size();
            assertThat(item.selectFirst(".count").text()).isEqualTo(listed == 1 ? "1 articolo" : listed + " articoli");
        }
    }

    @Test
    void everyInternalLinkResolvesToAWrittenFile() {
        assertThat(SiteFiles.files(site, ".html")).hasSizeGreaterThan(10);
        assertThat(SiteFiles.brokenLinks(site)).isEmpty();
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() {
        assertThat(HtmlValidator.errors(site)).isEmpty();
    }

    @Test
    void everyFeedParsesWithTheExactTitles() {
        var feed = dev.broadsheet.testing.Feeds.read(site.resolve("feed.xml"));
        assertThat(feed.getEntries()).extracting(com.rometools.rome.feed.synd.SyndEntry::getTitle)
                .contains("Putin e Kim, colloquio a porte chiuse a Diaoyutai: “alleanza e fiducia” tra Mosca e Pyongyang");
        for (Path tagFeed : SiteFiles.files(site.resolve("tags"), "feed.xml")) {
            assertThat(dev.broadsheet.testing.Feeds.read(tagFeed).getEntries()).as(tagFeed.toString()).isNotEmpty();
        }
    }

    @Test
    void staticFilesOfContentAndThemeAreCopied() {
        assertThat(site.resolve("css/site.css")).isRegularFile();
        assertThat(site.resolve("images/redazione.svg")).isRegularFile();
        assertThat(site.resolve("favicon.svg")).isRegularFile();
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        Path again = temp.resolve("again");
        new Build().run(BuildOptions.of(FixtureSite.REPOSITORY, again, CLOCK));
        List<Path> first = SiteFiles.files(site, "");
        List<Path> second = SiteFiles.files(again, "");
        assertThat(second.stream().map(again::relativize).toList())
                .isEqualTo(first.stream().map(site::relativize).toList());
        for (Path file : first) {
            assertThat(Files.readAllBytes(again.resolve(site.relativize(file))))
                    .as(site.relativize(file).toString())
                    .isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void noPageRequestsAnythingFromAnotherHost() {
        for (Path page : SiteFiles.files(site, ".html")) {
            Document document = FixtureSite.parse(page);
            assertThat(document.select("link[href^=http], link[href^=//], script[src^=http], script[src^=//], img[src^=http], img[src^=//], iframe"))
                    .as(page.toString()).isEmpty();
        }
    }
}
