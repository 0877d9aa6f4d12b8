package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    @Test
    void aLongSlugIsCutAtItsLastHyphenWithinTheLimit() {
        String text = "una lunga storia di diplomazia tra Pechino e Pyongyang raccontata dai giornali del mondo";
        assertThat(Slug.of(text)).isEqualTo("una-lunga-storia-di-diplomazia-tra-pechino-e-pyongyang-raccontata-dai-giornali");
        assertThat(Slug.of(text, 60)).isEqualTo("una-lunga-storia-di-diplomazia-tra-pechino-e-pyongyang");
    }

    @Test
    void aLongSlugWithoutAHyphenInItsSecondHalfIsCutAtTheLimit() {
        assertThat(Slug.of("a " + "b".repeat(70), 60)).isEqualTo("a-" + "b".repeat(58));
    }

    @Test
    void aNameWindowsReservesGetsASuffix() {
        assertThat(Slug.of("CON")).isEqualTo("con-1");
        assertThat(Slug.of("Lpt1", 60)).isEqualTo("lpt1-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"con", "PRN", "Aux", "nul", "com1", "LPT9", "con.txt", "NUL.tar.gz", "aux."})
    void windowsReservesDeviceNamesInAnyCaseWithOrWithoutAnExtension(String segment) {
        assertThat(Slug.isWindowsReserved(segment)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "cons", "icon", "com", "lpt10", "con-1", "con txt", "x.con", "Corea del Nord"})
    void otherNamesAreNotReserved(String segment) {
        assertThat(Slug.isWindowsReserved(segment)).isFalse();
    }
}
