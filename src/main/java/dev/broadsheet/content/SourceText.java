package dev.broadsheet.content;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A Markdown file's text, and how many characters XML 1.0 forbids were removed from it. */
record SourceText(String text, int removed) {

    /**
     * Strict UTF-8 (a BOM is dropped), with CRLF and CR turned into LF, and without the characters XML
     * 1.0 forbids (C0 controls but tab and newline, U+FFFE, U+FFFF; a lone surrogate cannot occur, as
     * strict decoding rejects its bytes). One pass over the decoder's own array, writing in place, and
     * one String made: every byte of the content goes through here.
     */
    static SourceText decode(byte[] bytes, String path) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        CharBuffer decoded;
        try {
            decoded = decoder.decode(buffer);
        } catch (CharacterCodingException e) {
            throw new BuildException(Problem.of(path, "not valid UTF-8 near byte " + buffer.position()
                    + " — save the file as UTF-8 in your editor"));
        }
        char[] chars = decoded.array();
        int end = decoded.arrayOffset() + decoded.limit();
        int in = decoded.arrayOffset();
        if (in < end && chars[in] == '\uFEFF') {
            in++;
        }
        int out = 0;
        int removed = 0;
        for (; in < end; in++) {
            char c = chars[in];
            if (c == '\r') {
                if (in + 1 < end && chars[in + 1] == '\n') {
                    continue; // the LF that follows is kept
                }
                c = '\n';
            }
            if ((c >= 0x20 && c <= 0xFFFD) || c == '\n' || c == '\t') {
                chars[out++] = c;
            } else {
                removed++;
            }
        }
        return new SourceText(new String(chars, 0, out), removed);
    }
}
