package dev.broadsheet.build;

import dev.broadsheet.Problem;
import dev.broadsheet.content.StaticFile;
import dev.broadsheet.render.Output;
import dev.broadsheet.site.Site;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A site made in memory, ready to be written or served.
 *
 * @param site the published model
 * @param outputs every generated file
 * @param places each output's place in {@code outputs} by its path
 * @param staticFiles the files copied as they are
 * @param warnings problems that did not stop the build
 * @param advice those of {@code warnings} that are advice, which {@code check} reports without failing
 * @param otherOrigins for each page that contacts an origin other than the site's own on opening
 *                     (one {@code allowedOrigins} allows, else the build fails), those origins
 * @param times how long each stage took
 * @param rewritten the paths of the outputs this build made: all of them, or after a rebuild from
 *                  the previous site those that changed; every other output is the previous build's
 */
public record BuiltSite(Site site, List<Output> outputs, Map<String, Integer> places, List<StaticFile> staticFiles, List<Problem> warnings,
                        List<Problem> advice, Map<String, List<String>> otherOrigins, StageTimes times, List<String> rewritten) {

    public BuiltSite {
        outputs = List.copyOf(outputs);
        places = Collections.unmodifiableMap(places);
        staticFiles = List.copyOf(staticFiles);
        warnings = List.copyOf(warnings);
        advice = List.copyOf(advice);
        otherOrigins = Map.copyOf(otherOrigins);
        rewritten = List.copyOf(rewritten);
    }

    /** The generated file at {@code path}. */
    public Optional<Output> find(String path) {
        return Optional.ofNullable(places.get(path)).map(outputs::get);
    }

    /** Whether this site was made whole, not as an update of the previous one. */
    public boolean isComplete() {
        return rewritten.size() == outputs.size();
    }

    BuildResult result(int files, long millis) {
        int pages = (int) outputs.stream().filter(Output::isHtml).count();
        return new BuildResult(site.articles().size(), pages, files, millis, warnings, advice, java.util.Optional.empty(), times.millis(), times.threadMillis(), List.of());
    }
}
