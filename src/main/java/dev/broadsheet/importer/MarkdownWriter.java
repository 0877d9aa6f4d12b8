package dev.broadsheet.importer;

import dev.broadsheet.markdown.Markdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes a body cleaned by {@link BloggerHtml} as Markdown: paragraphs, headings, lists, quotes,
 * code, tables, links, emphasis and images; what Markdown cannot say (a figure with its caption, an
 * iframe, a table with merged cells) as a minimal HTML block. Every block is rendered back with the
 * site's own Markdown and its text compared with the HTML's: a block whose Markdown would read
 * differently (emphasis that would not close, say) is written with HTML tags instead. Nothing of
 * the text is lost or added.
 */
final class MarkdownWriter {

    private static final Pattern ENTITY_LIKE = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    private static final Pattern ORDERED_START = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
    /** What Markdown would read as a heading's closing sequence: {@code " ##"} at its end. */
    private static final Pattern CLOSING_HASHES = Pattern.compile("\\s#+$");
    /** Line starts that make a block: an ATX heading, a bullet, a setext underline or a thematic break. */
    private static final Pattern BLOCK_START = Pattern.compile("^(?:#{1,6}(?:\\s|$)|[-+](?:\\s|$)|=+\\s*$|(?:-\\s*){2,}$)");
    private static final Set<String> HTML_INLINE = Set.of("sup", "sub", "small", "mark", "q", "abbr", "time");
    /** Attributes a minimal HTML block keeps, by tag ({@code *}: every tag). */
    private static final Map<String, Set<String>> KEPT_ATTRIBUTES = Map.ofEntries(
            Map.entry("a", Set.of("href", "title")), Map.entry("img", Set.of("src", "alt")),
            Map.entry("iframe", Set.of("src", "width", "height", "title", "allowfullscreen")),
            Map.entry("td", Set.of("colspan", "rowspan")), Map.entry("th", Set.of("colspan", "rowspan", "scope")),
            Map.entry("ol", Set.of("start")), Map.entry("span", Set.of("id")), Map.entry("abbr", Set.of("title")),
            Map.entry("video", Set.of("src", "controls", "poster", "width", "height")), Map.entry("source", Set.of("src", "type")),
            Map.entry("audio", Set.of("src", "controls")));

    private final Markdown markdown;

    MarkdownWriter(Markdown markdown) {
        this.markdown = markdown;
    }

    /** The Markdown of {@code body}, blocks separated by a blank line, ending in a newline (or empty). */
    String write(Element body) {
        List<String> blocks = blocks(body);
        return blocks.isEmpty() ? "" : String.join("\n\n", blocks) + "\n";
    }

    private List<String> blocks(Element container) {
        List<String> blocks = new ArrayList<>();
        List<Node> inline = new ArrayList<>();
        for (Node child : container.childNodes()) {
            if (child instanceof Element element && BloggerHtml.isBlock(element)) {
                paragraphs(inline, blocks);
                inline.clear();
                block(element, blocks);
            } else {
                inline.add(child);
            }
        }
        paragraphs(inline, blocks);
        return blocks;
    }

    private void block(Element element, List<String> blocks) {
        switch (element.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(element).ifPresent(blocks::add);
            case "ul", "ol" -> list(element).ifPresent(blocks::add);
            case "blockquote" -> {
                List<String> quoted = blocks(element);
                if (!quoted.isEmpty()) {
                    blocks.add(prefixLines(String.join("\n\n", quoted), "> ", ">"));
                }
            }
            case "pre" -> blocks.add(codeBlock(element));
            case "hr" -> blocks.add("---");
            case BloggerHtml.MORE -> blocks.add(Markdown.MORE);
            case "table" -> table(element, blocks);
            case "figure", "iframe", "dl", "video", "audio", "details" -> blocks.add(html(element));
            case "li" -> list(new Element("ul").appendChild(element.clone())).ifPresent(blocks::add);
            default -> blocks.addAll(blocks(element)); // p, div, section…: what they hold
        }
    }

    /** Runs of inline content, split into paragraphs at two or more line breaks in a row. */
    private void paragraphs(List<Node> inline, List<String> blocks) {
        List<Node> paragraph = new ArrayList<>();
        int breaks = 0;
        for (Node node : inline) {
            if (node instanceof Element br && br.normalName().equals("br")) {
                breaks++;
                continue;
            }
            if (node instanceof TextNode text && text.isBlank()) {
                if (!paragraph.isEmpty() && breaks == 0) {
                    paragraph.add(node);
                }
                continue;
            }
            if (breaks >= 2) {
                paragraph(paragraph).ifPresent(blocks::add);
                paragraph = new ArrayList<>();
            } else if (breaks == 1 && !paragraph.isEmpty()) {
                paragraph.add(new Element("br"));
            }
            breaks = 0;
            paragraph.add(node);
        }
        paragraph(paragraph).ifPresent(blocks::add);
    }

