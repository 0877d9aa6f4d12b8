package dev.broadsheet.config;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Interface strings of one language ({@code templates/i18n/it.yaml}), falling back to English.
 * Placeholders {@code {0}}, {@code {1}}… are replaced literally (no MessageFormat, whose quoting
 * rules would eat the apostrophes of Italian text).
 */
public record Strings(String language, Map<String, String> own, Map<String, String> fallback) {

    public Strings {
        own = Map.copyOf(own);
        fallback = Map.copyOf(fallback);
    }

    public Optional<String> find(String key) {
        return Optional.ofNullable(own.getOrDefault(key, fallback.get(key)));
    }

    /** Keys that this language lacks and that come from English, sorted. */
    public java.util.Set<String> missingKeys() {
        TreeMap<String, String> missing = new TreeMap<>(fallback);
        missing.keySet().removeAll(own.keySet());
        return missing.keySet();
    }

    /** The string for {@code key} with {@code {i}} replaced by {@code args[i]}. */
    public String format(String key, Object... args) {
        String text = find(key).orElseThrow(() -> new IllegalArgumentException(
                "no interface string '" + key + "' in templates/i18n/" + language + ".yaml nor en.yaml"));
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
