package dev.broadsheet.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * One file of the built site: text (a page, a feed), bytes already encoded, or bytes in parts (the
 * search index, whose parts are kept between the dev server's rebuilds and never joined in
 * memory). Immutable.
 */
public final class Output {

    private final String path;
    private final String content;
    private final byte[] encoded;
    private final List<byte[]> parts;
    private final String origin;

    /**
     * @param path where it goes, relative to the output folder, with forward slashes
     * @param content its text (UTF-8 when written)
     * @param origin what produced it, for collision reports: a source file or a template
     */
    public Output(String path, String content, String origin) {
        this(path, Objects.requireNonNull(content, "content"), null, null, origin);
    }

    private Output(String path, String content, byte[] encoded, List<byte[]> parts, String origin) {
        this.path = Objects.requireNonNull(path, "path");
        this.content = content;
        this.encoded = encoded;
        this.parts = parts;
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    /** An output whose UTF-8 bytes are already made; {@code bytes} must not be changed afterwards. */
    public static Output encoded(String path, byte[] bytes, String origin) {
        return new Output(path, null, Objects.requireNonNull(bytes, "bytes"), null, origin);
    }

    /** An output made of these UTF-8 parts, one after the other; they must not be changed afterwards. */
    public static Output inParts(String path, List<byte[]> parts, String origin) {
        return new Output(path, null, null, List.copyOf(parts), origin);
    }

    /** Whether it is held as bytes (encoded or in parts), not as text. */
    public boolean isEncoded() {
        return content == null;
    }

    /** Its bytes in the parts it is held in; one part unless made with {@link #inParts}. */
    public List<byte[]> parts() {
        return parts != null ? parts : List.of(bytes());
    }

    public String path() {
        return path;
    }

    /** Its text. */
    public String content() {
        return content != null ? content : new String(bytes(), StandardCharsets.UTF_8);
    }

    public String origin() {
        return origin;
    }

    public boolean isHtml() {
        return path.endsWith(".html");
    }

    /** Its bytes as written (UTF-8). */
    public byte[] bytes() {
        if (content != null) {
            return content.getBytes(StandardCharsets.UTF_8);
        }
        if (encoded != null) {
            return encoded;
        }
        byte[] joined = new byte[parts.stream().mapToInt(part -> part.length).sum()];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        return joined;
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
