package dev.broadsheet.build;

import dev.broadsheet.BuildException;
import dev.broadsheet.html.LinkChecker;
import dev.broadsheet.html.PageIds;
import dev.broadsheet.site.Site;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The link check: every link, anchor and image an author wrote must lead into the finished site.
 * A source's links are checked again when the source changed, when the site's files changed, or
 * when a page one of its {@code #fragment} links points into was rendered again.
 */
final class LinkStage {

    private record Known(Set<String> files, List<?> articles, List<?> pages, List<?> dossiers, List<?> authors, LinkChecker.Report report) {
    }

    private Optional<Known> last = Optional.empty();

    /**
     * @param contentOf output path → the page as made
     * @throws BuildException with every broken link
     */
    void check(RenderStage.Plan plan, Set<String> rewritten, Function<String, Optional<byte[]>> contentOf) {
        Site site = plan.site();
        LinkChecker checker = new LinkChecker(site, plan.files(), new PageIds(contentOf));
        LinkChecker.Report report;
        if (last.isEmpty() || !last.get().files().equals(plan.files())) {
            report = checker.check();
        } else {
            // The same files, so the same articles and pages: those not the very objects at their places are checked again.
            Known known = last.get();
            Set<String> again = new HashSet<>();
            edited(known.articles(), site.articles(), again, dev.broadsheet.content.Article::source);
            edited(known.pages(), site.pages(), again, dev.broadsheet.content.Page::source);
            edited(known.dossiers(), site.dossierPages(), again, dev.broadsheet.content.Page::source);
            edited(known.authors(), site.authorDescriptions(), again, dev.broadsheet.content.Page::source);
            rewritten.forEach(path -> again.addAll(known.report().sourcesLinkingInto().getOrDefault(path, Set.of())));
            report = again.isEmpty() ? known.report() : known.report().recheckedFor(again, checker.check(again));
        }
        if (!report.problems().isEmpty()) {
            throw new BuildException(report.problems());
        }
        last = Optional.of(new Known(plan.files(), site.articles(), site.pages(), site.dossierPages(), site.authorDescriptions(), report));
    }

    /** Notes in {@code edited} the sources of the values of {@code now} that are not the very objects of {@code before} at their places. */
    private static <T> void edited(List<?> before, List<T> now, Set<String> edited, java.util.function.Function<T, String> sourceOf) {
        for (int i = 0; i < now.size(); i++) {
            if (i >= before.size() || before.get(i) != now.get(i)) {
                edited.add(sourceOf.apply(now.get(i)));
            }
        }
    }
}
