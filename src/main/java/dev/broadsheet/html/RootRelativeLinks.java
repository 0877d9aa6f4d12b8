package dev.broadsheet.html;

import dev.broadsheet.render.Output;
import dev.broadsheet.site.Urls;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns links written from the site root ({@code ![…](/images/x.svg)}, {@code [..](/chi-siamo/)})
 * into links relative to the page, so they work under a sub-path and from disk. The 404 page is
 * left alone: its links are made from the base path on purpose.
 */
public final class RootRelativeLinks implements HtmlStep {

    /** Element and attribute pairs that carry a link, shared with {@link FeedLinks}. */
    static final String[][] LINK_ATTRIBUTES = {{"a", "href"}, {"img", "src"}, {"link", "href"},
            {"script", "src"}, {"source", "src"}, {"video", "src"}, {"audio", "src"}, {"video", "poster"}};

    private final Urls urls;

    public RootRelativeLinks(Urls urls) {
        this.urls = urls;
    }

    @Override
    public boolean appliesTo(Output page) {
        return !page.path().equals(Urls.NOT_FOUND) && hasRootRelativeValue(page.content());
    }

    /** Whether {@code html} has {@code ="/} or {@code ='/}: one pass over every page, so one scan, not one per quote. */
    static boolean hasRootRelativeValue(String html) {
        for (int at = html.indexOf('='); at >= 0 && at + 2 < html.length(); at = html.indexOf('=', at + 1)) {
            char quote = html.charAt(at + 1);
            if ((quote == '"' || quote == '\'') && html.charAt(at + 2) == '/') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void apply(Document document, Output page) {
        String path = page.path();
        if (path.equals(Urls.NOT_FOUND)) {
            return;
        }
        for (String[] tagAndAttribute : LINK_ATTRIBUTES) {
            for (Element element : document.select(tagAndAttribute[0] + "[" + tagAndAttribute[1] + "^=/]")) {
                String value = element.attr(tagAndAttribute[1]);
                if (!value.startsWith("//")) {
                    element.attr(tagAndAttribute[1], urls.href(path, toOutputPath(value.substring(1))));
                }
            }
        }
    }

    /** A path from the site root ({@code chi-siamo/}, {@code x.svg#a}) as an output path. */
    static String toOutputPath(String rootRelative) {
        int cut = rootRelative.indexOf('#');
        String path = cut < 0 ? rootRelative : rootRelative.substring(0, cut);
        String fragment = cut < 0 ? "" : rootRelative.substring(cut);
        return Urls.fileOf(path) + fragment;
    }
}
