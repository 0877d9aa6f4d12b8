package dev.broadsheet.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The block structure of a cleaned body: which elements are blocks; formatting that wraps blocks
 * moved inside them; the jump break lifted to stand between blocks; heading levels made consecutive.
 */
final class HtmlStructure {

    static final Set<String> INLINE_FORMATTING = Set.of("b", "strong", "i", "em", "s", "strike", "del", "a", "cite", "dfn",
            "var", "sup", "sub", "small", "mark", "q", "abbr", "code", "tt", "kbd", "samp", "time");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
            "pre", "table", "hr", "iframe", "figure", "dl", "center", "section", "article", "header", "footer", "aside",
            "address", "main", "nav", "details", "video", "audio", "dt", "dd", "thead", "tbody", "tfoot", "tr", "td", "th",
            "caption", "figcaption", "fieldset", "legend", "hgroup", "summary", BloggerHtml.MORE);

    private HtmlStructure() {
    }

    /**
     * The body's heading levels made consecutive from {@code h2} (the article's headline is the
     * page's only {@code h1}): a post whose sections are {@code h3}, as Blogger's editor made them,
     * gets {@code h2} sections, and no level is skipped (which the HTML checker reports).
     */
    static void headingLevels(Element body) {
        java.util.TreeSet<Integer> levels = new java.util.TreeSet<>();
        List<Element> headings = body.select("h1, h2, h3, h4, h5, h6");
        headings.forEach(h -> levels.add(h.normalName().charAt(1) - '0'));
        List<Integer> ordered = new ArrayList<>(levels);
        for (Element heading : headings) {
            heading.tagName("h" + Math.min(6, 2 + ordered.indexOf(heading.normalName().charAt(1) - '0')));
        }
    }

    /**
     * Formatting that wraps blocks ({@code <b><div>…</div><div>…</div></b>}, common in pasted text)
     * is moved inside each block, so the blocks stay blocks and the text stays bold.
     */
    static void pushFormattingIntoBlocks(Element body) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Element element : body.select("*")) {
                if (INLINE_FORMATTING.contains(element.normalName()) && element.parent() != null && hasBlockChild(element)) {
                    pushDown(element);
                    changed = true;
                    break;
                }
            }
        }
    }

    private static boolean hasBlockChild(Element element) {
        for (Element child : element.children()) {
            if (isBlock(child)) {
                return true;
            }
        }
        return false;
    }

    private static void pushDown(Element formatting) {
        List<Node> children = new ArrayList<>(formatting.childNodes());
        for (Node child : children) {
            if (child instanceof Element block && isBlock(block)) {
                if (!block.normalName().equals("hr") && !block.normalName().equals(BloggerHtml.MORE) && !block.normalName().equals("iframe")) {
                    Element wrapper = formatting.shallowClone();
                    wrapper.appendChildren(new ArrayList<>(block.childNodes()));
                    block.appendChild(wrapper);
                }
                formatting.before(block);
            } else {
                Element wrapper = formatting.shallowClone();
                formatting.before(wrapper);
                wrapper.appendChild(child);
            }
        }
        formatting.remove();
    }

    static boolean isBlock(Element element) {
        return BLOCKS.contains(element.normalName());
    }

    /** The jump break moved up between the blocks it stands in, splitting them, so it is a block of its own. */
    static void hoistMore(Element body) {
        Element more = body.selectFirst(BloggerHtml.MORE);
        if (more == null) {
            return;
        }
        while (more.parent() != null && more.parent() != body) {
            Element parent = more.parent();
            Element rest = parent.shallowClone();
            List<Node> after = new ArrayList<>();
            for (Node next = more.nextSibling(); next != null; next = next.nextSibling()) {
                after.add(next);
            }
            rest.appendChildren(after);
            parent.after(more);
            more.after(rest);
            if (rest.childNodeSize() == 0) {
                rest.remove();
            }
        }
    }
}
