package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick ISO 8601 dates are the formatter's, character for character. */
class IsoDatesTest {

    @Test
    void sameTextAsTheFormatterInEveryZoneAndCorner() {
        Random random = new Random(7);
        List<ZoneId> zones = List.of(ZoneId.of("Europe/Rome"), ZoneOffset.UTC, ZoneId.of("America/St_Johns"), ZoneId.of("Asia/Kolkata"),
                ZoneOffset.ofHoursMinutesSeconds(-3, -30, -15), ZoneId.of("Pacific/Kiritimati"));
        for (int i = 0; i < 20000; i++) {
            long seconds = random.nextLong(-70_000_000_000L, 300_000_000_000L);
            int nanos = random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0;
            ZonedDateTime date = ZonedDateTime.ofInstant(Instant.ofEpochSecond(seconds, nanos), zones.get(random.nextInt(zones.size())));
            assertThat(IsoDates.format(date)).isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date));
        }
        ZonedDateTime rome = ZonedDateTime.parse("2025-09-03T18:30:00+02:00");
        assertThat(IsoDates.format(rome)).isEqualTo("2025-09-03T18:30:00+02:00");
    }
}
