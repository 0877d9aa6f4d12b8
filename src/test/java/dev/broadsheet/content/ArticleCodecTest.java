package dev.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.Strings;
import dev.broadsheet.config.YamlReader;
import dev.broadsheet.markdown.Markdown;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The build cache keeps parsed articles as bytes: read back, each must equal the article parsed. */
class ArticleCodecTest {

    private static final SiteConfig CONFIG = new SiteConfig("T", "", "", "it", ZoneId.of("Europe/Rome"), "Redazione",
            10, 20, "/:year/:month/:slug/", 200, false, List.of(), false, List.of(), "", "", List.of(), dev.broadsheet.config.Banner.NONE, java.util.List.of(), new Strings("it", Map.of(), Map.of()));
    private final ContentParser parser = new ContentParser(CONFIG, new YamlReader(), new Markdown(), java.util.Set.of("article", "page", "wide"),
            BodyCleaner.NONE);

    private static Article roundTrip(Article article) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ArticleCodec.write(new DataOutputStream(bytes), article);
        return ArticleCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    @Test
    void everyFieldComesBack() throws IOException {
        Article article = parser.parseArticle(new Source("content/articles/2025-09-03-pechino.md", """
                ---
                title: "Putin e Kim a Pechino: “alleanza”"
                date: 2025-09-03T16:30:00Z
                updated: 2025-09-04T09:15:00+09:00
                summary: Il colloquio a Diaoyutai.
                tags: [Russia, Corea del Nord, Cina]
                dateline: Pechino
                image: /images/diaoyutai.jpg
                section: Esteri
                aliases: [/2025/09/vecchio.html]
                layout: wide
                toc: false
                fonte: ANSA
                crediti:
                  foto: [Reuters, AP]
                  testo: Redazione
                ---
                Primo paragrafo con [un link](https://example.org/) e ![una foto](/images/a.jpg).

                ## Il contesto

                Testo — con caratteri non ASCII: è, ü, 日本.

                ### Più in dettaglio

                Fine.
                """), Optional.of(new Source("content/articles/2025-09-03-pechino.comments.yaml", """
                c1:
                  author: Marco Rossi
                  url: https://www.blogger.com/profile/42
                  date: 2025-09-03T19:02:00+02:00
                  text: Ottimo *pezzo*.
                c2:
                  date: 2025-09-03T20:15:00+02:00
                  replyTo: c1
                  text: Concordo.
                """)));

        assertThat(article.comments()).hasSize(2);
        assertThat(article.params()).containsKeys("fonte", "crediti");
        assertThat(roundTrip(article)).isEqualTo(article);
    }

    @Test
    void timesKeepTheirZoneAndOffset() throws IOException {
        Article inRome = parser.parseArticle(new Source("content/articles/2025-10-26-ora-legale.md",
                "---\ntitle: T\ndate: 2025-10-26T02:30:00+01:00\n---\nTesto.\n"));
        Article back = roundTrip(inRome);
        assertThat(back.published()).isEqualTo(inRome.published());
        assertThat(back.published().getOffset()).isEqualTo(inRome.published().getOffset());
        assertThat(back.published().getZone()).isEqualTo(inRome.published().getZone());
    }
}
