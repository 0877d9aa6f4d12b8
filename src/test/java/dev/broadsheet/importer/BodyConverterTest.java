package dev.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.markdown.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Blogger's HTML, soup and all, becomes Markdown that reads as the post did. */
class BodyConverterTest {

    private static final Markdown MARKDOWN = new Markdown();
    private static final BloggerHtml.Addresses AS_IS = new BloggerHtml.Addresses() {
        @Override
        public String link(String href) {
            return href.startsWith("javascript:") ? "" : href;
        }

        @Override
        public String image(String src) {
            return BloggerUrls.fullSize(src);
        }
    };

    private static String convert(String html) {
        return new BodyConverter(MARKDOWN).convert(html, false, AS_IS);
    }

    private static Document rendered(String markdown) {
        return Jsoup.parseBodyFragment(MARKDOWN.render(markdown).html());
    }

    @Test
    void brSoupBecomesParagraphs() {
        String md = convert("Primo paragrafo, riga uno<br />riga due.<br /><br />Secondo paragrafo.<br /><br /><br />Terzo.");
        assertThat(md).isEqualTo("Primo paragrafo, riga uno\\\nriga due.\n\nSecondo paragrafo.\n\nTerzo.\n");
        assertThat(rendered(md).select("p")).hasSize(3);
    }

    @Test
    void divSoupOfTheNewEditorBecomesParagraphs() {
        String md = convert("<div>Uno.</div><div><br /></div><div>Due, con <b>grassetto</b>.</div><div><br /></div><div style=\"text-align: justify;\"><span style=\"font-family: georgia;\">Tre.</span></div>");
        assertThat(md).isEqualTo("Uno.\n\nDue, con **grassetto**.\n\nTre.\n");
    }

    @Test
    void theHtmlOfASourceNewlineIsJustASpace() {
        assertThat(convert("<p>Kim ha ricambiato parlando di “dovere\nfraterno” verso la Russia</p>"))
                .isEqualTo("Kim ha ricambiato parlando di “dovere fraterno” verso la Russia\n");
    }

    @Test
    void lineBreaksBecomeBreaksWhenTheBlogConvertedThem() {
        String md = new BodyConverter(MARKDOWN).convert("Riga uno\nriga due\n\nAltro paragrafo", true, AS_IS);
        assertThat(md).isEqualTo("Riga uno\\\nriga due\n\nAltro paragrafo\n");
    }

    @Test
    void twiceEncodedEntitiesAreDecodedOnce() {
        assertThat(convert("Caff&amp;egrave; &amp;amp; cornetto&amp;nbsp;alle 8&amp;#8217;30, ma &amp;nonesiste;"))
                .isEqualTo("Caffè & cornetto alle 8’30, ma \\&nonesiste;\n");
    }

    @Test
    void markdownCharactersInTextAreEscaped() {
        String text = "Prezzo: 5 * 3 = 15 [vedi] <script> `codice` _sottolineato_ snake_case ~tilde~ R&D &foo; #1\n";
        String md = convert("<p>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</p>");
        assertThat(rendered(md).text()).isEqualTo(text.strip());
        assertThat(md).contains("snake_case");
    }

    @Test
    void lineStartsThatWouldBeMarkupAreEscaped() {
        for (String start : new String[] {"# non un titolo", "- non una lista", "1. non numerato", "2) nemmeno", "+ più", "===", "---"}) {
            String md = convert("<p>Prima riga<br>" + start + "</p><p>" + start + "</p>");
            Document html = rendered(md);
            assertThat(html.select("h1, h2, ul, ol, hr")).as(md).isEmpty();
            assertThat(html.text()).isEqualTo("Prima riga " + start + " " + start);
        }
    }

    @Test
    void headingsListsQuotesAndCodeAreKept() {
        String md = convert("<h3>Il contesto</h3><ul><li>uno</li><li>due<ul><li>due e mezzo</li></ul></li></ul>"
                + "<ol start=\"3\"><li>tre</li><li>quattro</li></ol><blockquote>Citazione <i>famosa</i>.</blockquote>"
                + "<pre><code>int x = 1;\n  y();</code></pre>");
        assertThat(md).isEqualTo("""
                ## Il contesto

                - uno
                - due
                  - due e mezzo

                3. tre
                4. quattro

                > Citazione *famosa*.

                ```
                int x = 1;
                  y();
                ```
                """);
    }

    @Test
    void codeHoldingBackticksGetsALongerFence() {
        assertThat(convert("<p>Scrivi <code>a ``b`` c</code> così.</p>")).isEqualTo("Scrivi ```a ``b`` c``` così.\n");
        assertThat(convert("<p><code>`x</code></p>")).isEqualTo("`` `x ``\n");
        assertThat(convert("<pre>uno\n````\ndue</pre>")).isEqualTo("`````\nuno\n````\ndue\n`````\n");
        assertThat(convert("<pre>a ` b</pre>")).isEqualTo("```\na ` b\n```\n");
    }

    @Test
    void headingLevelsStartAtTwoAndSkipNone() {
        assertThat(convert("<h1>Grande</h1>")).isEqualTo("## Grande\n");
        assertThat(convert("<h3>Sezione</h3><h5>Dettaglio</h5><h3>Altra</h3>")).isEqualTo("## Sezione\n\n### Dettaglio\n\n## Altra\n");
    }

    @Test
    void emphasisThatMarkdownCouldNotCloseIsWrittenAsHtml() {
        String md = convert("<p><b>“Citazione”</b>seguita</p>");
        assertThat(rendered(md).selectFirst("strong").text()).isEqualTo("“Citazione”");
    }

