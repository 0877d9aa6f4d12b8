package dev.broadsheet.importer;

import dev.broadsheet.markdown.Markdown;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** What Markdown would read as a heading's closing sequence: {@code " ##"} at its end. */
    private static final Pattern CLOSING_HASHES = Pattern.compile("\\s#+$");
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
            if (child instanceof Element element && HtmlStructure.isBlock(element)) {
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
            case "figure", "iframe", "dl", "video", "audio", "details" -> blocks.add(MinimalHtml.of(element));
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
            String text = InlineMarkdown.lineStarts(InlineMarkdown.inline(source, htmlEmphasis, false).strip());
            if (readsAs(text, source)) {
                return java.util.Optional.of(text);
            }
        }
        return java.util.Optional.of(MinimalHtml.of(source));
    }

    private java.util.Optional<String> heading(Element heading) {
        if (heading.text().isBlank()) {
            return heading.select("img").isEmpty() ? java.util.Optional.empty() : paragraph(heading.childNodes());
        }
        heading.select("br").forEach(br -> br.replaceWith(new TextNode(" ")));
        heading.select("strong, b").forEach(Element::unwrap); // a heading is bold already
        int level = Math.max(2, Integer.parseInt(heading.normalName().substring(1)));
        String content = InlineMarkdown.inline(heading, false, false).strip().replace("\\\n", " ");
        Matcher closing = CLOSING_HASHES.matcher(content);
        if (closing.find()) {
            content = content.substring(0, closing.start() + 1) + "\\" + content.substring(closing.start() + 1);
        }
        String text = "#".repeat(level) + " " + content;
        return java.util.Optional.of(readsAs(text, heading) ? text : MinimalHtml.of(heading));
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
                items.add(new ArrayList<>(List.of(InlineMarkdown.escape(InlineMarkdown.normalizeSpace(text.text()), false))));
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
        return java.util.Optional.of(readsAs(text, list) ? text : MinimalHtml.of(list));
    }

    private static boolean isList(String block) {
        return block.startsWith("- ") || InlineMarkdown.ORDERED_START.matcher(block).find();
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
        String fence = "`".repeat(Math.max(3, InlineMarkdown.longestBacktickRun(code) + 1));
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
            blocks.add(MinimalHtml.of(table));
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
        blocks.add(readsAs(text, table) ? text : MinimalHtml.of(table));
    }

    private String cell(Element cell) {
        Element copy = cell.clone();
        copy.select("p, div").forEach(Element::unwrap);
        return InlineMarkdown.inline(copy, false, true).strip().replace("|", "\\|");
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
        return InlineMarkdown.normalizeSpace(text).strip();
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
