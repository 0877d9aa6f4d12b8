package dev.broadsheet.importer;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What Markdown cannot say — a figure, an iframe, a table with merged cells — as a minimal HTML block. */
final class MinimalHtml {

    /** Attributes a minimal HTML block keeps, by tag ({@code *}: every tag). */
    private static final Map<String, Set<String>> KEPT_ATTRIBUTES = Map.ofEntries(
            Map.entry("a", Set.of("href", "title")), Map.entry("img", Set.of("src", "alt")),
            Map.entry("iframe", Set.of("src", "width", "height", "title", "allowfullscreen")),
            Map.entry("td", Set.of("colspan", "rowspan")), Map.entry("th", Set.of("colspan", "rowspan", "scope")),
            Map.entry("ol", Set.of("start")), Map.entry("span", Set.of("id")), Map.entry("abbr", Set.of("title")),
            Map.entry("video", Set.of("src", "controls", "poster", "width", "height")), Map.entry("source", Set.of("src", "type")),
            Map.entry("audio", Set.of("src", "controls")));

    private MinimalHtml() {
    }

    /** The element as a minimal HTML block: known attributes only, no blank lines (which would end the block). */
    static String of(Element source) {
        Element copy = source.clone();
        for (Element element : copy.select("*")) {
            Set<String> kept = KEPT_ATTRIBUTES.getOrDefault(element.normalName(), Set.of());
            for (Attribute attribute : new ArrayList<>(element.attributes().asList())) {
                if (!kept.contains(attribute.getKey().toLowerCase(Locale.ROOT))) {
                    element.removeAttr(attribute.getKey());
                }
            }
        }
        copy.select("img:not([alt])").attr("alt", ""); // an image without a description is announced as decorative
        Document shell = Document.createShell("");
        shell.outputSettings().prettyPrint(false);
        shell.body().appendChild(copy);
        String html = copy.outerHtml();
        return html.replaceAll("\\n\\s*\\n", "\n").strip();
    }

    static String escapeAttribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
