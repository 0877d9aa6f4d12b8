package dev.broadsheet.render;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file of the built site: text (a page, a feed) or bytes already encoded (the search index,
 * assembled from one cached piece per article). Immutable.
 */
public final class Output {

    private final String path;
    private final String content;
    private final byte[] encoded;
    private final String origin;

    /**
     * @param path where it goes, relative to the output folder, with forward slashes
     * @param content its text (UTF-8 when written)
     * @param origin what produced it, for collision reports: a source file or a template
     */
    public Output(String path, String content, String origin) {
        this(path, Objects.requireNonNull(content, "content"), null, origin);
    }

    private Output(String path, String content, byte[] encoded, String origin) {
        this.path = Objects.requireNonNull(path, "path");
        this.content = content;
        this.encoded = encoded;
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    /** An output whose UTF-8 bytes are already made; {@code bytes} must not be changed afterwards. */
    public static Output encoded(String path, byte[] bytes, String origin) {
        return new Output(path, null, Objects.requireNonNull(bytes, "bytes"), origin);
    }

    public String path() {
        return path;
    }

    /** Its text. */
    public String content() {
        return content != null ? content : new String(encoded, StandardCharsets.UTF_8);
    }

    public String origin() {
        return origin;
    }

    public boolean isHtml() {
        return path.endsWith(".html");
    }

    /** Its bytes as written (UTF-8). */
    public byte[] bytes() {
        return content != null ? content.getBytes(StandardCharsets.UTF_8) : encoded;
    }

    public Output withContent(String newContent) {
        return new Output(path, newContent, origin);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Output that && path.equals(that.path) && origin.equals(that.origin) && java.util.Arrays.equals(bytes(), that.bytes());
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return "Output[" + path + " from " + origin + "]";
    }
}
