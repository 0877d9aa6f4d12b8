package dev.broadsheet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    private Document html(String md) {
        return Jsoup.parseBodyFragment(markdown.render(md).html());
    }

    @Test
    void rendersGfmTablesStrikethroughAutolinksAndFootnotes() {
        Document doc = html("""
                | Campo | Senso |
                |---|---|
                | title | titolo |

                ~~vecchio~~ e https://commonmark.org e una nota[^1].

                [^1]: La nota.
                """);
        assertThat(doc.select("table th").eachText()).containsExactly("Campo", "Senso");
        assertThat(doc.select("del").text()).isEqualTo("vecchio");
        assertThat(doc.selectFirst("a[href=https://commonmark.org]")).isNotNull();
        String ref = doc.selectFirst("sup a").attr("href");
        assertThat(doc.getElementById(ref.substring(1))).isNotNull();
    }

    @Test
    void headingsGetUniqueIdsWithTheSlugRule() {
        RenderedMarkdown rendered = markdown.render("## Il contesto cinese\n\n## Città\n\n### Città\n\n## ***\n");
        Document doc = Jsoup.parseBodyFragment(rendered.html());
        assertThat(doc.select("h2, h3").eachAttr("id")).containsExactly("il-contesto-cinese", "citta", "citta-2", "section");
        assertThat(rendered.headings()).extracting(RenderedMarkdown.Heading::id)
                .containsExactly("il-contesto-cinese", "citta", "citta-2", "section");
    }

    @Test
    void summaryIsTheFirstParagraphAsPlainText() {
        assertThat(markdown.render("## Titolo\n\nPrimo *paragrafo*\ncon [link](x).\n\nSecondo.\n").summary())
                .isEqualTo("Primo paragrafo con link.");
    }

    @Test
    void summaryIsTheTextBeforeTheMoreMarker() {
        assertThat(markdown.render("Uno.\n\nDue.\n\n<!--more-->\n\nTre.\n").summary()).isEqualTo("Uno. Due.");
    }

    @Test
    void countsWords() {
        assertThat(markdown.render("Uno due, tre.\n\n- l’80° quattro\n").wordCount()).isEqualTo(5);
    }

    @Test
    void deeplyNestedQuotesDoNotOverflowTheStack() {
        String nested = "> ".repeat(20_000) + "fondo\n";
        assertThat(markdown.render(nested).html()).contains("fondo");
    }
}
