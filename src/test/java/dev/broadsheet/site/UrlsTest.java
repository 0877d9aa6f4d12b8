package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.Strings;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlsTest {

    private static Urls urls(String baseUrl) {
        return new Urls(new SiteConfig("T", "", baseUrl, "it", ZoneId.of("Europe/Rome"), "", 10, 20,
                "/:year/:month/:slug/", 200, false, java.util.List.of(), false, java.util.List.of(), "", "", java.util.List.of(), dev.broadsheet.config.Banner.NONE, java.util.List.of(), new Strings("it", Map.of(), Map.of())), !baseUrl.isEmpty());
    }

    @Test
    void linksAreRelativeToThePage() {
        Urls local = urls("");
        assertThat(local.href("2025/09/x/index.html", "tags/russia/index.html")).isEqualTo("../../../tags/russia/index.html");
        assertThat(local.href("tags/russia/index.html", "tags/russia/page/2/index.html")).isEqualTo("page/2/index.html");
        assertThat(local.href("tags/russia/page/2/index.html", "tags/russia/index.html")).isEqualTo("../../index.html");
        assertThat(local.href("index.html", "index.html")).isEqualTo("index.html");
        assertThat(local.href("2025/09/x/index.html", "2025/09/y/index.html#fine")).isEqualTo("../y/index.html#fine");
    }

    @Test
    void publishedLinksPointToFolders() {
        Urls published = urls("https://user.github.io/my-blog/");
        assertThat(published.href("2025/09/x/index.html", "tags/russia/index.html")).isEqualTo("../../../tags/russia/");
        assertThat(published.href("2025/09/x/index.html", "index.html")).isEqualTo("../../../");
        assertThat(published.href("index.html", "index.html")).isEqualTo("./");
        assertThat(published.href("tags/index.html", "tags/index.html")).isEqualTo("./");
        assertThat(published.href("index.html", "css/site.css")).isEqualTo("css/site.css");
    }

    @Test
    void notFoundPageLinksFromTheBasePath() {
        assertThat(urls("https://user.github.io/my-blog/").href(Urls.NOT_FOUND, "css/site.css")).isEqualTo("/my-blog/css/site.css");
        assertThat(urls("https://example.org").href(Urls.NOT_FOUND, "tags/index.html")).isEqualTo("/tags/");
    }

    @Test
    void absoluteUrlsComeFromTheBaseUrl() {
        assertThat(urls("https://user.github.io/my-blog").absolute("tags/russia/index.html"))
                .isEqualTo("https://user.github.io/my-blog/tags/russia/");
        assertThat(urls("").absolute("index.html")).isEmpty();
    }
}
