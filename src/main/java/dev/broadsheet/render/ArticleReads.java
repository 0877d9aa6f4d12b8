package dev.broadsheet.render;

import dev.broadsheet.content.Article;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one output read of the articles it shows: for each article (by source), which of its values
 * ({@code title}, {@code bodyHtml}, {@code wordCount}…), one bit each. An output must be rendered
 * again after an article changed only if it read one of the values that changed: a new body does
 * not touch the archive page, which shows titles.
 *
 * <p>Filled by one render, on one thread; read afterwards.
 */
public final class ArticleReads {

    /** Every value of an article. */
    static final long ALL = -1L;

    /** Article's public methods without parameters (its values), in name order: bit {@code i} is method {@code i}. */
    private static final List<Method> VALUES = Arrays.stream(Article.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0)
            .filter(m -> !Set.of("equals", "hashCode", "toString").contains(m.getName()))
            .sorted(Comparator.comparing(Method::getName))
            .toList();
    /** Name a template may use → the bits of the methods it may resolve to ({@code updated} → {@code updated()}, {@code isUpdated()}). */
    private static final Map<String, Long> BITS = bitsByName();

    private final Map<String, long[]> bySource = new HashMap<>();
    private Article last;
    private long[] lastBits;

    private static Map<String, Long> bitsByName() {
        if (VALUES.size() > 63) {
            throw new IllegalStateException("Article has more values than a long has bits");
        }
        Map<String, Long> bits = new HashMap<>();
        for (int i = 0; i < VALUES.size(); i++) {
            String name = VALUES.get(i).getName();
            long bit = 1L << i;
            bits.merge(name, bit, (a, b) -> a | b);
            for (String prefix : List.of("get", "is", "has")) {
                if (name.length() > prefix.length() && name.startsWith(prefix) && Character.isUpperCase(name.charAt(prefix.length()))) {
                    String property = Character.toLowerCase(name.charAt(prefix.length())) + name.substring(prefix.length() + 1);
                    bits.merge(property, bit, (a, b) -> a | b);
                }
            }
        }
        return Map.copyOf(bits);
    }

    /** The bits of the value a template names {@code attribute}; every bit for a name Article has no value for. */
    static long bitsOf(String attribute) {
        return BITS.getOrDefault(attribute, ALL);
    }

    /** The bits of the values that differ between two versions of an article. */
    public static long changed(Article before, Article after) {
        long bits = 0;
        for (int i = 0; i < VALUES.size(); i++) {
            Method value = VALUES.get(i);
            try {
                if (!Objects.equals(value.invoke(before), value.invoke(after))) {
                    bits |= 1L << i;
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                bits |= 1L << i;
            }
        }
        return bits;
    }

    /** Notes that {@code bits} of {@code article}'s values were read. */
    void record(Article article, long bits) {
        if (article != last) {
            last = article;
            lastBits = bySource.computeIfAbsent(article.source(), source -> new long[1]);
        }
        lastBits[0] |= bits;
    }

    /** Notes everything {@code other} noted. */
    void addAll(ArticleReads other) {
        other.bySource.forEach((source, bits) -> bySource.computeIfAbsent(source, s -> new long[1])[0] |= bits[0]);
    }

    /** The sources of the articles read. */
    public Set<String> sources() {
        return bySource.keySet();
    }

    /** Whether any of the values {@code bits} of the article made from {@code source} was read. */
    public boolean read(String source, long bits) {
        long[] read = bySource.get(source);
        return read != null && (read[0] & bits) != 0;
    }
}
