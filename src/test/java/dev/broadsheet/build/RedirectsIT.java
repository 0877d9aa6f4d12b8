package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rometools.rome.feed.synd.SyndFeed;
import dev.broadsheet.BuildException;
import dev.broadsheet.testing.Feeds;
import dev.broadsheet.testing.FixtureSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Old addresses of a whole site ({@code content/redirects.yaml}) and of pages ({@code aliases}). */
class RedirectsIT {

    @TempDir
    Path temp;
    FixtureSite site;

    @BeforeEach
    void site() {
        site = FixtureSite.italian(temp, 10)
                .article("2025-09-03-pechino", "title: Pechino\ntags: [Corea del Nord, Città]", "Testo.\n")
                .write("content/pages/chi-siamo.md", "---\ntitle: Chi siamo\naliases: [/p/chi-siamo.html]\n---\nLa redazione.\n");
    }

    @Test
    void aPercentEncodedOldAddressIsTheFileAServerLooksUpForIt() {
        site.write("content/redirects.yaml", """
                /search/label/Corea%20del%20Nord: /tags/corea-del-nord/
                /search/label/Citt%C3%A0: /tags/citta/
                """);
        new Build().run(site.options().withBaseUrl(FixtureSite.PAGES_URL));
        Document korea = site.page("search/label/Corea del Nord/index.html");
        assertThat(korea.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=../../../tags/corea-del-nord/");
        assertThat(korea.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://user.github.io/my-blog/tags/corea-del-nord/");
        assertThat(korea.title()).startsWith("Articoli con tag “Corea del Nord”");
        assertThat(site.page("search/label/Città/index.html").selectFirst("body a").attr("href")).isEqualTo("../../../tags/citta/");
    }

    @Test
    void anOldFeedAddressServesACopyOfTheFeedThatNamesTheNewOne() throws Exception {
        site.write("content/redirects.yaml", "/feeds/posts/default: /feed.xml\n/atom.xml: /feed.xml\n");
        new Build().run(site.options().withBaseUrl(FixtureSite.PAGES_URL));
        SyndFeed copy = Feeds.read(site.output().resolve("feeds/posts/default"));
        assertThat(copy.getEntries()).extracting(e -> e.getTitle()).containsExactly("Pechino");
        assertThat(copy.getLinks()).anyMatch(l -> l.getRel().equals("self") && l.getHref().equals("https://user.github.io/my-blog/feed.xml"));
        assertThat(Files.readString(site.output().resolve("atom.xml"))).isEqualTo(Files.readString(site.output().resolve("feed.xml")));
    }

    @Test
    void anAddressLeadingToAPageTheSiteDoesNotHaveIsLeftOutWithAWarning() {
        site.write("content/redirects.yaml", "/search/label/Vuoto: /tags/vuoto/\n");
        BuildResult result = site.build();
        assertThat(site.output().resolve("search/label/Vuoto")).doesNotExist();
        assertThat(result.warnings()).anyMatch(w -> w.toString().startsWith("content/redirects.yaml:1: '/search/label/Vuoto' is left out"));
    }

    @Test
    void aBadOldAddressIsAProblemAtItsLine() {
        site.write("content/redirects.yaml", "/ok/: /tags/citta/\n/search/label/%2e%2e/%2e%2e/x: /tags/citta/\n");
        assertThatThrownBy(site::build).isInstanceOf(BuildException.class)
                .hasMessageContaining("content/redirects.yaml:2: old address \"/search/label/%2e%2e/%2e%2e/x\" is not a plain site path");
    }

    @Test
    void aPageRedirectsFromItsAliases() {
        site.build();
        assertThat(site.page("p/chi-siamo.html").selectFirst("body a").attr("href")).isEqualTo("../chi-siamo/index.html");
    }

    @Test
    void anAliasThatIsTheArticlesOwnAddressIsNotARedirect() {
        site = FixtureSite.create(temp.resolve("html"), "title: Blog\nlanguage: it\npermalink: /:year/:month/:slug.html\n")
                .article("2025-09-03-pechino", "title: Pechino\naliases: [/2025/09/pechino.html]", "Testo.\n");
        site.build();
        assertThat(site.page("2025/09/pechino.html").selectFirst("h1").text()).isEqualTo("Pechino");
    }
}