    private java.util.Optional<String> paragraph(List<Node> nodes) {
        Element source = new Element("p");
        nodes.forEach(node -> source.appendChild(node.clone()));
        if (source.text().isBlank() && source.select("img, span[id]").isEmpty()) {
            return java.util.Optional.empty();
        }
        for (boolean htmlEmphasis : new boolean[] {false, true}) {
            String text = lineStarts(inline(source, htmlEmphasis, false).strip());
            if (readsAs(text, source)) {
                return java.util.Optional.of(text);
            }
        }
        return java.util.Optional.of(html(source));
    }

    private java.util.Optional<String> heading(Element heading) {
        if (heading.text().isBlank()) {
            return heading.select("img").isEmpty() ? java.util.Optional.empty() : paragraph(heading.childNodes());
        }
        heading.select("br").forEach(br -> br.replaceWith(new TextNode(" ")));
        heading.select("strong, b").forEach(Element::unwrap); // a heading is bold already
        int level = Math.max(2, Integer.parseInt(heading.normalName().substring(1)));
        String content = inline(heading, false, false).strip().replace("\\\n", " ");
        Matcher closing = CLOSING_HASHES.matcher(content);
        if (closing.find()) {
            content = content.substring(0, closing.start() + 1) + "\\" + content.substring(closing.start() + 1);
        }
        String text = "#".repeat(level) + " " + content;
        return java.util.Optional.of(readsAs(text, heading) ? text : html(heading));
    }

