package dev.broadsheet.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A YAML mapping read as plain data: every scalar keeps its text as a {@code String}, sequences
 * are {@code List}s and nested mappings are {@code Map}s, in document order. Each top-level key
 * remembers the line of the source file it stands on, so a wrong value can be reported there.
 *
 * @param values key → String, List or Map
 * @param lines key → 1-based line in the source file
 * @param file the source file, for problems
 * @param firstLine the line of the mapping itself, for problems about a missing key
 */
public record YamlMapping(Map<String, Object> values, Map<String, Integer> lines, String file, int firstLine) {

    public YamlMapping {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        lines = Map.copyOf(lines);
        Objects.requireNonNull(file, "file");
    }

    public static YamlMapping empty(String file, int firstLine) {
        return new YamlMapping(Map.of(), Map.of(), file, firstLine);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Optional<Object> find(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The line of {@code key}, or of the mapping when the key is absent. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, firstLine);
    }

    /** Keys not in {@code known}, in document order. */
    public Map<String, Object> without(List<String> known) {
        Map<String, Object> rest = new LinkedHashMap<>(values);
        known.forEach(rest::remove);
        return rest;
    }
}
