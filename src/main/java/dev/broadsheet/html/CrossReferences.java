package dev.broadsheet.html;

import dev.broadsheet.content.SourceLink;
import dev.broadsheet.render.Output;
import dev.broadsheet.site.Site;
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
            SourceLink.of(page.origin(), link.attr("href"))
                    .flatMap(target -> site.findOutputOf(target.source()).map(path -> path + target.fragment()))
                    .ifPresent(path -> link.attr("href", site.urls().href(page.path(), path)));
        }
    }
}
