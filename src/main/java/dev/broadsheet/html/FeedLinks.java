package dev.broadsheet.html;

import dev.broadsheet.content.Article;
import dev.broadsheet.render.FeedBodies;
import dev.broadsheet.site.Urls;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Article bodies for feeds, with links and images that work in a feed reader: absolute from the
 * base URL, or, for a site without one, relative to the feed (which a reader resolves against the
 * feed's own address). Links written from the site root ({@code /images/x.svg}) point into the
 * site, not to the host's root. Each body is rewritten once per feed folder, and only if it has a
 * link to rewrite.
 */
public final class FeedLinks implements FeedBodies {

    private static final String PLACEHOLDER_HOST = "https://broadsheet.invalid/";

    private final Urls urls;
    private final Map<String, Body> cache = new ConcurrentHashMap<>();

    public FeedLinks(Urls urls) {
        this.urls = urls;
    }

    @Override
    public String body(Article article, String feedPath) {
        String key = urls.feedBase(feedPath) + "\u0000" + article.source();
        Body known = cache.get(key);
        if (known != null && known.article() == article) {
            return known.html();
        }
        String html = hasRelativeLink(article.bodyHtml()) ? rewrite(article, feedPath) : article.bodyHtml();
        cache.put(key, new Body(article, html));
        return html;
    }

    /**
     * Whether {@code html} has an {@code href}, {@code src} or {@code poster} value that is not
     * {@code http:}, {@code https:} or {@code mailto:}. A scan from one {@code ="} to the next: a
     * regular expression starting with an alternation tries every position, and was most of the
     * feeds' cost.
     */
    static boolean hasRelativeLink(String html) {
        for (int at = html.indexOf("=\""); at >= 0; at = html.indexOf("=\"", at + 2)) {
            boolean linkAttribute = html.startsWith("href", at - 4) || html.startsWith("src", at - 3) || html.startsWith("poster", at - 6);
            int value = at + 2;
            if (linkAttribute && !(html.startsWith("http:", value) || html.startsWith("https:", value) || html.startsWith("mailto:", value))) {
                return true;
            }
        }
        return false;
    }

    /** A body as rewritten, valid while the article is this very object (the dev server keeps one FeedLinks across rebuilds). */
    private record Body(Article article, String html) {
    }

    private String rewrite(Article article, String feedPath) {
        String articlePath = urls.articlePath(article);
        String siteRoot = urls.hasBaseUrl() ? urls.absolute("index.html") : PLACEHOLDER_HOST;
        String entryUrl = urls.hasBaseUrl() ? urls.absolute(articlePath) : PLACEHOLDER_HOST + articlePath;
        Document body = Jsoup.parseBodyFragment(article.bodyHtml());
        body.outputSettings().prettyPrint(false);
        for (String[] tagAndAttribute : RootRelativeLinks.LINK_ATTRIBUTES) {
            for (Element element : body.select(tagAndAttribute[0] + "[" + tagAndAttribute[1] + "]")) {
                element.attr(tagAndAttribute[1], rewrite(element.attr(tagAndAttribute[1]), siteRoot, entryUrl, feedPath));
            }
        }
        return body.body().html();
    }

    private String rewrite(String link, String siteRoot, String entryUrl, String feedPath) {
        try {
            URI uri = new URI(link);
            if (uri.getScheme() != null || link.startsWith("//")) {
                return link;
            }
            String absolute = link.startsWith("/")
                    ? siteRoot + RootRelativeLinks.toOutputPath(link.substring(1))
                    : new URI(entryUrl).resolve(uri).toString();
            if (urls.hasBaseUrl() || !absolute.startsWith(PLACEHOLDER_HOST)) {
                return absolute;
            }
            return urls.href(feedPath, absolute.substring(PLACEHOLDER_HOST.length()));
        } catch (URISyntaxException e) {
            return link; // not a URL we can place; leave it as the author wrote it
        }
    }
}
