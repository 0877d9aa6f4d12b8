package dev.broadsheet.importer;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Inline HTML — text, emphasis, links, images, code — as Markdown, with every character Markdown
 * would read as markup escaped.
 */
final class InlineMarkdown {

    private static final Pattern ENTITY_LIKE = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    static final Pattern ORDERED_START = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
    /** Line starts that make a block: an ATX heading, a bullet, a setext underline or a thematic break. */
    private static final Pattern BLOCK_START = Pattern.compile("^(?:#{1,6}(?:\\s|$)|[-+](?:\\s|$)|=+\\s*$|(?:-\\s*){2,}$)");
    private static final Set<String> HTML_INLINE = Set.of("sup", "sub", "small", "mark", "q", "abbr", "time");

    private InlineMarkdown() {
    }

    /**
     * The Markdown of an element's inline content.
     *
     * @param htmlEmphasis write emphasis as {@code <strong>}/{@code <em>}, which always closes
     * @param inTable write line breaks as {@code <br>}, since a table row is one line
     */
    static String inline(Element element, boolean htmlEmphasis, boolean inTable) {
        StringBuilder out = new StringBuilder();
        for (Node child : element.childNodes()) {
            inline(child, out, htmlEmphasis, inTable, 0);
        }
        return out.toString();
    }

    private static void inline(Node node, StringBuilder out, boolean htmlEmphasis, boolean inTable, int emphasis) {
        if (node instanceof TextNode text) {
            out.append(escape(normalizeSpace(text.getWholeText()), inTable));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        switch (tag) {
            case "br" -> out.append(inTable ? "<br>" : "\\\n");
            case "strong", "b" -> wrap(element, out, htmlEmphasis ? "<strong>" : "**", htmlEmphasis ? "</strong>" : "**", htmlEmphasis, inTable, emphasis);
            case "em", "i", "cite", "dfn", "var" -> wrap(element, out, htmlEmphasis ? "<em>" : "*", htmlEmphasis ? "</em>" : "*", htmlEmphasis, inTable, emphasis);
            case "s", "strike", "del" -> wrap(element, out, htmlEmphasis ? "<del>" : "~~", htmlEmphasis ? "</del>" : "~~", htmlEmphasis, inTable, emphasis);
            case "code", "tt", "kbd", "samp" -> out.append(codeSpan(element.wholeText()));
            case "a" -> link(element, out, htmlEmphasis, inTable, emphasis);
            case "img" -> out.append(image(element));
            case "span" -> out.append(element.hasAttr("id") ? "<span id=\"" + MinimalHtml.escapeAttribute(element.id()) + "\"></span>" : "");
            case "iframe" -> out.append(MinimalHtml.of(element));
            default -> {
                boolean keepTag = HTML_INLINE.contains(tag);
                if (keepTag) {
                    out.append('<').append(tag).append('>');
                }
                for (Node child : element.childNodes()) {
                    inline(child, out, htmlEmphasis, inTable, emphasis);
                }
                if (keepTag) {
                    out.append("</").append(tag).append('>');
                }
            }
        }
    }

    /** Emphasis around the element's content, with the spaces at its ends moved outside (where Markdown needs them). */
    private static void wrap(Element element, StringBuilder out, String open, String close, boolean htmlEmphasis, boolean inTable, int emphasis) {
        StringBuilder inner = new StringBuilder();
        for (Node child : element.childNodes()) {
            inline(child, inner, htmlEmphasis, inTable, emphasis + 1);
        }
        String text = inner.toString();
        String content = text.strip();
        if (content.isEmpty() || content.equals("\\")) {
            out.append(text);
            return;
        }
        int leading = text.indexOf(content);
        out.append(text, 0, leading).append(open).append(content).append(close).append(text.substring(leading + content.length()));
    }

    private static void link(Element link, StringBuilder out, boolean htmlEmphasis, boolean inTable, int emphasis) {
        StringBuilder text = new StringBuilder();
        for (Node child : link.childNodes()) {
            inline(child, text, htmlEmphasis, inTable, emphasis);
        }
        String label = text.toString().strip();
        if (label.isEmpty()) {
            return;
        }
        String title = link.attr("title").strip();
        out.append('[').append(label).append("](").append(destination(link.attr("href")))
                .append(title.isEmpty() || title.equals(link.text().strip()) ? "" : " \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .append(')');
    }

    private static String image(Element image) {
        String alt = normalizeSpace(image.attr("alt")).strip().replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
        return "![" + alt + "](" + destination(image.attr("src")) + ")";
    }

    /** A link destination: as it is when plain, in {@code <…>} when it has spaces or parentheses. */
    private static String destination(String url) {
        if (url.matches("[^\\s()<>\\\\]*")) {
            return url;
        }
        return "<" + url.replace("<", "%3C").replace(">", "%3E").replace("\\", "%5C").replace("\n", "") + ">";
    }

    private static String codeSpan(String code) {
        String text = normalizeSpace(code);
        String fence = "`".repeat(longestBacktickRun(text) + 1);
        boolean pad = text.startsWith("`") || text.endsWith("`") || (text.startsWith(" ") && text.endsWith(" ") && !text.isBlank());
        return text.isBlank() ? "" : fence + (pad ? " " : "") + text + (pad ? " " : "") + fence;
    }

    /** The length of the longest run of backticks in {@code text}: a code fence must be longer to hold it. */
    static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** Every character Markdown would read as markup, escaped; {@code _} only where it could start or end emphasis. */
    static String escape(String text, boolean inTable) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '[', ']', '<', '>', '~' -> out.append('\\').append(c);
                case '_' -> {
                    boolean intraword = i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                            && Character.isLetterOrDigit(text.charAt(i + 1));
                    out.append(intraword ? "_" : "\\_");
                }
                case '&' -> out.append(ENTITY_LIKE.matcher(text).region(i, text.length()).lookingAt() ? "\\&" : "&");
                case '|' -> out.append(inTable ? "|" : "\\|");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes what would make a line of a paragraph a heading, a list item, a quote or a rule. */
    static String lineStarts(String paragraph) {
        String[] lines = paragraph.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripLeading();
            Matcher ordered = ORDERED_START.matcher(line);
            if (BLOCK_START.matcher(line).find()) {
                line = "\\" + line;
            } else if (ordered.find()) {
                line = ordered.group(1) + "\\" + line.substring(ordered.group(1).length());
            }
            lines[i] = line;
        }
        return String.join("\n", lines);
    }

    /** Runs of white space (no-break spaces included) as one space; ends kept, as the text around decides them. */
    static String normalizeSpace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isWhite(c)) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    private static boolean isWhite(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b || c == '\u00A0' || c == '\u2007'
                || c == '\u202F' || c == '\u200B' || c == '\uFEFF' || (c > 0x7f && Character.isWhitespace(c));
    }
}
