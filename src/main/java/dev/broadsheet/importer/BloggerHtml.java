package dev.broadsheet.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A Blogger body made into plain, well-formed HTML before it becomes Markdown: entities that were
 * encoded twice decoded; Word paste, inline styles, fonts and spans gone; fake Word bullets made
 * into lists; caption tables made into figures; the jump break made a marker; links and images
 * rewritten; formatting that wraps whole blocks pushed down into them. What is left is only what
 * Markdown (or a minimal HTML block) can say.
 */
final class BloggerHtml {

    /** Marks the jump break ({@code <!--more-->} or {@code <a name="more">}) until it is written. */
    static final String MORE = "broadsheet-more";
    /** A figure made from a caption table: an image and its caption. */
    static final String FIGURE = "figure";

    private static final Pattern DOUBLE_ENCODED = Pattern.compile("&amp;(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    /** Tags that only style text, unwrapped: their text stays, their look goes. */
    private static final Set<String> STYLING = Set.of("span", "font", "u", "ins", "big", "basefont", "o:p", "nobr", "wbr",
            "blink", "marquee", "bdo", "center-inline", "st1:place", "st1:city", "st1:country-region", "st1:personname");
    /** Tags whose content never reaches a reader of the new site. */
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "meta", "link", "xml", "form", "input",
            "button", "select", "textarea", "option", "head", "title", "base", "svg", "math", "template", "canvas", "map", "area");
    private static final Pattern YOUTUBE_OBJECT = Pattern.compile("(?:youtube(?:-nocookie)?\\.com/(?:v|embed)/)([A-Za-z0-9_-]{6,20})");

    /** Rewrites a body's addresses: links to the old blog, images to their copies. */
    interface Addresses {
        /** The destination to write for a link to {@code href}; empty to keep the text without the link. */
        String link(String href);

        /** The source to write for an image at {@code src}. */
        String image(String src);
    }

    private BloggerHtml() {
    }

    /**
     * The body of {@code html}, cleaned.
     *
     * @param convertLineBreaks whether the blog turned line breaks into {@code <br>} when showing a
     *     post (the classic export's {@code BLOG_CONVERT_LINE_BREAKS})
     */
    static Element clean(String html, boolean convertLineBreaks, Addresses addresses) {
        Document document = Jsoup.parseBodyFragment(decodeTwiceEncoded(html));
        Element body = document.body();
        markJumpBreak(body);
        WordPaste.dropComments(body);
        body.select(String.join(",", DROPPED)).remove();
        body.select("object, embed").forEach(BloggerHtml::embedAsIframe);
        if (convertLineBreaks) {
            lineBreaksAsBr(body);
        }
        WordPaste.lists(body);
        captionTables(body);
        unwrapStyling(body);
        imageLinks(body);
        addresses(body, addresses);
        keepTargetedAnchors(body);
        HtmlStructure.pushFormattingIntoBlocks(body);
        HtmlStructure.hoistMore(body);
        HtmlStructure.headingLevels(body);
        return body;
    }

