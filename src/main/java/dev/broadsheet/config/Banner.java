package dev.broadsheet.config;

import java.time.Instant;
import java.util.Objects;

/**
 * The breaking-news banner of {@code site.yaml}: shown on every page until it expires, and gone by
 * itself at the first build after that.
 *
 * @param text what it says; empty for no banner
 * @param link where it leads: a path of the site ({@code /2025/09/x/}) or an {@code https://} address; or empty
 * @param expires the moment it stops being shown
 */
public record Banner(String text, String link, Instant expires) {

    /** No banner. */
    public static final Banner NONE = new Banner("", "", Instant.MIN);

    public Banner {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(expires, "expires");
    }

    /** Whether it is shown at {@code now}. */
    public boolean isShownAt(Instant now) {
        return !text.isEmpty() && now.isBefore(expires);
    }
}
