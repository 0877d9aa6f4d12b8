package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testing.FixtureSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same theme in English: strings, dates and the page language follow {@code language: en}. */
class EnglishSiteIT {

    @Test
    void interfaceAndDatesAreInEnglish(@TempDir Path temp) {
        FixtureSite site = FixtureSite.create(temp, """
                title: The Ledger
                language: en
                timeZone: Europe/London
                perPage: 1
                """)
                .article("2025-09-03-talks", "title: Talks in Beijing\ndate: 2025-09-03T18:30:00+02:00\ntags: [Russia]", "Text.\n")
                .article("2025-09-04-more", "title: More\ntags: [Russia]", "Text.\n");
        site.build();
        Document article = site.page("2025/09/talks/index.html");
        assertThat(article.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(article.selectFirst(".article-header time").text()).isEqualTo("September 3, 2025");
        assertThat(article.selectFirst(".article-header time").attr("datetime")).isEqualTo("2025-09-03T17:30:00+01:00");
        Document tag = site.page("tags/russia/index.html");
        assertThat(tag.selectFirst("h1").text()).isEqualTo("Tagged “Russia”");
        assertThat(tag.selectFirst(".page-number").text()).isEqualTo("Page 1 of 2");
        assertThat(site.page("tags/index.html").selectFirst(".tag-index .count").text()).isEqualTo("2 articles");
    }
}
