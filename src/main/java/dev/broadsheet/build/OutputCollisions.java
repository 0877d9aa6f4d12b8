package dev.broadsheet.build;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import dev.broadsheet.content.StaticFile;
import dev.broadsheet.render.RenderJob;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two outputs at one path are an error naming both sources, also when the paths differ only by
 * letter case or Unicode normalisation: they would overwrite each other on macOS and Windows.
 */
final class OutputCollisions {

    private OutputCollisions() {
    }

    /** @throws BuildException naming both sources of every collision */
    static void check(List<RenderJob> outputs, List<StaticFile> staticFiles) {
        Map<String, String> seen = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        List<String[]> all = new ArrayList<>();
        outputs.forEach(o -> all.add(new String[] {o.path(), o.origin()}));
        staticFiles.forEach(f -> all.add(new String[] {f.outputPath(), f.origin()}));
        for (String[] pathAndOrigin : all) {
            String key = Normalizer.normalize(pathAndOrigin[0], Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            String first = seen.putIfAbsent(key, pathAndOrigin[1] + " (" + pathAndOrigin[0] + ")");
            if (first != null) {
                problems.add(Problem.of(pathAndOrigin[1], "writes " + pathAndOrigin[0] + ", which " + first
                        + " writes too — change a slug or rename one of the files"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
    }

}
