package dev.broadsheet.config;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** The date forms a writer may use, in front matter and in {@code site.yaml} alike. */
public final class Dates {

    /** How the forms are named in problems. */
    public static final String FORMS = "YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS] (read in the site's time zone) or YYYY-MM-DDTHH:MM:SS+02:00";
    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern OFFSET = Pattern.compile(".*(?:Z|[+-]\\d{2}:?\\d{2})$");

    private Dates() {
    }

    /**
     * {@code 2025-09-04}, {@code 2025-09-04T08:00} or {@code 2025-09-04 08:00} in {@code zone}, or
     * with an offset; shown in {@code zone}.
     *
     * @throws DateTimeException when {@code text} is none of these
     */
    public static ZonedDateTime parse(String text, ZoneId zone) {
        String iso = text.strip().replace(' ', 'T');
        if (DATE_ONLY.matcher(iso).matches()) {
            return LocalDate.parse(iso).atStartOfDay(zone);
        }
        if (OFFSET.matcher(iso).matches()) {
            return OffsetDateTime.parse(iso).atZoneSameInstant(zone);
        }
        try {
            return LocalDateTime.parse(iso).atZone(zone);
        } catch (DateTimeParseException e) {
            throw new DateTimeException(e.getMessage(), e);
        }
    }
}
