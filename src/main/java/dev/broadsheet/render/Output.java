package dev.broadsheet.render;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file of the built site.
 *
 * @param path where it goes, relative to the output folder, with forward slashes
 * @param content its text (UTF-8 when written)
 * @param origin what produced it, for collision reports: a source file or a template
 */
public record Output(String path, String content, String origin) {

    public Output {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(origin, "origin");
    }

    public boolean isHtml() {
        return path.endsWith(".html");
    }

    public byte[] bytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    public Output withContent(String newContent) {
        return new Output(path, newContent, origin);
    }
}
