package dev.broadsheet.build;

import dev.broadsheet.Problem;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.Sources;
import dev.broadsheet.site.Site;
import java.util.ArrayList;
import java.util.List;

/** What did not stop a build: from reading, from indexing, interface strings the language lacks, and redirects left out. */
final class Warnings {

    private Warnings() {
    }

    static List<Problem> of(Sources sources, RenderStage.Plan plan) {
        Site site = plan.site();
        List<Problem> warnings = new ArrayList<>(sources.warnings());
        warnings.addAll(site.warnings());
        warnings.addAll(site.dossierWarnings());
        warnings.addAll(site.authorWarnings());
        SiteConfig config = site.config();
        if (!config.language().equals("en")) {
            String file = "templates/i18n/" + config.language() + ".yaml";
            config.strings().missingKeys().forEach(key -> warnings.add(Problem.of(file,
                    "no interface string '" + key + "', the English one is used — add '" + key + ": …'")));
        }
        warnings.addAll(dev.broadsheet.render.PageRenderer.unplannedRedirects(site, plan.jobs()));
        return warnings;
    }
}
