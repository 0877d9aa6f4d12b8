package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import dev.broadsheet.testing.Feeds;
import dev.broadsheet.testing.FixtureSite;
import dev.broadsheet.testing.SiteFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedIT {

    static final String HOSTILE = "</title><script>alert(1)</script> & \"Q\" 'A' <!-- Città";

    @TempDir
    Path temp;
    FixtureSite site;

    @BeforeEach
    void site() {
        site = FixtureSite.italian(temp, 10)
                .write("content/site.yaml", "title: Cronache\nlanguage: it\ntimeZone: Europe/Rome\nauthor: Redazione\nfeedSize: 2\n")
                .write("content/static/images/foto.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .article("2025-09-01-primo", "title: Primo\ntags: [Russia]\nupdated: 2025-09-20T10:00:00+02:00",
                        "Testo con ![foto](/images/foto.svg), [il secondo](../../09/secondo/) e [nota](#fine).\n\n## Fine\n")
                .article("2025-09-02-secondo", "title: '" + HOSTILE.replace("'", "''") + "'\ntags: [Russia, Cina]\nauthor: Anna", "Secondo.\n")
                .article("2025-09-03-terzo", "title: Terzo\ntags: [Cina]", "Terzo.\n");
    }

    private SyndFeed built(String path) {
        new Build().run(site.options().withBaseUrl(FixtureSite.PAGES_URL));
        return Feeds.read(site.output().resolve(path));
    }

    @Test
    void siteFeedHasTheNewestArticlesWithExactTitles() {
        SyndFeed feed = built("feed.xml");
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Cronache");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Terzo", HOSTILE);
        Feed atom = (Feed) feed.originalWireFeed();
        assertThat(atom.getAlternateLinks()).singleElement().satisfies(link -> assertThat(link.getHref()).isEqualTo(FixtureSite.PAGES_URL));
        assertThat(atom.getOtherLinks()).singleElement().satisfies(link -> {
            assertThat(link.getRel()).isEqualTo("self");
            assertThat(link.getHref()).isEqualTo(FixtureSite.PAGES_URL + "feed.xml");
        });
    }

    @Test
    void entriesCarryLinksDatesAuthorCategoriesSummaryAndContent() {
        SyndEntry entry = built("feed.xml").getEntries().get(1);
        assertThat(entry.getLink()).isEqualTo(FixtureSite.PAGES_URL + "2025/09/secondo/");
        assertThat(entry.getPublishedDate().toInstant()).isEqualTo(Instant.parse("2025-09-01T22:00:00Z"));
        assertThat(entry.getAuthor()).isEqualTo("Anna");
        assertThat(entry.getCategories()).extracting(c -> c.getName()).containsExactly("russia", "cina");
        assertThat(entry.getDescription().getValue()).isEqualTo("Secondo.");
        assertThat(entry.getContents().get(0).getValue()).contains("<p>Secondo.</p>");
    }

    @Test
    void feedUpdatedIsTheNewestEntryUpdateNotTheClock() {
        new Build().run(site.options().withBaseUrl(FixtureSite.PAGES_URL));
        Feed russia = (Feed) Feeds.read(site.output().resolve("tags/russia/feed.xml")).originalWireFeed();
        assertThat(russia.getUpdated().toInstant()).isEqualTo(Instant.parse("2025-09-20T08:00:00Z"));
        assertThat(russia.getEntries().get(1).getUpdated().toInstant()).isEqualTo(Instant.parse("2025-09-20T08:00:00Z"));
    }

    @Test
    void contentLinksAndImagesAreAbsolute() {
        site.write("content/site.yaml", "title: Cronache\nlanguage: it\ntimeZone: Europe/Rome\nauthor: Redazione\nfeedSize: 3\n");
        SyndFeed feed = built("feed.xml");
        SyndEntry first = feed.getEntries().stream().filter(e -> e.getTitle().equals("Primo")).findFirst().orElseThrow();
        Document content = Jsoup.parseBodyFragment(first.getContents().get(0).getValue());
        assertThat(content.selectFirst("img").attr("src")).isEqualTo(FixtureSite.PAGES_URL + "images/foto.svg");
        assertThat(content.select("a").eachAttr("href")).containsExactly(FixtureSite.PAGES_URL + "2025/09/secondo/", FixtureSite.PAGES_URL + "2025/09/primo/#fine");
    }

    @Test
    void aTagsFeedCarriesSummariesAndLinksTheSitesFeedWholeArticles() {
        SyndFeed tag = built("tags/russia/feed.xml");
        assertThat(tag.getEntries()).allSatisfy(entry -> {
            assertThat(entry.getContents()).isEmpty();
            assertThat(entry.getDescription().getValue()).isNotBlank();
            assertThat(entry.getLink()).startsWith(FixtureSite.PAGES_URL);
        });
        assertThat(built("feed.xml").getEntries()).allSatisfy(entry -> assertThat(entry.getContents()).hasSize(1));
    }

    @Test
    void tagFeedHasOnlyThatTagsArticles() {
        SyndFeed feed = built("tags/cina/feed.xml");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Terzo", HOSTILE);
        assertThat(feed.getTitle()).isEqualTo("Cronache · Cina");
    }

    @Test
    void entryIdsAreUniqueAndStayTheSameAcrossBuildsAndBaseUrls() {
        List<String> ids = built("tags/russia/feed.xml").getEntries().stream().map(SyndEntry::getUri).toList();
        assertThat(new HashSet<>(ids)).hasSize(2);
        assertThat(ids).allMatch(id -> id.startsWith("urn:uuid:"));
        new Build().run(site.options().withBaseUrl("https://cronache.example/"));
        assertThat(Feeds.read(site.output().resolve("tags/russia/feed.xml")).getEntries()).extracting(SyndEntry::getUri).isEqualTo(ids);
    }

    @Test
    void everyPageAdvertisesTheSiteFeedAndTagPagesTheirOwn() {
        new Build().run(site.options().withBaseUrl(FixtureSite.PAGES_URL));
        for (Path page : SiteFiles.files(site.output(), ".html")) {
            Document document = FixtureSite.parse(page);
            assertThat(document.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                    .as(page.toString()).anyMatch(href -> href.endsWith("feed.xml") && !href.contains("tags/"));
        }
        assertThat(site.page("tags/cina/index.html").select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .contains("feed.xml");
    }

    @Test
    void localBuildFeedLinksAreRelativeToTheFeed() {
        site.write("content/site.yaml", "title: Cronache\nlanguage: it\ntimeZone: Europe/Rome\nauthor: Redazione\nfeedSize: 3\n");
        site.build();
        SyndFeed feed = Feeds.read(site.output().resolve("feed.xml"));
        SyndEntry primo = feed.getEntries().stream().filter(e -> e.getTitle().equals("Primo")).findFirst().orElseThrow();
        Document content = Jsoup.parseBodyFragment(primo.getContents().get(0).getValue());
        assertThat(content.selectFirst("img").attr("src")).isEqualTo("images/foto.svg");
        assertThat(SiteFiles.resolves(site.output(), site.output().resolve("feed.xml"), content.selectFirst("img").attr("src"))).isTrue();
        SyndFeed tag = Feeds.read(site.output().resolve("tags/russia/feed.xml"));
        assertThat(tag.getEntries()).extracting(SyndEntry::getLink).contains("../../2025/09/primo/index.html");
    }
}
