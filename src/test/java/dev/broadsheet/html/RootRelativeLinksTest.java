package dev.broadsheet.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which pages have a link written from the site root, to be made relative to the page. */
class RootRelativeLinksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<p>Plain text, no links.</p>|false",
        "<a href=\"../chi-siamo/index.html\">relative</a> <a href=\"https://example.org/x\">absolute</a>|false",
        "<p>a=b, x= \"/y\"</p>|false",
        "<a href=\"/chi-siamo/\">root-relative</a>|true",
        "<img src='/images/foto.jpg' alt=''>|true",
        "<p title=\"a=b\">’ UTF-16 first</p><a href=\"/x\">x</a>|true",
        "<a href=|false",
        "x=\"/|true",
    })
    void findsValuesWrittenFromTheSiteRoot(String html, boolean expected) {
        assertThat(RootRelativeLinks.hasRootRelativeValue(html)).isEqualTo(expected);
    }
}
