package dev.broadsheet.markdown;

import dev.broadsheet.SafeUrls;
import dev.broadsheet.Slug;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * CommonMark with GFM tables, strikethrough, autolinks and footnotes, and ids on headings made with
 * the site's slug rule. Built once; thread-safe.
 */
public final class Markdown {

    /** Marks the end of the summary, as in Hugo and Jekyll. */
    public static final String MORE = "<!--more-->";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Parser commentParser;
    private final HtmlRenderer commentRenderer;

    public Markdown() {
        List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), FootnotesExtension.create());
        // Explicit limits: deeply nested quotes or emphasis must not overflow the stack.
        this.parser = Parser.builder().extensions(extensions).maxOpenBlockParsers(100).maxInlineNesting(100)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions)
                .attributeProviderFactory(context -> new HeadingIds())
                .attributeProviderFactory(context -> new SafeLinks())
                .attributeProviderFactory(context -> new TableAlignment())
                .nodeRendererFactory(Figures.Renderer::new)
                .build();
        // No footnotes in comments: their ids (fn-1, fnref-1) would collide with the article's on the same page.
        List<Extension> commentExtensions = List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());
        this.commentParser = Parser.builder().extensions(commentExtensions).maxOpenBlockParsers(100).maxInlineNesting(100).build();
        this.commentRenderer = HtmlRenderer.builder().extensions(commentExtensions)
                .escapeHtml(true)
                .attributeProviderFactory(context -> new SafeLinks())
                .attributeProviderFactory(context -> new UserContentLinks())
                .nodeRendererFactory(ImageAsText::new)
                .build();
    }

    /**
     * A reader's comment: Markdown with any HTML in it shown as text, links marked as user content
     * ({@code rel="nofollow ugc"}) and images shown as their description, so that a comment can
     * neither change the page nor make it load anything.
     */
    public String renderComment(String markdown) {
        return commentRenderer.render(commentParser.parse(markdown));
    }

    /** Marks links as written by readers, so search engines do not count them as the site's. */
    private static final class UserContentLinks implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (tagName.equals("a")) {
                attributes.put("rel", "nofollow ugc");
            }
        }
    }

    /** Renders an image as its description in brackets: comments load nothing from other sites. */
    private static final class ImageAsText implements org.commonmark.renderer.NodeRenderer {
        private final org.commonmark.renderer.html.HtmlWriter html;

        ImageAsText(org.commonmark.renderer.html.HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(org.commonmark.node.Image.class);
        }

        @Override
        public void render(Node node) {
            String description = PlainText.of(node).strip();
            if (!description.isEmpty()) {
                html.text("[" + description + "]");
            }
        }
    }

    public RenderedMarkdown render(String markdown) {
        return render(markdown, 1);
    }

    /**
     * Renders a document whose first line is line {@code firstLine} of its file (after front matter),
     * so that link lines name lines of the file.
     */
    public RenderedMarkdown render(String markdown, int firstLine) {
        Node document = parser.parse(markdown);
        List<RenderedMarkdown.Flaw> flaws = new ArrayList<>();
        Figures.transform(document, firstLine, flaws);
        String html = footnotesAsDiv(renderer.render(document));
        HeadingCollector headings = new HeadingCollector();
        document.accept(headings);
        LinkCollector links = new LinkCollector(firstLine);
        document.accept(links);
        PlainText.Normalized text = PlainText.normalize(PlainText.of(document));
        return new RenderedMarkdown(html, summaryOf(document), text.words(), headings.headings, links.links, text.text(),
                links.rawHtml, flaws);
    }

    /**
     * A table column's alignment as a class ({@code align-right}): the {@code align} attribute is
     * obsolete HTML. Code blocks and tables, which scroll sideways on a phone, are focusable.
     */
    private static final class TableAlignment implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            String align = attributes.remove("align");
            if (align != null && (tagName.equals("th") || tagName.equals("td"))) {
                attributes.merge("class", "align-" + align, (a, b) -> a + " " + b);
            }
            if (tagName.equals("pre") || tagName.equals("table")) {
                attributes.put("tabindex", "0"); // they scroll sideways on a phone: a keyboard must reach them to scroll them
            }
        }
    }

    /**
     * The footnotes as a {@code <div>}: a {@code <section>} should have a heading, and the notes
     * need none (the HTML checker warns of one without).
     */
    static String footnotesAsDiv(String html) {
        String open = "<section class=\"footnotes\" data-footnotes>";
        int at = html.lastIndexOf(open);
        int close = html.lastIndexOf("</section>");
        if (at < 0 || close < at) {
            return html;
        }
        return html.substring(0, at) + "<div class=\"footnotes\" data-footnotes>" + html.substring(at + open.length(), close) + "</div>"
                + html.substring(close + "</section>".length());
    }

    /** Drops link and image URLs with a scheme other than http, https and mailto. */
    private static final class SafeLinks implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            attributes.entrySet().removeIf(attribute -> (attribute.getKey().equals("href") || attribute.getKey().equals("src"))
                    && !SafeUrls.isSafe(attribute.getValue()));
        }
    }

    /** Lists link and image destinations with the file line they stand on, and notices raw HTML. */
    private static final class LinkCollector extends AbstractVisitor {
        private final List<LinkRef> links = new ArrayList<>();
        private boolean rawHtml;

        @Override
        public void visit(HtmlBlock html) {
            rawHtml |= !html.getLiteral().strip().equals(MORE) && !isComment(html.getLiteral());
        }

        @Override
        public void visit(org.commonmark.node.HtmlInline html) {
            rawHtml |= !isComment(html.getLiteral());
        }

        private static boolean isComment(String literal) {
            String text = literal.strip();
            return text.startsWith("<!--") && text.endsWith("-->") && text.indexOf("-->") == text.length() - 3;
        }
        private final int firstLine;

        LinkCollector(int firstLine) {
            this.firstLine = firstLine;
        }

        @Override
        public void visit(org.commonmark.node.Link link) {
            links.add(new LinkRef(link.getDestination(), lineOf(link), false, ""));
            visitChildren(link);
        }

        @Override
        public void visit(org.commonmark.node.Image image) {
            links.add(new LinkRef(image.getDestination(), lineOf(image), true, PlainText.of(image).strip()));
            visitChildren(image);
        }

        private int lineOf(Node node) {
            return node.getSourceSpans().isEmpty() ? firstLine : node.getSourceSpans().get(0).getLineIndex() + firstLine;
        }
    }

    private static String summaryOf(Node document) {
        boolean more = false;
        for (Node block = document.getFirstChild(); block != null && !more; block = block.getNext()) {
            more = block instanceof HtmlBlock html && html.getLiteral().contains(MORE);
        }
        if (more) {
            StringBuilder beforeMore = new StringBuilder();
            for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                if (block instanceof HtmlBlock html && html.getLiteral().contains(MORE)) {
                    return PlainText.normalizeSpace(beforeMore.toString());
                }
                beforeMore.append(PlainText.of(block)).append(' ');
            }
        }
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Paragraph) {
                return PlainText.normalizeSpace(PlainText.of(block));
            }
        }
        return "";
    }

    /**
     * The text a reader sees of {@code markdown}, white space normalized: what a browser shows of
     * its HTML, without images' descriptions (an importer checks with it that its Markdown reads as
     * the HTML it came from).
     */
    public String visibleText(String markdown) {
        return PlainText.normalize(PlainText.of(parser.parse(markdown), false)).text();
    }

    /** Gives every heading a unique id made from its text; one instance per rendered document. */
    private static final class HeadingIds implements AttributeProvider {
        private final Set<String> used = new HashSet<>();

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Heading heading) {
                String id = uniqueId(PlainText.of(heading), used);
                attributes.put("id", id);
            }
        }
    }

    static String uniqueId(String text, Set<String> used) {
        String base = Slug.of(text);
        if (base.isEmpty()) {
            base = "section";
        }
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Lists headings after rendering; ids are computed the same way, in the same order. */
    private static final class HeadingCollector extends AbstractVisitor {
        private final List<RenderedMarkdown.Heading> headings = new ArrayList<>();
        private final Set<String> used = new HashSet<>();

        @Override
        public void visit(Heading heading) {
            String text = PlainText.of(heading).strip();
            headings.add(new RenderedMarkdown.Heading(heading.getLevel(), text, uniqueId(text, used)));
        }
    }
}
