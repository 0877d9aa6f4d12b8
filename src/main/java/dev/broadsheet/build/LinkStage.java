package dev.broadsheet.build;

import dev.broadsheet.BuildException;
import dev.broadsheet.html.LinkChecker;
import dev.broadsheet.html.PageIds;
import dev.broadsheet.site.Site;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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

    private record Known(Set<String> files, List<?> articles, List<?> pages, Map<String, Object> sources, LinkChecker.Report report) {
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
        LinkChecker checker = new LinkChecker(site, plan.files(), new PageIds(contentOf));
        LinkChecker.Report report;
        Map<String, Object> sources;
        if (last.isEmpty() || !last.get().files().equals(plan.files())) {
            sources = sourcesOf(site);
            report = checker.check();
        } else {
            Known known = last.get();
            Map<String, Object> edited = new HashMap<>();
            edited(known.articles(), site.articles(), known.sources(), edited, dev.broadsheet.content.Article::source);
            edited(known.pages(), site.pages(), known.sources(), edited, dev.broadsheet.content.Page::source);
            if (edited.isEmpty()) {
                sources = known.sources();
            } else {
                sources = new HashMap<>(known.sources());
                sources.putAll(edited);
            }
            Set<String> again = new HashSet<>(edited.keySet());
            rewritten.forEach(path -> again.addAll(known.report().sourcesLinkingInto().getOrDefault(path, Set.of())));
            report = known.report().recheckedFor(again, checker.check(again));
        }
        if (!report.problems().isEmpty()) {
            throw new BuildException(report.problems());
        }
        if (remember) {
            last = Optional.of(new Known(plan.files(), site.articles(), site.pages(), sources, report));
        }
    }

    /**
     * Notes in {@code edited} the values of {@code now} that are not the very objects {@code known}
     * had for their source: by place while the two lists are of the same sources, else by source.
     */
    private static <T> void edited(List<?> before, List<T> now, Map<String, Object> known, Map<String, Object> edited,
                                   java.util.function.Function<T, String> sourceOf) {
        boolean byPlace = before.size() == now.size();
        for (int i = 0; i < now.size(); i++) {
            T value = now.get(i);
            if (byPlace && before.get(i) == value) {
                continue;
            }
            String source = sourceOf.apply(value);
            if (known.get(source) != value) {
                edited.put(source, value);
            }
        }
    }

    /** Each article and page of {@code site} by its source. */
    private static Map<String, Object> sourcesOf(Site site) {
        Map<String, Object> sources = new HashMap<>(site.articles().size() * 2);
        site.articles().forEach(a -> sources.put(a.source(), a));
        site.pages().forEach(p -> sources.put(p.source(), p));
        return sources;
    }
}
