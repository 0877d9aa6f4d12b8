package dev.broadsheet.build;

import dev.broadsheet.BuildException;
import dev.broadsheet.html.LinkChecker;
import dev.broadsheet.html.PageIds;
import dev.broadsheet.site.Site;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The link check: every link, anchor and image an author wrote must lead into the finished site.
 * A source's links are checked again when the source changed, when the site's files changed, or
 * when a page one of its {@code #fragment} links points into was rendered again.
 */
final class LinkStage {

    private record Known(Set<String> files, Map<String, Object> sources, LinkChecker.Report report) {
    }

    private final boolean remember;
    private Optional<Known> last = Optional.empty();

    LinkStage(boolean remember) {
        this.remember = remember;
    }

    /**
     * @param contentOf output path → the page as made
     * @throws BuildException with every broken link
     */
    void check(RenderStage.Plan plan, Set<String> rewritten, Function<String, Optional<byte[]>> contentOf) {
        Site site = plan.site();
        Map<String, Object> sources = new HashMap<>(site.articles().size() * 2);
        site.articles().forEach(a -> sources.put(a.source(), a));
        site.pages().forEach(p -> sources.put(p.source(), p));
        LinkChecker checker = new LinkChecker(site, plan.files(), new PageIds(contentOf));
        LinkChecker.Report report;
        if (last.isEmpty() || !last.get().files().equals(plan.files())) {
            report = checker.check();
        } else {
            Known known = last.get();
            Set<String> again = new HashSet<>();
            sources.forEach((source, value) -> {
                if (known.sources().get(source) != value) {
                    again.add(source);
                }
            });
            rewritten.forEach(path -> again.addAll(known.report().sourcesLinkingInto().getOrDefault(path, Set.of())));
            report = known.report().recheckedFor(again, checker.check(again));
        }
        if (!report.problems().isEmpty()) {
            throw new BuildException(report.problems());
        }
        if (remember) {
            last = Optional.of(new Known(plan.files(), sources, report));
        }
    }
}
