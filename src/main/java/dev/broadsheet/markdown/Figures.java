package dev.broadsheet.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The two blocks Broadsheet adds to Markdown, both made from standard syntax so that any other
 * Markdown tool still shows something sensible:
 * <ul>
 *   <li>a picture alone in its paragraph, with a title — {@code ![Description](/images/x.jpg "Caption | Credit")} —
 *       is a {@code <figure>} with the caption, and the credit after the last {@code |};</li>
 *   <li>a fenced block of kind {@code embed} — the provider's URL, then optional {@code title:},
 *       {@code caption:} and {@code poster:} lines — is an {@link Embed} placeholder.</li>
 * </ul>
 */
final class Figures {

    /** A picture with its caption and credit. */
    static final class Figure extends CustomBlock {
        final String caption;
        final String credit;

        Figure(String caption, String credit) {
            this.caption = caption;
            this.credit = credit;
        }
    }

    /** An embed placeholder. */
    static final class EmbedBlock extends CustomBlock {
        final Embed embed;

        EmbedBlock(Embed embed) {
            this.embed = embed;
        }
    }

    private static final Set<String> EMBED_KEYS = Set.of("title", "caption", "poster");

    private Figures() {
    }

    /** Turns the document's captioned pictures and embed blocks into figures; what is wrong is added to {@code flaws}. */
    static void transform(Node document, int firstLine, List<RenderedMarkdown.Flaw> flaws) {
        List<Node> blocks = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            blocks.add(node);
        }
        collectNested(document, blocks);
        for (Node block : blocks) {
            if (block instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Image image
                    && image.getNext() == null && image.getTitle() != null && !image.getTitle().isBlank()) {
                String title = image.getTitle().strip();
                int bar = title.lastIndexOf('|');
                Figure figure = bar < 0 ? new Figure(title, "") : new Figure(title.substring(0, bar).strip(), title.substring(bar + 1).strip());
                figure.setSourceSpans(paragraph.getSourceSpans());
                figure.appendChild(image);
                paragraph.insertBefore(figure);
                paragraph.unlink();
            } else if (block instanceof FencedCodeBlock code && code.getInfo() != null && code.getInfo().strip().equals("embed")) {
                int line = code.getSourceSpans().isEmpty() ? firstLine : code.getSourceSpans().get(0).getLineIndex() + firstLine;
                embed(code.getLiteral(), line, flaws).ifPresent(embed -> {
                    EmbedBlock node = new EmbedBlock(embed);
                    node.setSourceSpans(code.getSourceSpans());
                    code.insertBefore(node);
                    code.unlink();
                });
            }
        }
    }

    /** Blocks inside quotes and lists, where pictures and embeds may stand too. */
    private static void collectNested(Node parent, List<Node> blocks) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof org.commonmark.node.BlockQuote || node instanceof org.commonmark.node.ListBlock
                    || node instanceof org.commonmark.node.ListItem) {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    blocks.add(child);
                }
                collectNested(node, blocks);
            }
        }
    }

    private static Optional<Embed> embed(String literal, int fenceLine, List<RenderedMarkdown.Flaw> flaws) {
        List<String> lines = literal.lines().toList();
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            flaws.add(new RenderedMarkdown.Flaw(fenceLine, "this embed block is empty: put the video's, post's or map's URL on its first line"));
            return Optional.empty();
        }
        String url = lines.get(first).strip();
        Optional<Embed> known = Embed.of(url);
        if (known.isEmpty()) {
            flaws.add(new RenderedMarkdown.Flaw(fenceLine + 1 + first, "\"" + url + "\" is not a page Broadsheet can embed: give the URL "
                    + "of a YouTube or Vimeo video, a post on X or Instagram, a Facebook video or a Google Maps place"));
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = first + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).strip();
            if (line.isBlank()) {
                continue;
            }
            if (!EMBED_KEYS.contains(key)) {
                flaws.add(new RenderedMarkdown.Flaw(fenceLine + 1 + i, "an embed block takes only title:, caption: and poster: lines "
                        + "after its URL, got \"" + line.strip() + "\""));
                return Optional.empty();
            }
            fields.put(key, line.substring(colon + 1).strip());
        }
        String poster = fields.getOrDefault("poster", "");
        if (!poster.isEmpty() && (!poster.startsWith("/") || poster.startsWith("//"))) {
            flaws.add(new RenderedMarkdown.Flaw(fenceLine + 1, "an embed's poster must be a picture of the site named from its root, "
                    + "such as /images/poster.jpg, got \"" + poster + "\": a picture of another site would be loaded with the page"));
            return Optional.empty();
        }
        return Optional.of(known.get().described(fields.getOrDefault("title", ""), fields.getOrDefault("caption", ""), poster));
    }

    /** Renders {@link Figure} and {@link EmbedBlock}. */
    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Figure.class, EmbedBlock.class);
        }

        @Override
        public void render(Node node) {
            html.line();
            if (node instanceof EmbedBlock block) {
                html.raw(block.embed.html());
                html.line();
                return;
            }
            Figure figure = (Figure) node;
            Image image = (Image) figure.getFirstChild();
            html.tag("figure", context.extendAttributes(figure, "figure", Map.of()));
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("src", context.encodeUrl(image.getDestination()));
            attributes.put("alt", PlainText.of(image).strip());
            html.tag("img", context.extendAttributes(image, "img", attributes), true);
            if (!figure.caption.isEmpty() || !figure.credit.isEmpty()) {
                html.tag("figcaption");
                html.text(figure.caption);
                if (!figure.credit.isEmpty()) {
                    html.raw(figure.caption.isEmpty() ? "" : " ");
                    html.tag("small", Map.of("class", "credit"));
                    html.text(figure.credit);
                    html.tag("/small");
                }
                html.tag("/figcaption");
            }
            html.tag("/figure");
            html.line();
        }
    }
}