    private java.util.Optional<String> list(Element list) {
        boolean ordered = list.normalName().equals("ol");
        int number = ordered ? parseStart(list.attr("start")) : 1;
        List<List<String>> items = new ArrayList<>();
        for (Node child : list.childNodes()) {
            if (child instanceof Element item && item.normalName().equals("li")) {
                List<String> content = blocks(item);
                if (!content.isEmpty()) {
                    items.add(content);
                }
            } else if (child instanceof Element nested && (nested.normalName().equals("ul") || nested.normalName().equals("ol"))) {
                // <ul><li>a</li><ul>…</ul></ul>: the nested list belongs to the item before it
                list(nested).ifPresent(text -> {
                    if (items.isEmpty()) {
                        items.add(new ArrayList<>(List.of(text)));
                    } else {
                        items.get(items.size() - 1).add(text);
                    }
                });
            } else if (child instanceof TextNode text && !text.isBlank()) {
                items.add(new ArrayList<>(List.of(escape(normalizeSpace(text.text()), false))));
            }
        }
        if (items.isEmpty()) {
            return java.util.Optional.empty();
        }
        boolean loose = items.stream().anyMatch(blocks -> blocks.stream().filter(b -> !isList(b)).count() > 1);
        StringBuilder out = new StringBuilder();
        for (List<String> item : items) {
            String marker = ordered ? (number++) + ". " : "- ";
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < item.size(); i++) {
                if (i > 0) {
                    body.append(isList(item.get(i)) && !isList(item.get(i - 1)) ? "\n" : "\n\n");
                }
                body.append(item.get(i));
            }
            if (out.length() > 0) {
                out.append(loose ? "\n\n" : "\n");
            }
            out.append(marker).append(indent(body.toString(), " ".repeat(marker.length())));
        }
        String text = out.toString();
        return java.util.Optional.of(readsAs(text, list) ? text : html(list));
    }

    private static boolean isList(String block) {
        return block.startsWith("- ") || ORDERED_START.matcher(block).find();
    }

    private static int parseStart(String start) {
        try {
            return Math.max(0, Integer.parseInt(start.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String codeBlock(Element pre) {
        pre.select("br").forEach(br -> br.replaceWith(new TextNode("\n")));
        String code = pre.wholeText().replaceAll("\\A\\n", "").stripTrailing();
        int longest = 0;
        Matcher ticks = Pattern.compile("`+").matcher(code);
        while (ticks.find()) {
            longest = Math.max(longest, ticks.group().length());
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "\n" + code + "\n" + fence;
    }

    /**
     * A table as a GFM table when every cell is plain inline text and no cell spans rows or
     * columns; a table whose cells are only pictures (a layout table) as its pictures; else as HTML.
     */
    private void table(Element table, List<String> blocks) {
        List<Element> rows = table.select("tr").stream().filter(tr -> tr.closest("table") == table).toList();
        List<Element> cells = rows.stream().flatMap(tr -> tr.children().stream()).filter(c -> c.normalName().matches("t[dh]")).toList();
        if (rows.isEmpty() || cells.isEmpty()) {
            blocks.addAll(blocks(table));
            return;
        }
        boolean layout = cells.size() == 1 || (cells.stream().allMatch(c -> c.text().isBlank()) && !table.select("img").isEmpty());
        if (layout) {
            cells.forEach(cell -> blocks.addAll(blocks(cell))); // a table used to lay out pictures: its content
            return;
        }
        boolean spans = cells.stream().anyMatch(c -> !c.attr("colspan").strip().matches("1?") || !c.attr("rowspan").strip().matches("1?"));
        boolean nested = table.select("table").size() > 1;
        boolean blocky = cells.stream().anyMatch(c -> !c.select("ul, ol, pre, blockquote, figure, iframe, h1, h2, h3, h4, h5, h6").isEmpty()
                || c.select("p, div").size() > 1);
        if (spans || nested || blocky) {
            blocks.add(html(table));
            return;
        }
        int columns = rows.stream().mapToInt(tr -> (int) tr.children().stream().filter(c -> c.normalName().matches("t[dh]")).count()).max().orElse(1);
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<Element> row = rows.get(r).children().stream().filter(c -> c.normalName().matches("t[dh]")).toList();
            out.append('|');
            for (int c = 0; c < columns; c++) {
                String cell = c < row.size() ? cell(row.get(c)) : "";
                out.append(' ').append(cell).append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append('|').append(" --- |".repeat(columns)).append('\n');
            }
        }
        String text = out.toString().stripTrailing();
        blocks.add(readsAs(text, table) ? text : html(table));
    }

    private String cell(Element cell) {
        Element copy = cell.clone();
        copy.select("p, div").forEach(Element::unwrap);
        return inline(copy, false, true).strip().replace("|", "\\|");
    }

    /**
     * The Markdown of an element's inline content.
     *
     * @param htmlEmphasis write emphasis as {@code <strong>}/{@code <em>}, which always closes
     * @param inTable write line breaks as {@code <br>}, since a table row is one line
     */
    private String inline(Element element, boolean htmlEmphasis, boolean inTable) {
        StringBuilder out = new StringBuilder();
        for (Node child : element.childNodes()) {
            inline(child, out, htmlEmphasis, inTable, 0);
        }
        return out.toString();
    }

    private void inline(Node node, StringBuilder out, boolean htmlEmphasis, boolean inTable, int emphasis) {
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
            case "span" -> out.append(element.hasAttr("id") ? "<span id=\"" + escapeAttribute(element.id()) + "\"></span>" : "");
            case "iframe" -> out.append(html(element));
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
    private void wrap(Element element, StringBuilder out, String open, String close, boolean htmlEmphasis, boolean inTable, int emphasis) {
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

    private void link(Element link, StringBuilder out, boolean htmlEmphasis, boolean inTable, int emphasis) {
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
        int longest = 0;
        Matcher ticks = Pattern.compile("`+").matcher(text);
        while (ticks.find()) {
            longest = Math.max(longest, ticks.group().length());
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = text.startsWith("`") || text.endsWith("`") || (text.startsWith(" ") && text.endsWith(" ") && !text.isBlank());
        return text.isBlank() ? "" : fence + (pad ? " " : "") + text + (pad ? " " : "") + fence;
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
    private static String lineStarts(String paragraph) {
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

    /**
     * Whether {@code markdownText}, rendered by the site, reads as {@code source} does. Text is
     * escaped as it is written, so only emphasis can make Markdown read differently (a delimiter
     * that does not close); a block without any is not rendered again.
     */
    private boolean readsAs(String markdownText, Element source) {
        if (!hasDelimiters(markdownText)) {
            return true;
        }
        return comparable(markdown.visibleText(markdownText)).equals(comparable(source.text()));
    }

    /** Whether the text has an emphasis or strikethrough delimiter that is not escaped. */
    private static boolean hasDelimiters(String markdownText) {
        for (int i = 0; i < markdownText.length(); i++) {
            char c = markdownText.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '~' || c == '_') {
                return true;
            }
        }
        return false;
    }

    private static String comparable(String text) {
        return normalizeSpace(text).strip();
    }

    /** The element as a minimal HTML block: known attributes only, no blank lines (which would end the block). */
    private static String html(Element source) {
        Element copy = source.clone();
        for (Element element : copy.select("*")) {
            Set<String> kept = KEPT_ATTRIBUTES.getOrDefault(element.normalName(), Set.of());
            for (Attribute attribute : new ArrayList<>(element.attributes().asList())) {
                if (!kept.contains(attribute.getKey().toLowerCase(Locale.ROOT))) {
                    element.removeAttr(attribute.getKey());
                }
            }
        }
        copy.select("img:not([alt])").attr("alt", ""); // an image without a description is announced as decorative
        org.jsoup.nodes.Document shell = org.jsoup.nodes.Document.createShell("");
        shell.outputSettings().prettyPrint(false);
        shell.body().appendChild(copy);
        String html = copy.outerHtml();
        return html.replaceAll("\\n\\s*\\n", "\n").strip();
    }

    private static String escapeAttribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static String prefixLines(String text, String prefix, String emptyPrefix) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.isEmpty() ? emptyPrefix : prefix + line);
        }
        return out.toString();
    }

    private static String indent(String text, String indent) {
        return text.replace("\n", "\n" + indent).replaceAll("\\n" + Pattern.quote(indent) + "(?=\\n)", "\n");
    }
}
