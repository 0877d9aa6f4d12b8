package dev.broadsheet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class EmbedTest {

    private final Markdown markdown = new Markdown();

    @Test
    void eachProvidersPageAddressGivesItsFrameAndItsPage() {
        record Case(String url, Embed.Provider provider, String frame, String page) {
        }
        List<Case> cases = List.of(
                new Case("https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=10", Embed.Provider.YOUTUBE,
                        "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1", "https://www.youtube.com/watch?v=aqz-KE-bpKQ"),
                new Case("https://youtu.be/aqz-KE-bpKQ", Embed.Provider.YOUTUBE,
                        "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1", "https://www.youtube.com/watch?v=aqz-KE-bpKQ"),
                new Case("https://www.youtube.com/embed/aqz-KE-bpKQ", Embed.Provider.YOUTUBE,
                        "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1", "https://www.youtube.com/watch?v=aqz-KE-bpKQ"),
                new Case("https://vimeo.com/76979871", Embed.Provider.VIMEO, "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1",
                        "https://vimeo.com/76979871"),
                new Case("https://x.com/Quirinale/status/1963000000000000000", Embed.Provider.X,
                        "https://platform.twitter.com/embed/Tweet.html?id=1963000000000000000&dnt=true",
                        "https://x.com/Quirinale/status/1963000000000000000"),
                new Case("https://twitter.com/Quirinale/status/1963000000000000000?s=20", Embed.Provider.X,
                        "https://platform.twitter.com/embed/Tweet.html?id=1963000000000000000&dnt=true",
                        "https://x.com/Quirinale/status/1963000000000000000"),
                new Case("https://www.instagram.com/p/C9xYz12AbCd/", Embed.Provider.INSTAGRAM, "https://www.instagram.com/p/C9xYz12AbCd/embed/",
                        "https://www.instagram.com/p/C9xYz12AbCd/"),
                new Case("https://www.facebook.com/RaiNews/videos/1234567890/", Embed.Provider.FACEBOOK,
                        "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2FRaiNews%2Fvideos%2F1234567890%2F&show_text=false",
                        "https://www.facebook.com/RaiNews/videos/1234567890/"),
                new Case("https://www.google.com/maps/place/Diaoyutai+State+Guesthouse/@39.92,116.30,15z", Embed.Provider.GOOGLE_MAPS,
                        "https://maps.google.com/maps?q=Diaoyutai+State+Guesthouse&output=embed",
                        "https://www.google.com/maps/search/?api=1&query=Diaoyutai+State+Guesthouse"));
        for (Case c : cases) {
            Embed embed = Embed.of(c.url()).orElseThrow(() -> new AssertionError(c.url()));
            assertThat(List.of(embed.provider(), embed.frameUrl(), embed.pageUrl())).as(c.url()).containsExactly(c.provider(), c.frame(), c.page());
        }
    }

    @Test
    void otherAddressesAreNotEmbeds() {
        assertThat(List.of("https://www.youtube.com/", "https://example.org/watch?v=abcdefg", "https://www.facebook.com/RaiNews",
                "https://x.com/Quirinale", "ftp://vimeo.com/1", "not a url")).allMatch(url -> Embed.of(url).isEmpty());
    }

    @Test
    void anEmbedBlockIsAPlaceholderThatLoadsNothingAndLinksToTheProvider() {
        String html = markdown.render("""
                ```embed
                https://www.youtube.com/watch?v=aqz-KE-bpKQ
                title: Il discorso
                caption: Da Pechino, 3 settembre.
                poster: /images/poster.jpg
                ```
                """).html();

        Element figure = Jsoup.parseBodyFragment(html).expectFirst("figure.embed");
        assertThat(figure.attr("data-embed-src")).isEqualTo("https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1");
        assertThat(figure.expectFirst("a.embed-link").attr("href")).isEqualTo("https://www.youtube.com/watch?v=aqz-KE-bpKQ");
        assertThat(figure.expectFirst(".embed-title").text()).isEqualTo("Il discorso");
        assertThat(figure.expectFirst("figcaption").text()).isEqualTo("Da Pechino, 3 settembre.");
        assertThat(figure.expectFirst("img.embed-poster").attr("src")).isEqualTo("/images/poster.jpg");
        assertThat(figure.select("iframe, script")).isEmpty();
        assertThat(figure.expectFirst(".embed-frame").classNames()).contains("embed-ratio-16x9");
    }

    @Test
    void anEmbedOfAPageNoProviderServesIsAFlawAtItsLine() {
        RenderedMarkdown rendered = markdown.render("""
                Testo.

                ```embed
                https://example.org/video/1
                ```
                """, 5);

        assertThat(rendered.flaws()).singleElement().satisfies(flaw -> {
            assertThat(flaw.line()).isEqualTo(8);
            assertThat(flaw.message()).startsWith("\"https://example.org/video/1\" is not a page Broadsheet can embed");
        });
    }

    @Test
    void aPosterFromAnotherSiteIsAFlaw() {
        RenderedMarkdown rendered = markdown.render("```embed\nhttps://vimeo.com/76979871\nposter: https://i.vimeocdn.com/x.jpg\n```\n");

        assertThat(rendered.flaws()).singleElement().satisfies(flaw -> assertThat(flaw.message()).contains("would be loaded with the page"));
    }

    @Test
    void aPictureAloneWithATitleIsAFigureWithCaptionAndCredit() {
        String html = markdown.render("![Il padiglione](/images/foto.jpg \"Il parco di Diaoyutai | Foto: Mario Rossi/Agenzia\")\n").html();

        Element figure = Jsoup.parseBodyFragment(html).expectFirst("figure");
        assertThat(figure.expectFirst("img").attr("alt")).isEqualTo("Il padiglione");
        assertThat(figure.expectFirst("img").hasAttr("title")).isFalse();
        assertThat(figure.expectFirst("figcaption").ownText()).isEqualTo("Il parco di Diaoyutai");
        assertThat(figure.expectFirst("figcaption small.credit").text()).isEqualTo("Foto: Mario Rossi/Agenzia");
    }

    @Test
    void aPictureInRunningTextOrWithoutATitleStaysAPicture() {
        String html = markdown.render("![A](/a.jpg)\n\nTesto ![B](/b.jpg \"titolo\") nel mezzo.\n").html();

        assertThat(Jsoup.parseBodyFragment(html).select("figure")).isEmpty();
        assertThat(Jsoup.parseBodyFragment(html).select("p > img")).hasSize(2);
    }
}
