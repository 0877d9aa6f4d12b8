package dev.broadsheet.build;

import dev.broadsheet.content.StaticFile;
import dev.broadsheet.render.Output;
import dev.broadsheet.site.Site;
import java.util.List;

/**
 * A site made in memory, ready to be written or served.
 *
 * @param site the published model
 * @param outputs every generated file
 * @param staticFiles the files copied as they are
 */
public record BuiltSite(Site site, List<Output> outputs, List<StaticFile> staticFiles) {

    public BuiltSite {
        outputs = List.copyOf(outputs);
        staticFiles = List.copyOf(staticFiles);
    }

    BuildResult result(int files, long millis) {
        int pages = (int) outputs.stream().filter(Output::isHtml).count();
        return new BuildResult(site.articles().size(), pages, files, millis, site.warnings());
    }
}
