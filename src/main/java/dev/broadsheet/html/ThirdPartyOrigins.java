package dev.broadsheet.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds what a page would fetch from other sites as soon as it is opened — pictures, scripts,
 * frames, style sheets, fonts, icons, media, form targets — so that a build can prove that a
 * reader's visit tells no third party anything until the reader asks. Links ({@code <a href>})
 * and placeholders' data are not fetched and do not count.
 */
public final class ThirdPartyOrigins {

    /** A fetch from another origin that opening a page would make. */
    public record Contact(String origin, String url, String element) {
    }

    private static final Set<String> LINK_RELS = Set.of("stylesheet", "preload", "modulepreload", "prefetch", "preconnect",
            "dns-prefetch", "icon", "apple-touch-icon", "mask-icon", "manifest", "prerender");
    private static final Set<String> LOADING_TAGS = Set.of("img", "source", "script", "iframe", "frame", "embed", "object",
            "video", "audio", "track", "input", "form", "link", "image", "use");
    private static final Pattern CSS_URL = Pattern.compile("(?i)(?:url\\(\\s*[\"']?|@import\\s+[\"'])((?:https?:)?//[^\"')\\s]+)");
    private static final Pattern TAG_NAME = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)");
    private static final Pattern REL = Pattern.compile("(?i)\\srel\\s*=\\s*[\"']?([^\"'>]*)");

    private final String ownOrigin;

    /** @param ownOrigin the site's own origin ({@code https://redazione.github.io}), or empty for a site without a base URL */
    public ThirdPartyOrigins(String ownOrigin) {
        this.ownOrigin = ownOrigin;
    }

    /** Every fetch from another origin that opening {@code html} makes, in page order. */
    public List<Contact> inPage(String html) {
        if (!mayContact(html)) {
            return List.of(); // most pages: no address of another site where anything is fetched from
        }
        Document document = Jsoup.parse(html);
        List<Contact> contacts = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            switch (tag) {
                case "img", "source" -> {
                    add(contacts, element, "src");
                    srcset(contacts, element);
                }
                case "script", "iframe", "frame", "embed", "track", "input" -> add(contacts, element, "src");
                case "object" -> add(contacts, element, "data");
                case "video", "audio" -> {
                    add(contacts, element, "src");
                    add(contacts, element, "poster");
                }
                case "form" -> add(contacts, element, "action");
                case "image", "use" -> {
                    add(contacts, element, "href");
                    add(contacts, element, "xlink:href");
                }
                case "link" -> {
                    if (java.util.Arrays.stream(element.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).anyMatch(LINK_RELS::contains)) {
                        add(contacts, element, "href");
                    }
                }
                case "style" -> contacts.addAll(inCss(element.data(), "<style>"));
                default -> { }
            }
            if (element.hasAttr("style")) {
                contacts.addAll(inCss(element.attr("style"), "<" + tag + " style>"));
            }
        }
        return contacts;
    }

    /** Every fetch from another origin a style sheet makes: its {@code url()}s and {@code @import}s. */
    public List<Contact> inCss(String css, String where) {
        List<Contact> contacts = new ArrayList<>();
        Matcher url = CSS_URL.matcher(css);
        while (url.find()) {
            foreign(url.group(1)).ifPresent(origin -> contacts.add(new Contact(origin, url.group(1), where)));
        }
        return contacts;
    }

    private void add(List<Contact> contacts, Element element, String attribute) {
        String value = element.attr(attribute).strip();
        foreign(value).ifPresent(origin -> contacts.add(new Contact(origin, value, "<" + element.normalName() + " " + attribute + ">")));
    }

    private void srcset(List<Contact> contacts, Element element) {
        for (String candidate : element.attr("srcset").split(",")) {
            String url = candidate.strip().split("\\s+")[0];
            foreign(url).ifPresent(origin -> contacts.add(new Contact(origin, url, "<" + element.normalName() + " srcset>")));
        }
    }

    /** The origin of {@code url} when it is another site's. */
    private Optional<String> foreign(String url) {
        String absolute = url.startsWith("//") ? "https:" + url : url;
        String lower = absolute.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        // An address too broken to parse still goes out: it is named by what stands before its path.
        String origin = dev.broadsheet.SafeUrls.originOf(absolute).orElseGet(() -> lower.substring(0, lower.indexOf("//") + 2)
                + lower.substring(lower.indexOf("//") + 2).split("[/?#]")[0]);
        return origin.equals(ownOrigin) ? Optional.empty() : Optional.of(origin);
    }

    /**
     * Whether some {@code //} of {@code html} stands where a fetch starts: in a tag that fetches
     * (a {@code <link>} only with a rel that does), or after {@code url(} or {@code @import}. A
     * scan for the few {@code //} of a page, so that only pages that may contact anyone are parsed.
     */
    static boolean mayContact(String html) {
        for (int at = html.indexOf("//"); at >= 0; at = html.indexOf("//", at + 2)) {
            int open = html.lastIndexOf('<', at);
            int close = html.lastIndexOf('>', at);
            if (open > close) {
                Matcher name = TAG_NAME.matcher(html).region(open, at);
                String tag = name.lookingAt() ? name.group(1).toLowerCase(Locale.ROOT) : "";
                if (containsIgnoringCase(html, open, at, "url(") || LOADING_TAGS.contains(tag) && !tag.equals("link")) {
                    return true;
                }
                if (tag.equals("link") && linkFetches(html, open)) {
                    return true;
                }
            } else {
                int from = Math.max(close, at - 24);
                if (containsIgnoringCase(html, from, at, "url(") || containsIgnoringCase(html, from, at, "@import")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code text} holds {@code word} (ASCII, any case) between {@code from} and {@code to}, without copying it. */
    private static boolean containsIgnoringCase(String text, int from, int to, String word) {
        for (int i = from; i + word.length() <= to; i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean linkFetches(String html, int open) {
        int end = html.indexOf('>', open);
        Matcher rel = REL.matcher(end < 0 ? html.substring(open) : html.substring(open, end));
        if (!rel.find()) {
            return false;
        }
        Set<String> rels = new TreeSet<>(List.of(rel.group(1).toLowerCase(Locale.ROOT).split("\\s+")));
        rels.retainAll(LINK_RELS);
        return !rels.isEmpty();
    }
}
