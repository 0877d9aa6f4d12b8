package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.BuildException;
import dev.broadsheet.testing.FixtureSite;
import dev.broadsheet.testing.SiteFiles;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Old addresses (front matter {@code aliases}) redirect to the article. */
class AliasIT {

    @TempDir
    Path temp;
    FixtureSite site;

    @BeforeEach
    void site() {
        site = FixtureSite.italian(temp, 10).article("2025-09-03-pechino",
                "title: Pechino\naliases: [/2025/09/vecchio-indirizzo.html, /vecchio/]", "Testo.\n");
    }

    @Test
    void eachAliasIsARedirectPageToTheArticle() {
        new Build().run(site.options().withBaseUrl(FixtureSite.PAGES_URL));
        Document redirect = site.page("2025/09/vecchio-indirizzo.html");
        assertThat(redirect.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=pechino/");
        assertThat(redirect.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://user.github.io/my-blog/2025/09/pechino/");
        assertThat(redirect.selectFirst("body a").attr("href")).isEqualTo("pechino/");
        assertThat(redirect.selectFirst("script").data()).contains("location.hash");
        assertThat(site.page("vecchio/index.html").selectFirst("body a").attr("href")).isEqualTo("../2025/09/pechino/");
    }

    @Test
    void redirectsWorkFromDiskToo() {
        site.build();
        assertThat(SiteFiles.brokenLinks(site.output())).isEmpty();
        assertThat(site.page("2025/09/vecchio-indirizzo.html").selectFirst("body a").attr("href")).isEqualTo("pechino/index.html");
    }

    @Test
    void anAliasOnAnotherArticlesAddressFailsNamingBothFiles() {
        site.article("2025-09-04-altro", "title: Altro\naliases: [/2025/09/pechino/]", "Testo.\n");
        assertThatThrownBy(site::build).isInstanceOf(BuildException.class)
                .hasMessageContaining("2025-09-04-altro.md").hasMessageContaining("2025-09-03-pechino.md");
    }

    @Test
    void anAliasThatLeavesTheSiteIsRejectedAtItsLine() {
        site.article("2025-09-04-altro", "title: Altro\naliases: [/../../etc/passwd]", "Testo.\n");
        assertThatThrownBy(site::build).isInstanceOf(BuildException.class)
                .hasMessageContaining("content/articles/2025-09-04-altro.md:3: alias \"/../../etc/passwd\" is not a plain site path");
    }
}
