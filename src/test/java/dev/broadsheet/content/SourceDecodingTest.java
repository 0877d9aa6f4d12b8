package dev.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.BuildException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the bytes of a Markdown file become its text. */
class SourceDecodingTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Città, “virgolette” e l’apostrofo — 北京\n",
        "un carattere sostituito che l’autore ha scritto: \uFFFD\n",
    })
    void utf8TextIsKeptAsWritten(String text) {
        assertThat(SourceText.decode(text.getBytes(StandardCharsets.UTF_8), "a.md").text()).isEqualTo(text);
    }

    @Test
    void aByteOrderMarkIsDroppedAndLineEndsBecomeLf() {
        byte[] bytes = "\uFEFFuno\r\ndue\rtre\n".getBytes(StandardCharsets.UTF_8);
        assertThat(SourceText.decode(bytes, "a.md").text()).isEqualTo("uno\ndue\ntre\n");
    }

    @Test
    void charactersXmlForbidsAreRemovedAndCounted() {
        String text = "a\u0000b\u0007c\uFFFEd\r\ne\u001Ff 😀\r";
        SourceText decoded = SourceText.decode(text.getBytes(StandardCharsets.UTF_8), "a.md");
        assertThat(decoded.text()).isEqualTo("abcd\nef 😀\n");
        assertThat(decoded.removed()).isEqualTo(4);
    }

    @Test
    void anEncodedLoneSurrogateIsNotValidUtf8() {
        byte[] surrogate = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b'};
        assertThatThrownBy(() -> SourceText.decode(surrogate, "a.md"))
                .isInstanceOf(BuildException.class)
                .hasMessageContaining("not valid UTF-8 near byte 1");
    }

    @Test
    void malformedBytesAreReportedWithTheirPosition() {
        byte[] latin1 = "titolo: Città".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SourceText.decode(latin1, "content/articles/x.md"))
                .isInstanceOf(BuildException.class)
                .hasMessageContaining("content/articles/x.md")
                .hasMessageContaining("not valid UTF-8 near byte 12");
    }
}
