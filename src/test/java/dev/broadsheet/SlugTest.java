package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Tian’anmen | tian-anmen",
            "Città | citta",
            "Corea del Nord | corea-del-nord",
            "Kim Jong-un | kim-jong-un",
            "  L’80° anniversario!  | l-80-anniversario",
            "Straße Œuvre Ærø | strasse-oeuvre-aero",
            "ŁÓDŹ | lodz",
            "C++ & Java | c-java",
            "2025 | 2025",
            "日本 | ''"})
    void makesLowercaseAsciiSlugs(String text, String slug) {
        assertThat(Slug.of(text)).isEqualTo(slug).matches("[a-z0-9-]*");
    }
}