    @Test
    void wordPasteLosesItsSoupAndKeepsItsLists() {
        String md = convert("<p class=\"MsoNormal\"><span style='font-size:12.0pt;mso-bidi-font-family:Calibri'>Testo da Word.<o:p></o:p></span></p>"
                + "<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->"
                + "<p class=\"MsoListParagraphCxSpFirst\"><!--[if !supportLists]--><span>·<span>&nbsp;&nbsp;&nbsp;</span></span><!--[endif]-->Primo</p>"
                + "<p class=\"MsoListParagraphCxSpLast\"><!--[if !supportLists]--><span>·<span>&nbsp;&nbsp;</span></span><!--[endif]-->Secondo</p>");
        assertThat(md).isEqualTo("Testo da Word.\n\n- Primo\n- Secondo\n");
    }

    @Test
    void captionTablesBecomeFigures() {
        String md = convert("<table align=\"center\" cellpadding=\"0\" cellspacing=\"0\" class=\"tr-caption-container\" style=\"margin-left: auto;\"><tbody>"
                + "<tr><td style=\"text-align: center;\"><a href=\"https://blogger.googleusercontent.com/img/b/R29v/AVv/s1600/parata.jpg\" style=\"margin-left: auto;\">"
                + "<img border=\"0\" data-original-height=\"768\" height=\"213\" src=\"https://blogger.googleusercontent.com/img/b/R29v/AVv/s320/parata.jpg\" width=\"320\" /></a></td></tr>"
                + "<tr><td class=\"tr-caption\" style=\"text-align: center;\">La parata in piazza <i>Tian’anmen</i></td></tr></tbody></table>");
        assertThat(md).isEqualTo("<figure><img src=\"https://blogger.googleusercontent.com/img/b/R29v/AVv/s0/parata.jpg\" alt=\"\">"
                + "<figcaption>La parata in piazza <i>Tian’anmen</i></figcaption></figure>\n");
    }

    @Test
    void thumbnailsLinkingToTheirFullSizeBecomeTheFullSizeImage() {
        String md = convert("<div class=\"separator\" style=\"clear: both; text-align: center;\"><a href=\"https://1.bp.blogspot.com/-abc/XYZ/AAAA/def/s1600/foto.jpg\" imageanchor=\"1\">"
                + "<img border=\"0\" src=\"https://1.bp.blogspot.com/-abc/XYZ/AAAA/def/s320/foto.jpg\" alt=\"La foto\" /></a></div>");
        assertThat(md).isEqualTo("![La foto](https://1.bp.blogspot.com/-abc/XYZ/AAAA/def/s0/foto.jpg)\n");
    }

    @Test
    void theJumpBreakBecomesTheMoreMarkerWhereverItStands() {
        assertThat(convert("<p>Attacco.<a name='more'></a> Resto del paragrafo.</p><p>Altro.</p>"))
                .isEqualTo("Attacco.\n\n<!--more-->\n\nResto del paragrafo.\n\nAltro.\n");
        assertThat(convert("Attacco.<!--more-->Resto.")).isEqualTo("Attacco.\n\n<!--more-->\n\nResto.\n");
    }

    @Test
    void simpleTablesBecomeGfmAndMergedCellsStayHtml() {
        assertThat(convert("<table><tr><th>Paese</th><th>Capitale</th></tr><tr><td>Corea | Nord</td><td>Pyongyang</td></tr></table>"))
                .isEqualTo("| Paese | Capitale |\n| --- | --- |\n| Corea \\| Nord | Pyongyang |\n");
        assertThat(convert("<table border=1 style='x'><tr><td colspan=\"2\" style=\"color:red\">Titolo</td></tr><tr><td>a</td><td>b</td></tr></table>"))
                .isEqualTo("<table><tbody><tr><td colspan=\"2\">Titolo</td></tr><tr><td>a</td><td>b</td></tr></tbody></table>\n");
    }

    @Test
    void iframesStayAsMinimalHtmlMadeHttps() {
        assertThat(convert("<div><iframe allowfullscreen=\"\" class=\"BLOG_video_class\" height=\"266\" src=\"//www.youtube.com/embed/abc123XYZ\" width=\"320\" youtube-src-id=\"abc\"></iframe></div>"))
                .isEqualTo("<iframe allowfullscreen height=\"266\" src=\"https://www.youtube.com/embed/abc123XYZ\" width=\"320\"></iframe>\n");
    }

    @Test
    void scriptsStylesAndFormsAreDropped() {
        assertThat(convert("<p>Testo.</p><script>alert(1)</script><style>p{}</style><form><input></form>")).isEqualTo("Testo.\n");
    }

    @Test
    void boldWrappingWholeBlocksIsPushedIntoThem() {
        assertThat(convert("<b><div>Uno</div><div>Due</div></b>")).isEqualTo("**Uno**\n\n**Due**\n");
    }

    @Test
    void anchorsALinkPointsToAreKept() {
        String md = convert("<p><a href=\"#nota1\">[1]</a> testo</p><p><a name=\"nota1\"></a>Nota.</p><p><a href=\"#manca\">rotto</a></p>");
        Document html = rendered(md);
        assertThat(html.select("a[href=#nota1]")).hasSize(1);
        assertThat(html.select("#nota1")).hasSize(1);
        assertThat(html.select("a[href=#manca]")).isEmpty();
        assertThat(html.text()).isEqualTo("[1] testo Nota. rotto");
    }

    @Test
    void linksKeepTheirTextAndUnsafeOnesLoseTheLink() {
        String md = convert("<a href=\"https://example.org/a b(c)\">un link</a> e <a href=\"javascript:alert(1)\">niente</a>");
        assertThat(md).isEqualTo("[un link](<https://example.org/a b(c)>) e niente\n");
    }
}
