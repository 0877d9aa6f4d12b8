package dev.broadsheet.build;

import dev.broadsheet.Problem;
import java.util.List;

/**
 * What a successful build did.
 *
 * @param articles articles published
 * @param pages HTML pages written
 * @param files files written in all (pages, static files, the rest)
 * @param millis wall time of the build
 * @param warnings problems that did not stop the build
 * @param advice those of {@code warnings} that are advice, which {@code check} reports without failing (a picture without a description)
 * @param next the next moment the published site changes by itself (an article comes due, the banner expires), if any
 * @param stageMillis milliseconds per pipeline stage, in order
 * @param threadMillis thread time of the steps inside stages (templates, post-process, write), all threads together
 * @param slowestTemplates the templates that took the most time, most first
 */
public record BuildResult(int articles, int pages, int files, long millis, List<Problem> warnings, List<Problem> advice,
                          java.util.Optional<NextChange> next,
                          java.util.Map<String, Long> stageMillis, java.util.Map<String, Long> threadMillis,
                          List<dev.broadsheet.render.TemplateTimes.Entry> slowestTemplates) {

    public BuildResult {
        warnings = List.copyOf(warnings);
        advice = List.copyOf(advice);
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
        threadMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(threadMillis));
        slowestTemplates = List.copyOf(slowestTemplates);
    }

    /**
     * The next scheduled change, and how the site's language says it
     * ({@code prossima pubblicazione: 4 settembre 2025, 08:00}).
     */
    public record NextChange(dev.broadsheet.site.SiteIndexer.ScheduledChange change, String note) {
    }
}
