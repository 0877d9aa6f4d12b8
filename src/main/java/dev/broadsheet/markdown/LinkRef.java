package dev.broadsheet.markdown;

import java.util.Objects;

/**
 * A link or image destination as the author wrote it, for cross-references and link checks.
 *
 * @param destination the URL or path, such as {@code ../pages/chi-siamo.md#contatti}
 * @param line the 1-based line of the source file
 * @param image whether it is an image
 * @param description an image's description (its alt text) as written; empty for a link
 */
public record LinkRef(String destination, int line, boolean image, String description) {

    public LinkRef {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(description, "description");
    }

    /** Whether it leaves the site: has a scheme ({@code https:}, {@code mailto:}) or is protocol-relative. */
    public boolean isExternal() {
        return destination.startsWith("//") || dev.broadsheet.SafeUrls.hasScheme(destination);
    }
}
