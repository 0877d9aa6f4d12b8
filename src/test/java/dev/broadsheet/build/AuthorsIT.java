package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import dev.broadsheet.testing.Feeds;
import dev.broadsheet.testing.FixtureSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Authors described once, with a page, a feed, linked bylines and structured data; and names that are not quite theirs. */
class AuthorsIT {

    @TempDir
    Path dir;
    FixtureSite site;

    @BeforeEach
    void newsroom() {
        site = FixtureSite.italian(dir, 2)
                .write("content/authors/anna-rossi.md", """
                        ---
                        name: Anna Rossi
                        role: Corrispondente da Pechino
                        photo: /images/anna.svg
                        email: anna@example.org
                        mastodon: "@anna@giornalisti.example"
                        website: https://annarossi.example
                        x: annarossi
                        ---

                        Segue la *Cina* dal 2019.
                        """)
                .write("content/static/images/anna.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 96 96\"/>")
                .article("2025-09-01-a", "title: A\nauthor: Anna Rossi", "Testo.\n")
                .article("2025-09-02-b", "title: B\nauthor: [Anna Rossi, Marco Bianchi]", "Testo.\n")
                .article("2025-09-03-c", "title: C\nauthor: Anna Rossi", "Testo.\n")
                .article("2025-09-04-d", "title: D\nauthor: Marco Bianchi", "Testo.\n");
    }

    @Test
    void aDescribedAuthorHasAPageWithPhotoRoleBioLinksAndTheirArticlesPaginated() {
        site.build();
        Document page = site.page("authors/anna-rossi/index.html");

        assertThat(page.expectFirst("h1").text()).isEqualTo("Anna Rossi");
        assertThat(page.expectFirst(".author-role").text()).isEqualTo("Corrispondente da Pechino");
        assertThat(page.expectFirst(".author-bio em").text()).isEqualTo("Cina");
        assertThat(page.expectFirst("img.author-photo").attr("src")).isEqualTo("../../images/anna.svg");
        assertThat(page.select(".author-links a").eachAttr("href")).containsExactly("mailto:anna@example.org", "https://annarossi.example",
                "https://giornalisti.example/@anna", "https://x.com/annarossi");
        assertThat(page.select(".teaser-title").eachText()).containsExactly("C", "B");
        assertThat(site.page("authors/anna-rossi/page/2/index.html").select(".teaser-title").eachText()).containsExactly("A");
    }

    @Test
    void aNameWithoutADescriptionStillHasAPlainPageAndEveryAuthorAFeed() {
        new Build().run(site.options().withBaseUrl(FixtureSite.PAGES_URL));

        Document plain = site.page("authors/marco-bianchi/index.html");
        assertThat(plain.expectFirst("h1").text()).isEqualTo("Marco Bianchi");
        assertThat(plain.select(".author-role, .author-bio, img.author-photo")).isEmpty();
        assertThat(plain.select(".teaser-title").eachText()).containsExactly("D", "B");
        assertThat(Feeds.read(site.output().resolve("authors/anna-rossi/feed.xml")).getEntries()).extracting(SyndEntry::getTitle)
                .containsExactly("C", "B", "A");
    }

    @Test
    void bylinesLinkEveryAuthorAndStructuredDataGivesEachAsAPersonWithUrlAndProfiles() throws Exception {
        new Build().run(site.options().withBaseUrl(FixtureSite.PAGES_URL));
        Document article = site.page("2025/09/b/index.html");

        Element byline = article.expectFirst(".byline .author");
        assertThat(byline.text()).isEqualTo("di Anna Rossi e Marco Bianchi");
        assertThat(byline.select("a[rel=author]").eachAttr("href")).containsExactly("../../../authors/anna-rossi/", "../../../authors/marco-bianchi/");
        JsonNode json = new ObjectMapper().readTree(article.expectFirst("script[type=application/ld+json]").data());
        assertThat(json.get("author")).hasSize(2);
        assertThat(json.at("/author/0/@type").asText()).isEqualTo("Person");
        assertThat(json.at("/author/0/url").asText()).isEqualTo(FixtureSite.PAGES_URL + "authors/anna-rossi/");
        assertThat(json.at("/author/0/sameAs")).extracting(JsonNode::asText)
                .containsExactly("https://annarossi.example", "https://giornalisti.example/@anna", "https://x.com/annarossi");
        assertThat(json.at("/author/1/url").asText()).isEqualTo(FixtureSite.PAGES_URL + "authors/marco-bianchi/");
        assertThat(article.expectFirst("meta[name=fediverse:creator]").attr("content")).isEqualTo("@anna@giornalisti.example");
        assertThat(site.page("2025/09/d/index.html").select("meta[name=fediverse:creator]")).isEmpty();
    }

    @Test
    void aNameThatIsNearlyADescribedAuthorsIsAWarningAtItsLineNamingTheKnownOne() {
        site.article("2025-09-05-e", "title: E\nauthor: Ana Rossi", "Testo.\n")
                .article("2025-09-06-f", "title: F\nsummary: x\nauthor: anna rossi", "Testo.\n");

        BuildResult result = site.build();

        assertThat(result.warnings()).extracting(Object::toString)
                .contains("content/articles/2025-09-05-e.md:3: 'Ana Rossi' is nearly the author 'Anna Rossi' of content/authors/anna-rossi.md: "
                        + "is it the same person? Write the name as that file does")
                .contains("content/articles/2025-09-06-f.md:4: 'anna rossi' is spelled differently from the author 'Anna Rossi' of "
                        + "content/authors/anna-rossi.md: write it as that file does");
    }

    @Test
    void aRebuildAfterAnArticleChangesAuthorMatchesAColdBuild() {
        Build remembering = new Build(true);
        remembering.produce(site.options());
        site.article("2025-09-04-d", "title: D\nauthor: Anna Rossi", "Testo.\n");

        BuiltSite rebuilt = remembering.produce(site.options());
        BuiltSite cold = new Build().produce(site.options());

        for (String page : List.of("authors/anna-rossi/index.html", "authors/anna-rossi/page/2/index.html", "authors/marco-bianchi/index.html",
                "2025/09/d/index.html")) {
            assertThat(new String(rebuilt.find(page).orElseThrow().bytes(), StandardCharsets.UTF_8)).as(page)
                    .isEqualTo(new String(cold.find(page).orElseThrow().bytes(), StandardCharsets.UTF_8));
        }
    }
}
