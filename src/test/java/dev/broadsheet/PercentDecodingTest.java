package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PercentDecodingTest {

    @Test
    void percentEncodedUtf8IsDecoded() {
        assertThat(PercentDecoding.decode("search/label/Citt%C3%A0")).hasValue("search/label/Città");
        assertThat(PercentDecoding.decode("Corea%20del%20Nord")).hasValue("Corea del Nord");
    }

    @Test
    void charactersWrittenAsTheyAreStayAsTheyAre() {
        assertThat(PercentDecoding.decode("Città%20è+più")).hasValue("Città è+più");
        assertThat(PercentDecoding.decode("a+b")).hasValue("a+b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"100%", "%2", "%zz", "a%G1", "%C3", "%C3%28", "%FF", "%ED%A0%80"})
    void brokenEncodingOrBytesThatAreNotUtf8AreRefused(String text) {
        assertThat(PercentDecoding.decode(text)).isEmpty();
    }
}
