package dev.broadsheet.render;

import java.util.Arrays;

/**
 * JSON written straight to UTF-8 bytes, for the search index's many kilobytes of article text: a
 * string is escaped as a script may hold it ({@code <}, {@code >}, {@code &} and the line and
 * paragraph separators escaped, as {@link JsonLd#SCRIPT_SAFE} does), in one pass over its chars.
 */
final class JsonText {

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] bytes;
    private int size;

    JsonText(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    JsonText raw(char c) {
        room(1);
        bytes[size++] = (byte) c;
        return this;
    }

    JsonText string(String text) {
        char[] chars = text.toCharArray(); // reading an array is much quicker than charAt in the quick compiler a build runs in
        int length = chars.length;
        room(3 * length + 2); // a char takes at most three bytes, a pair of them four; only escapes need more
        bytes[size++] = '"';
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&') {
                    bytes[size++] = (byte) c;
                } else if (c == '"' || c == '\\') {
                    bytes[size++] = '\\';
                    bytes[size++] = (byte) c;
                } else {
                    escaped(c, length - i - 1);
                }
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xc0 | (c >> 6));
                bytes[size++] = (byte) (0x80 | (c & 0x3f));
            } else if (c == '\u2028' || c == '\u2029') {
                escaped(c, length - i - 1);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                int point = Character.toCodePoint(c, chars[++i]);
                bytes[size++] = (byte) (0xf0 | (point >> 18));
                bytes[size++] = (byte) (0x80 | ((point >> 12) & 0x3f));
                bytes[size++] = (byte) (0x80 | ((point >> 6) & 0x3f));
                bytes[size++] = (byte) (0x80 | (point & 0x3f));
            } else if (Character.isSurrogate(c)) {
                escaped(c, length - i - 1); // a lone surrogate has no UTF-8: as an escape it stays what the text held
            } else {
                bytes[size++] = (byte) (0xe0 | (c >> 12));
                bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                bytes[size++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        bytes[size++] = '"';
        return this;
    }

    /** Six bytes where three were counted on: room is made again for the {@code left} chars after it. */
    private void escaped(char c, int left) {
        room(6 + 3 * left + 1);
        bytes[size++] = '\\';
        bytes[size++] = 'u';
        bytes[size++] = HEX[(c >> 12) & 15];
        bytes[size++] = HEX[(c >> 8) & 15];
        bytes[size++] = HEX[(c >> 4) & 15];
        bytes[size++] = HEX[c & 15];
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    byte[] bytes() {
        return Arrays.copyOf(bytes, size);
    }
}
