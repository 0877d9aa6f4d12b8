package dev.broadsheet.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One file of the built site: its text (a page, a feed), or its UTF-8 bytes in parts — one part
 * once encoded, several for the search index, whose parts are kept between the dev server's
 * rebuilds and never joined in memory. Immutable.
 */
public final class Output {

    private final String path;
    /** Its text, when held as text; otherwise empty and {@link #parts} holds it. */
    private final Optional<String> content;
    /** Its UTF-8 bytes in parts, when held as bytes (one part unless made with {@link #inParts}). */
    private final List<byte[]> parts;
    private final String origin;

    /**
     * @param path where it goes, relative to the output folder, with forward slashes
     * @param content its text (UTF-8 when written)
     * @param origin what produced it, for collision reports: a source file or a template
     */
    public Output(String path, String content, String origin) {
        this(path, Optional.of(content), List.of(), origin);
    }

    private Output(String path, Optional<String> content, List<byte[]> parts, String origin) {
        this.path = Objects.requireNonNull(path, "path");
        this.content = content;
        this.parts = parts;
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    /** An output whose UTF-8 bytes are already made; {@code bytes} must not be changed afterwards. */
    public static Output encoded(String path, byte[] bytes, String origin) {
        return inParts(path, List.of(Objects.requireNonNull(bytes, "bytes")), origin);
    }

    /** An output made of these UTF-8 parts, one after the other; they must not be changed afterwards. */
    public static Output inParts(String path, List<byte[]> parts, String origin) {
        return new Output(path, Optional.empty(), List.copyOf(parts), origin);
    }

    /** This output held as bytes: itself when it already is, so what is kept in memory is encoded once. */
    public Output encoded() {
        return content.isEmpty() ? this : encoded(path, bytes(), origin);
    }

    /** Its bytes in the parts it is held in; one part unless made with {@link #inParts}. */
    public List<byte[]> parts() {
        return content.isPresent() ? List.of(bytes()) : parts;
    }

    public String path() {
        return path;
    }

    /** Its text. */
    public String content() {
        return content.orElseGet(() -> new String(bytes(), StandardCharsets.UTF_8));
    }

    public String origin() {
        return origin;
    }

    public boolean isHtml() {
        return path.endsWith(".html");
    }

    /** Its bytes as written (UTF-8). */
    public byte[] bytes() {
        if (content.isPresent()) {
            return content.get().getBytes(StandardCharsets.UTF_8);
        }
        if (parts.size() == 1) {
            return parts.get(0);
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