    /** {@code &amp;nbsp;}, {@code &amp;#8217;}: an entity escaped once too often shows as written; decode it once. */
    static String decodeTwiceEncoded(String html) {
        if (!html.contains("&amp;")) {
            return html;
        }
        Matcher m = DOUBLE_ENCODED.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            String entity = m.group(1);
            boolean known = entity.startsWith("#") || Entities.isNamedEntity(entity);
            m.appendReplacement(out, Matcher.quoteReplacement(known ? "&" + entity + ";" : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void markJumpBreak(Element body) {
        for (Element anchor : body.select("a[name=more]:not([href])")) {
            anchor.replaceWith(new Element(MORE));
        }
        for (Comment comment : WordPaste.comments(body)) {
            if (comment.getData().strip().equals("more")) {
                comment.replaceWith(new Element(MORE));
            }
        }
        List<Element> markers = body.select(MORE);
        for (int i = 1; i < markers.size(); i++) {
            markers.get(i).remove(); // only the first break counts
        }
    }

    /** An old Flash {@code <object>} of a YouTube video becomes the iframe YouTube serves today. */
    private static void embedAsIframe(Element object) {
        if (object.parent() == null) {
            return;
        }
        Matcher video = YOUTUBE_OBJECT.matcher(object.outerHtml());
        if (video.find()) {
            Element iframe = new Element("iframe").attr("src", "https://www.youtube.com/embed/" + video.group(1))
                    .attr("width", "640").attr("height", "360").attr("allowfullscreen", "");
            object.replaceWith(iframe);
        } else {
            object.remove();
        }
    }

    /** What the blog showed: each line break of the post as a {@code <br>}, except in preformatted text. */
    private static void lineBreaksAsBr(Element body) {
        List<TextNode> texts = new ArrayList<>();
        body.traverse((node, depth) -> {
            if (node instanceof TextNode text && text.getWholeText().indexOf('\n') >= 0 && !inside(text, "pre")) {
                texts.add(text);
            }
        });
        for (TextNode text : texts) {
            String[] lines = text.getWholeText().split("\r?\n", -1);
            Node at = text;
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    Element br = new Element("br");
                    at.after(br);
                    at = br;
                }
                TextNode part = new TextNode(lines[i]);
                at.after(part);
                at = part;
            }
            text.remove();
        }
    }

    private static boolean inside(Node node, String tag) {
        for (Node parent = node.parent(); parent != null; parent = parent.parent()) {
            if (parent instanceof Element element && element.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Blogger's caption tables ({@code <table class="tr-caption-container">}: a row with the image,
     * a row {@code td.tr-caption}) become {@code <figure>} with its {@code <figcaption>}.
     */
    private static void captionTables(Element body) {
        for (Element table : body.select("table.tr-caption-container, table:has(td.tr-caption)")) {
            Element image = table.selectFirst("img");
            Element caption = table.selectFirst(".tr-caption");
            if (image == null || table.parent() == null) {
                continue;
            }
            Element link = image.parent() != null && image.parent().normalName().equals("a") ? image.parent() : null;
            Element figure = new Element(FIGURE);
            figure.appendChild(link != null && !isImageAddress(link.attr("href")) ? link : image);
            if (caption != null && !caption.text().isBlank()) {
                Element figcaption = new Element("figcaption");
                figcaption.appendChildren(new ArrayList<>(caption.childNodes()));
                figure.appendChild(figcaption);
            }
            table.replaceWith(figure);
        }
    }

    private static void unwrapStyling(Element body) {
        for (Element element : body.select("*")) {
            String tag = element.normalName();
            if (element.parent() != null && (STYLING.contains(tag) || tag.startsWith("o:") || tag.startsWith("st1:") || tag.startsWith("w:"))) {
                element.unwrap();
            } else if (tag.startsWith("v:")) {
                element.remove(); // Word's vector drawings
            }
        }
        for (Element center : body.select("center")) {
            center.tagName("div");
        }
    }

    /**
     * {@code <a href="…/s1600/x.jpg"><img src="…/s320/x.jpg"></a>}: Blogger's thumbnail linking to
     * the full size. The image is shown at full size now, so the link goes.
     */
    private static void imageLinks(Element body) {
        for (Element link : body.select("a[href]:has(> img)")) {
            if (isImageAddress(link.attr("href")) && link.children().size() == 1 && link.text().isBlank()) {
                link.unwrap();
            }
        }
    }

    static boolean isImageAddress(String href) {
        String lower = href.toLowerCase(Locale.ROOT);
        String path = lower.replaceFirst("[?#].*$", "");
        return path.matches(".*\\.(jpe?g|png|gif|webp|bmp|tiff?|heic|avif)$") || BloggerUrls.isBloggerImageHost(lower);
    }

    private static void addresses(Element body, Addresses addresses) {
        for (Element link : body.select("a[href]")) {
            String destination = addresses.link(link.attr("href").strip());
            if (destination.isEmpty()) {
                link.unwrap();
            } else {
                link.attr("href", destination);
            }
        }
        for (Element image : body.select("img")) {
            String src = image.attr("src").strip();
            if (src.isEmpty() || src.startsWith("data:")) {
                image.remove(); // nothing to show, or an image pasted as data (see the report)
            } else {
                image.attr("src", addresses.image(src));
            }
        }
        for (Element iframe : body.select("iframe[src]")) {
            String src = iframe.attr("src").strip();
            iframe.attr("src", src.startsWith("//") ? "https:" + src : src);
        }
    }

    /**
     * Anchors that a link of the body points to ({@code href="#note1"}) stay, as an empty
     * {@code <span id>}; the others go. A link to an anchor the body lacks loses its link.
     */
    private static void keepTargetedAnchors(Element body) {
        Set<String> targeted = new HashSet<>();
        body.select("a[href^=#]").forEach(a -> targeted.add(a.attr("href").substring(1)));
        Set<String> kept = new HashSet<>();
        for (Element element : body.select("[id], a[name]")) {
            String id = element.hasAttr("id") ? element.id() : element.attr("name");
            boolean anchor = element.normalName().equals("a") && !element.hasAttr("href");
            if (targeted.contains(id) && kept.add(id)) {
                Element span = new Element("span").attr("id", id);
                element.prependChild(span);
                if (anchor) {
                    element.unwrap();
                }
            } else if (anchor) {
                element.unwrap();
            }
            element.removeAttr("id");
        }
        for (Element link : body.select("a[href^=#]")) {
            String id = link.attr("href").substring(1);
            if (!id.isEmpty() && !kept.contains(id)) {
                link.unwrap();
            }
        }
    }
}
