package dev.broadsheet.html;

import dev.broadsheet.render.Output;
import dev.broadsheet.site.Site;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Links from one source file to another ({@code [vedi](2025-09-03-putin-kim-pechino.md)},
 * {@code [chi siamo](../pages/chi-siamo.md#contatti)}) become links to the pages made from them,
 * fragment kept. A link to a file that makes no page is left for {@link LinkChecker} to report.
 */
public final class CrossReferences implements HtmlStep {

    private final Site site;

    public CrossReferences(Site site) {
        this.site = site;
    }

    @Override
    public boolean appliesTo(Output page) {
        return page.origin().startsWith("content/") && page.content().contains(".md");
    }

    @Override
    public void apply(Document document, Output page) {
        if (!page.origin().startsWith("content/")) {
            return;
        }
        for (Element link : document.select("a[href*=.md]")) {
            targetOf(page.origin(), link.attr("href"))
                    .flatMap(target -> site.findOutputOf(target.source()).map(path -> path + target.fragment()))
                    .ifPresent(path -> link.attr("href", site.urls().href(page.path(), path)));
        }
    }

    /** The source file that {@code href}, written in the file {@code origin}, names, if it names a {@code .md} file. */
    static Optional<SourceLink> targetOf(String origin, String href) {
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        if (!path.endsWith(".md") || path.startsWith("/") || path.contains(":")) {
            return Optional.empty();
        }
        try {
            String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            Path resolved = Path.of(origin).resolveSibling(decoded).normalize();
            return Optional.of(new SourceLink(resolved.toString().replace('\\', '/'), hash < 0 ? "" : href.substring(hash)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A link to a source file: {@code content/pages/chi-siamo.md} and {@code #contatti}. */
    record SourceLink(String source, String fragment) {
    }
}
