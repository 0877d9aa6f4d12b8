package dev.broadsheet.render;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} for the dates pages print most: every teaser,
 * feed entry and archive line has one, and the general formatter costs more than the rest of the
 * line. Whole seconds, four-digit years and whole-minute offsets are written directly; anything
 * else goes to the formatter, so the text is always the same.
 */
final class IsoDates {

    private IsoDates() {
    }

    static String format(ZonedDateTime date) {
        int year = date.getYear();
        int offset = date.getOffset().getTotalSeconds();
        if (date.getNano() != 0 || year < 1000 || year > 9999 || offset % 60 != 0) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date);
        }
        char[] text = new char[25];
        digits(text, 0, year, 4);
        text[4] = '-';
        digits(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, date.getHour(), 2);
        text[13] = ':';
        digits(text, 14, date.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, date.getSecond(), 2);
        if (offset == 0) {
            text[19] = 'Z';
            return new String(text, 0, 20);
        }
        int minutes = Math.abs(offset) / 60;
        text[19] = offset < 0 ? '-' : '+';
        digits(text, 20, minutes / 60, 2);
        text[22] = ':';
        digits(text, 23, minutes % 60, 2);
        return new String(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
