package dev.broadsheet.content;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A correction the newsroom made to an article in public, from its front matter's
 * {@code corrections} list.
 *
 * @param date when it was made, in the site's time zone
 * @param text what was corrected, as plain text
 */
public record Correction(ZonedDateTime date, String text) {

    public Correction {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
    }
}
