package dev.broadsheet.content;

import dev.broadsheet.Problem;
import dev.broadsheet.config.YamlMapping;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Typed reading of front-matter fields; each wrong value becomes a problem at its line. */
final class FieldReader {

    static final String DATE_FORMS = dev.broadsheet.config.Dates.FORMS;

    private final YamlMapping map;
    private final List<Problem> problems;

    FieldReader(YamlMapping map, List<Problem> problems) {
        this.map = map;
        this.problems = problems;
    }

    YamlMapping map() {
        return map;
    }

    /** The problems found so far; callers add their own. */
    List<Problem> problems() {
        return problems;
    }

    String text(String key) {
        Object value = map.find(key).orElse("");
        if (value instanceof String text) {
            return text.strip();
        }
        problem(key, "'" + key + "' must be a single text value, not a list or mapping");
        return "";
    }

    boolean flag(String key) {
        String text = text(key);
        return switch (text) {
            case "", "false" -> false;
            case "true" -> true;
            default -> {
                problem(key, "'" + key + "' must be true or false, got \"" + text + "\"");
                yield false;
            }
        };
    }

    /**
     * A list of corrections, each a mapping with a {@code date} and a {@code text}, oldest first;
     * what is wrong is a problem at the key's line.
     */
    List<Correction> corrections(String key, java.time.ZoneId zone) {
        Object value = map.find(key).orElse(List.of());
        String example = " — for example:\ncorrections:\n  - date: 2025-09-04T10:00\n    text: Il vertice si è svolto il 3 settembre, non il 2.";
        if (!(value instanceof List<?> items)) {
            problem(key, "'" + key + "' must be a list of corrections, each with a 'date' and a 'text'" + example);
            return List.of();
        }
        List<Correction> corrections = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof java.util.Map<?, ?> fields) || !(fields.get("date") instanceof String date)
                    || !(fields.get("text") instanceof String text) || text.isBlank()) {
                problem(key, "every correction needs a 'date' and a 'text', got " + describe(item) + example);
                continue;
            }
            try {
                corrections.add(new Correction(parseDate(date, zone), text.strip()));
            } catch (java.time.DateTimeException e) {
                problem(key, "a correction's 'date' must be a real date written as " + DATE_FORMS + ", got \"" + date + "\"");
            }
        }
        corrections.sort(java.util.Comparator.comparing(Correction::date));
        return corrections;
    }

    List<String> list(String key) {
        Object value = map.find(key).orElse(List.of());
        if (value instanceof String text) {
            return text.isBlank() ? List.of() : List.of(text.strip());
        }
        if (!(value instanceof List<?> items)) {
            problem(key, "'" + key + "' must be a list such as [Russia, Cina]");
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof String text && !text.isBlank()) {
                texts.add(text.strip());
            } else {
                problem(key, "every item of '" + key + "' must be a non-empty text, got " + describe(item));
            }
        }
        return texts;
    }

    Optional<ZonedDateTime> date(String key, ZoneId zone) {
        String text = text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parseDate(text, zone));
        } catch (DateTimeException e) {
            problem(key, "'" + key + "' must be a real date written as " + DATE_FORMS + ", got \"" + text + "\"");
            return Optional.empty();
        }
    }

    static ZonedDateTime parseDate(String text, ZoneId zone) {
        return dev.broadsheet.config.Dates.parse(text, zone);
    }

    void problem(String key, String message) {
        problems.add(new Problem(map.file(), map.lineOf(key), message));
    }

    private static String describe(Object item) {
        if (item instanceof List) {
            return "a list";
        }
        return item instanceof java.util.Map ? "a mapping" : "an empty value";
    }
}
