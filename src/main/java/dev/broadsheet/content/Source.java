package dev.broadsheet.content;

import java.util.Objects;

/**
 * A Markdown source file as read: its path relative to the site folder (forward slashes, such as
 * {@code content/articles/2025-09-03-x.md}) and its text with line endings normalized to LF.
 */
public record Source(String path, String text) {

    public Source {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    /** The file name without folders and without the {@code .md} extension. */
    public String baseName() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
