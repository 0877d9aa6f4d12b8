package dev.broadsheet.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which article bodies need their links rewritten for a feed reader. */
class FeedLinksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<p>Plain text, no links.</p>|false",
        "<a href=\"https://example.org/x\">x</a> <a href=\"http://example.org\">y</a>|false",
        "<a href=\"mailto:redazione@example.org\">mail</a>|false",
        "<p title=\"a=b\" class=\"x\">attributes that are not links</p>|false",
        "<a href=\"https://example.org\">ok</a> <img src=\"foto.jpg\" alt=\"\">|true",
        "<a href=\"/chi-siamo/\">root-relative</a>|true",
        "<a href=\"#nota-1\">fragment</a>|true",
        "<video poster=\"copertina.jpg\"></video>|true",
        "<a href=\"../altro/\">’ after UTF-16 text</a>|true",
    })
    void findsLinksAFeedReaderCannotResolve(String html, boolean expected) {
        assertThat(FeedLinks.hasRelativeLink(html)).isEqualTo(expected);
    }
}
