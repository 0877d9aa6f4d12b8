package dev.broadsheet.build;

import java.util.Optional;
import java.util.Set;

/**
 * What changed in a site's sources since its last build, as the dev server's file watcher saw it.
 *
 * @param paths the changed files and folders, relative to the site folder with forward slashes
 *              ({@code content/articles/x.md}); empty when not known, which means anything may have changed
 */
public record SourceChanges(Optional<Set<String>> paths) {

    /** Anything may have changed. */
    public static final SourceChanges UNKNOWN = new SourceChanges(Optional.empty());

    public SourceChanges {
        paths = paths.map(Set::copyOf);
    }

    /** Exactly these paths changed (created, modified or deleted). */
    public static SourceChanges of(Set<String> paths) {
        return new SourceChanges(Optional.of(paths));
    }
}
