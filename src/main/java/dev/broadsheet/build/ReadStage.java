package dev.broadsheet.build;

import dev.broadsheet.content.SourceReader;
import dev.broadsheet.content.Sources;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The read stage, remembering what it read: when the dev server's watcher says which files
 * changed, only those are read again (Markdown), or the file lists (templates); any other change,
 * or none known, reads everything.
 */
final class ReadStage {

    private final SourceReader reader = new SourceReader();
    private Optional<Sources> last = Optional.empty();

    Sources read(Path sourceDir, SourceChanges changes) {
        if (last.isEmpty() || changes.paths().isEmpty()) {
            return kept(reader.read(sourceDir));
        }
        Sources known = last.get();
        Set<String> changed = new TreeSet<>(changes.paths().get());
        changed.removeIf(path -> SourceReader.isUnread(sourceDir, known, path));
        if (changed.isEmpty()) {
            return known;
        }
        if (changed.stream().allMatch(SourceReader::isMarkdownSource)) {
            return kept(reader.reread(sourceDir, known, changed));
        }
        if (changed.stream().allMatch(path -> path.startsWith("templates/"))) {
            return kept(reader.rereadTemplates(sourceDir, known));
        }
        return kept(reader.read(sourceDir));
    }

    private Sources kept(Sources sources) {
        last = Optional.of(sources);
        return sources;
    }
}
