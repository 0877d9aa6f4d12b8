package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.content.Article;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which values of an article a page read, and which changed between two versions of it. */
class ArticleReadsTest {

    private static final ZonedDateTime DAY = ZonedDateTime.parse("2025-09-03T10:00:00+02:00");

    private static Article article(String title, String body) {
        return new Article("content/articles/2025-09-03-x.md", "x", title, DAY, DAY, "Redazione", "Sommario", "", List.of("Esteri"),
                "", "", "", List.of(), false, "<p>" + body + "</p>", body.split(" ").length, body, List.of(), List.of(), "article",
                true, List.of(), Map.of());
    }

    @Test
    void aNewTitleChangesTheTitleOnly() {
        long changed = ArticleReads.changed(article("Prima", "Testo uno"), article("Dopo", "Testo uno"));

        assertThat(changed).isEqualTo(ArticleReads.bitsOf("title"));
    }

    @Test
    void aNewBodyChangesBodyTextAndWordCountButNotTheTitle() {
        long changed = ArticleReads.changed(article("Titolo", "Testo uno"), article("Titolo", "Testo uno e due"));

        assertThat(changed & ArticleReads.bitsOf("bodyHtml")).isNotZero();
        assertThat(changed & ArticleReads.bitsOf("text")).isNotZero();
        assertThat(changed & ArticleReads.bitsOf("wordCount")).isNotZero();
        assertThat(changed & ArticleReads.bitsOf("title")).isZero();
        assertThat(ArticleReads.changed(article("Titolo", "Testo"), article("Titolo", "Testo"))).isZero();
    }

    @Test
    void aPropertyNameCoversItsGetterAndAnUnknownNameCoversEverything() {
        assertThat(ArticleReads.bitsOf("updated") & ArticleReads.bitsOf("isUpdated")).isEqualTo(ArticleReads.bitsOf("isUpdated"));
        assertThat(ArticleReads.bitsOf("noSuchValue")).isEqualTo(ArticleReads.ALL);
    }

    @Test
    void aPageDependsOnlyOnTheValuesItRead() {
        Article article = article("Titolo", "Testo");
        ArticleReads reads = new ArticleReads();
        reads.record(article, ArticleReads.bitsOf("title"));
        reads.record(article, ArticleReads.bitsOf("published"));

        assertThat(reads.sources()).containsExactly(article.source());
        assertThat(reads.read(article.source(), ArticleReads.bitsOf("title"))).isTrue();
        assertThat(reads.read(article.source(), ArticleReads.bitsOf("bodyHtml"))).isFalse();
        assertThat(reads.read("content/articles/other.md", ArticleReads.ALL)).isFalse();
    }
}
