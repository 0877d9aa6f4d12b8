package dev.broadsheet.html;

import dev.broadsheet.site.Urls;
import java.net.URI;
import java.net.URISyntaxException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Makes the links and images inside the HTML content of Atom entries work in a feed reader:
 * absolute from the base URL, or, for a site without one, relative to the feed itself (which a
 * reader resolves against the feed's own address). Links written from the site root
 * ({@code /images/x.svg}) point into the site, not to the host's root.
 */
public final class FeedContentLinks {

    private static final String PLACEHOLDER_HOST = "https://broadsheet.invalid/";
    private static final String[][] LINK_ATTRIBUTES = {{"a", "href"}, {"img", "src"}, {"source", "src"},
            {"video", "src"}, {"audio", "src"}, {"video", "poster"}};

    private final Urls urls;

    public FeedContentLinks(Urls urls) {
        this.urls = urls;
    }

    /** The feed at {@code feedPath} with the links of every entry's content rewritten. */
    public String process(String feedXml, String feedPath) {
        Document feed = Jsoup.parse(feedXml, "", Parser.xmlParser());
        feed.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml).charset("UTF-8");
        String siteRoot = urls.hasBaseUrl() ? urls.absolute("index.html") : PLACEHOLDER_HOST;
        for (Element entry : feed.select("entry")) {
            Element link = entry.selectFirst("link[rel=alternate]");
            Element content = entry.selectFirst("content[type=html]");
            if (link == null || content == null) {
                continue;
            }
            String entryUrl = urls.hasBaseUrl() ? link.attr("href")
                    : URI.create(PLACEHOLDER_HOST + feedPath).resolve(link.attr("href")).toString();
            Document body = Jsoup.parseBodyFragment(content.wholeText());
            body.outputSettings().prettyPrint(false);
            for (String[] tagAndAttribute : LINK_ATTRIBUTES) {
                for (Element element : body.select(tagAndAttribute[0] + "[" + tagAndAttribute[1] + "]")) {
                    String value = element.attr(tagAndAttribute[1]);
                    element.attr(tagAndAttribute[1], rewrite(value, siteRoot, entryUrl, feedPath));
                }
            }
            content.text(body.body().html());
        }
        return feed.outerHtml();
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
