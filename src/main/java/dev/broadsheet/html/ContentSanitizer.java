package dev.broadsheet.html;

import dev.broadsheet.SafeUrls;
import dev.broadsheet.content.BodyCleaner;
import dev.broadsheet.markdown.Embed;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The site's HTML policy for article bodies.
 * <ul>
 *   <li>{@code trusted} (the default, as on Jekyll and Blogger): HTML written in Markdown passes,
 *       but URLs with a scheme other than http, https and mailto are dropped;</li>
 *   <li>{@code sanitize}: only jsoup's relaxed {@link Safelist} passes — no scripts, no event
 *       handlers, no styles — plus iframes from the hosts allowed in {@code site.yaml}.</li>
 * </ul>
 */
public final class ContentSanitizer implements BodyCleaner {

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster", "cite",
            "background", "data", "xlink:href", "longdesc", "manifest", "codebase", "icon", "ping");

    private final boolean sanitize;
    private final Set<String> iframeHosts;
    private final Safelist safelist;

    public ContentSanitizer(boolean sanitize, java.util.List<String> iframeHosts) {
        this.sanitize = sanitize;
        this.iframeHosts = Set.copyOf(iframeHosts);
        this.safelist = Safelist.relaxed()
                .addTags("figure", "figcaption", "section", "mark", "del", "ins", "time", "abbr", "details", "summary", "iframe")
                .addAttributes(":all", "id", "class", "title", "lang", "dir")
                .addAttributes("div", "data-footnotes")
                .addAttributes("time", "datetime")
                .addAttributes("iframe", "src", "width", "height", "title", "allowfullscreen", "loading")
                .addAttributes("figure", "data-embed-src", "data-embed-provider", "data-embed-title")
                .addProtocols("a", "href", "http", "https", "mailto", "#")
                .addProtocols("iframe", "src", "https")
                .preserveRelativeLinks(true);
    }

    @Override
    public String clean(String bodyHtml, boolean hasRawHtml) {
        if (!sanitize && !hasRawHtml) {
            return bodyHtml; // Markdown's own links were checked when rendered
        }
        Document body = Jsoup.parseBodyFragment(bodyHtml, "http://site.invalid/");
        placeholdersForFrames(body);
        if (sanitize) {
            body = new Cleaner(safelist).clean(body);
            body.select("figure[data-embed-src]").forEach(ContentSanitizer::keepKnownEmbed);
            body.select("iframe").forEach(this::keepAllowedIframe);
        }
        dropUnsafeUrls(body);
        body.outputSettings().prettyPrint(false);
        return body.body().html();
    }

    /**
     * Replaces each frame of a provider Broadsheet embeds (pasted from YouTube's "Share", or brought
     * from Blogger) with the placeholder that loads it only when asked.
     */
    private static void placeholdersForFrames(Document body) {
        for (Element iframe : body.select("iframe[src]")) {
            String src = iframe.attr("src").startsWith("//") ? "https:" + iframe.attr("src") : iframe.attr("src");
            Embed.of(src).ifPresent(embed -> iframe.replaceWith(placeholder(embed.described(iframe.attr("title").strip(), "", ""))));
        }
        // The blockquotes X and Instagram give to paste, which their scripts turn into frames.
        for (Element quote : body.select("blockquote.twitter-tweet, blockquote.instagram-media")) {
            String permalink = quote.hasAttr("data-instgrm-permalink") ? quote.attr("data-instgrm-permalink")
                    : quote.select("a[href*=/status/]").stream().map(a -> a.attr("href")).reduce((first, last) -> last).orElse("");
            Embed.of(permalink).ifPresent(embed -> quote.replaceWith(placeholder(embed.described("", quote.text().strip(), ""))));
        }
        body.select("script[src*=platform.twitter.com/widgets.js], script[src*=instagram.com/embed.js]").remove();
    }

    private static Element placeholder(Embed embed) {
        return Jsoup.parseBodyFragment(embed.html()).body().child(0);
    }

    /** A sanitized article's placeholder may load only what a known provider's URL says. */
    private static void keepKnownEmbed(Element figure) {
        boolean known = Embed.of(figure.attr("data-embed-src")).map(embed -> embed.frameUrl().equals(figure.attr("data-embed-src")))
                .orElse(false);
        if (!known) {
            figure.removeAttr("data-embed-src");
        }
    }

    private void keepAllowedIframe(Element iframe) {
        String host = "";
        try {
            host = String.valueOf(URI.create(iframe.attr("src")).getHost()).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            // not a URL: removed below
        }
        if (!iframe.attr("src").startsWith("https://") || !iframeHosts.contains(host)) {
            iframe.remove();
        }
    }

    private static void dropUnsafeUrls(Document body) {
        for (Element element : body.getAllElements()) {
            for (Attribute attribute : element.attributes().asList()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                boolean url = URL_ATTRIBUTES.contains(name) && !SafeUrls.isSafe(attribute.getValue());
                boolean srcset = name.equals("srcset") && !java.util.Arrays.stream(attribute.getValue().split(","))
                        .allMatch(candidate -> SafeUrls.isSafe(candidate.strip()));
                if (url || srcset) {
                    element.removeAttr(attribute.getKey());
                }
            }
        }
    }
}
