package dev.broadsheet.content;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A link from one source file to another, as an author writes it ({@code 2025-09-03-x.md#contatti},
 * {@code ../pages/chi-siamo.md}): the file it names and the fragment. The one rule for what such a
 * link names, shared by the pages that turn it into a URL and the check that it exists.
 *
 * @param source the file named, such as {@code content/pages/chi-siamo.md}
 * @param fragment {@code #contatti}, or empty
 */
public record SourceLink(String source, String fragment) {

    /** The source file that {@code href}, written in the file {@code origin}, names, if it names a {@code .md} file. */
    public static Optional<SourceLink> of(String origin, String href) {
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        if (!path.endsWith(".md") || path.startsWith("/") || path.contains(":")) {
            return Optional.empty();
        }
        try {
            String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            Path resolved = Path.of(origin).resolveSibling(decoded).normalize();
            return Optional.of(new SourceLink(resolved.toString().replace('\\', '/'), hash < 0 ? "" : href.substring(hash)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
