package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.BuildException;
import dev.broadsheet.testing.FixtureSite;
import dev.broadsheet.testing.SiteFiles;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers' comments, read from {@code <article>.comments.yaml}, shown read-only under the article. */
class CommentsIT {

    @TempDir
    Path temp;
    FixtureSite site;

    @BeforeEach
    void site() {
        site = FixtureSite.italian(temp, 10).article("2025-09-03-pechino", "title: Pechino", "Testo.\n");
    }

    @Test
    void commentsAreShownOldestFirstWithRepliesUnderWhatTheyAnswer() {
        site.write("content/articles/2025-09-03-pechino.comments.yaml", """
                c3:
                  author: Giulia
                  date: 2025-09-04T09:00:00+02:00
                  text: Secondo commento.
                c2:
                  author: Marco
                  url: https://www.blogger.com/profile/42
                  date: 2025-09-03T20:00:00+02:00
                  replyTo: c1
                  text: Risposta al primo.
                c1:
                  author: ""
                  date: 2025-09-03T19:02:00+02:00
                  text: Primo *commento*.
                """).build();
        Document page = site.page("2025/09/pechino/index.html");
        assertThat(page.select(".comment").eachAttr("id")).containsExactly("c1", "c2", "c3");
        assertThat(page.selectFirst("#comments-title").text()).isEqualTo("3 commenti");
        Element first = page.getElementById("c1");
        assertThat(first.selectFirst(".comment-author").text()).isEqualTo("Anonimo");
        assertThat(first.selectFirst(".comment-text em").text()).isEqualTo("commento");
        assertThat(first.selectFirst("time").text()).isEqualTo("3 settembre 2025 alle 19:02");
        Element reply = page.getElementById("c2");
        assertThat(reply.hasClass("depth-1")).isTrue();
        assertThat(reply.selectFirst(".comment-author a").attr("href")).isEqualTo("https://www.blogger.com/profile/42");
        assertThat(reply.selectFirst(".comment-author a").attr("rel")).isEqualTo("nofollow ugc");
    }

    @Test
    void aFootnoteInACommentCannotCollideWithTheArticlesOwnFootnotes() {
        site.article("2025-09-03-pechino", "title: Pechino", "Testo.[^1]\n\n[^1]: La nota dell'articolo.\n")
                .write("content/articles/2025-09-03-pechino.comments.yaml", "c1:\n  date: 2025-09-03\n  text: \"Vero[^1]\\n\\n[^1]: la mia nota.\"\n")
                .build();
        Document page = site.page("2025/09/pechino/index.html");
        List<String> ids = page.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(page.select(".comment-text sup, .comment-text .footnotes")).isEmpty();
        assertThat(page.getElementById("c1").selectFirst(".comment-text").text()).contains("Vero[^1]");
    }

    @Test
    void theCountShowsOnListings() {
        site.write("content/articles/2025-09-03-pechino.comments.yaml", "c1:\n  author: Marco\n  date: 2025-09-03\n  text: Bene.\n").build();
        assertThat(site.page("index.html").selectFirst(".teaser .meta a[href$=#comments]").text()).isEqualTo("1 commento");
    }

    @Test
    void aCommentCanNeitherAddHtmlNorLoadAnything() {
        site.write("content/articles/2025-09-03-pechino.comments.yaml", """
                c1:
                  author: "<b>Troll</b>"
                  date: 2025-09-03
                  text: "<script>alert(1)</script> ![foto](https://tracker.example/pixel.gif) [link](javascript:alert(1))"
                """).build();
        Element comment = site.page("2025/09/pechino/index.html").getElementById("c1");
        assertThat(comment.select("script, img, b")).isEmpty();
        assertThat(comment.selectFirst(".comment-author").text()).isEqualTo("<b>Troll</b>");
        assertThat(comment.selectFirst(".comment-text").text()).contains("<script>alert(1)</script>").contains("[foto]");
        assertThat(comment.select("a[href^=javascript]")).isEmpty();
    }

    @Test
    void aRemovedCommentIsShownAsRemovedWithoutItsText() {
        site.write("content/articles/2025-09-03-pechino.comments.yaml",
                "c1:\n  author: Marco\n  date: 2025-09-03\n  removed: true\n  text: Testo che non deve apparire.\n").build();
        Element comment = site.page("2025/09/pechino/index.html").getElementById("c1");
        assertThat(comment.selectFirst(".comment-removed").text()).isEqualTo("Questo commento è stato eliminato.");
        assertThat(comment.text()).doesNotContain("non deve apparire");
    }

    @Test
    void aLongThreadContinuesOnPagesOfItsOwnWithoutSplittingReplies() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            yaml.append("c").append(i).append(":\n  author: Lettore ").append(i)
                    .append("\n  date: 2025-09-03T").append(java.time.LocalTime.NOON.plusMinutes(i)).append(":00+02:00\n")
                    // c50 answers c1, so the first page keeps it under c1 although it is the 50th comment
                    .append(i == 50 ? "  replyTo: c1\n" : "")
                    .append("  text: Commento ").append(i).append(".\n");
        }
        String text = yaml.toString();
        site.write("content/articles/2025-09-03-pechino.comments.yaml", text).build();
        Document first = site.page("2025/09/pechino/index.html");
        assertThat(first.select(".comment")).hasSize(50);
        assertThat(first.select(".comment").get(1).id()).isEqualTo("c50");
        Document second = site.page("2025/09/pechino/comments/2/index.html");
        assertThat(second.select(".comment")).hasSize(10);
        assertThat(second.selectFirst("h1 a").attr("href")).isEqualTo("../../index.html");
        assertThat(first.selectFirst("#comments .pagination a[rel=next]").attr("href")).isEqualTo("comments/2/index.html#comments");
        assertThat(SiteFiles.brokenLinks(site.output())).isEmpty();
    }

    @Test
    void aCommentAnsweringAnUnknownCommentIsAProblemAtItsLine() {
        site.write("content/articles/2025-09-03-pechino.comments.yaml", "c1:\n  date: 2025-09-03\n  text: Bene.\nc2:\n  date: 2025-09-04\n  replyTo: c9\n  text: Eh.\n");
        assertThatThrownBy(site::build).isInstanceOf(BuildException.class)
                .hasMessageContaining("content/articles/2025-09-03-pechino.comments.yaml:4: comment c2 answers 'c9'");
    }

    @Test
    void aCommentsFileWithoutItsArticleIsAProblem() {
        site.write("content/articles/2025-09-04-altro.comments.yaml", "c1:\n  date: 2025-09-03\n  text: Bene.\n");
        assertThatThrownBy(site::build).isInstanceOf(BuildException.class)
                .hasMessageContaining("content/articles/2025-09-04-altro.comments.yaml: has no article 2025-09-04-altro.md beside it");
    }
}
