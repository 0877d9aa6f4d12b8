package dev.broadsheet.importer;

import java.util.List;
import java.util.stream.Collectors;

/** YAML written by the importer: every text as a double-quoted scalar, which can hold any character. */
final class YamlText {

    private YamlText() {
    }

    /** {@code text} as a YAML double-quoted scalar: quotes, backslashes, line breaks and controls escaped. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || (c >= 0xfffe)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A flow list of quoted texts: {@code ["Russia", "Corea del Nord"]}. */
    static String list(List<String> items) {
        return items.stream().map(YamlText::quoted).collect(Collectors.joining(", ", "[", "]"));
    }
}
