package dev.broadsheet.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the values that describe the whole site — its pages, all tags, the biggest tags, the
 * archive — each template may show, read from the template's text and the templates it extends
 * or includes. A page is given only those, so its job, and whether it is rendered again, depends
 * on them only when it can show them: the front page's sidebar shows tag counts, an article page
 * does not. The reading errs on the safe side: a name anywhere in the template's tags counts.
 */
final class SiteWideValues {

    /** The site-wide values, by the name templates know them by. */
    static final Set<String> NAMES = Set.of("pages", "allTags", "topTags", "archive");

    private static final Pattern TAG = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern TEMPLATE_NAME = Pattern.compile("\\{%-?\\s*(?:include|extends|embed|import|from)\\s+(\"[^\"]*\"|'[^']*'|\\S+)");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Path templates;
    private final Map<String, Set<String>> used = new ConcurrentHashMap<>();

    SiteWideValues(Path templates) {
        this.templates = templates;
    }

    /** The site-wide values {@code template} (a name such as {@code article}) may show. */
    Set<String> of(String template) {
        return used.computeIfAbsent(template, name -> collect(name, new HashSet<>()));
    }

    private Set<String> collect(String template, Set<String> visited) {
        Set<String> names = new TreeSet<>();
        if (!visited.add(template)) {
            return names;
        }
        String text;
        try {
            text = Files.readString(templates.resolve(template + ".peb"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return NAMES; // a template that cannot be read is reported by compiling it; assume it shows everything
        }
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            Matcher included = TEMPLATE_NAME.matcher(tag.group());
            while (included.find()) {
                String name = included.group(1);
                if (name.startsWith("\"") || name.startsWith("'")) {
                    names.addAll(collect(name.substring(1, name.length() - 1).replaceFirst("\\.peb$", ""), visited));
                } else {
                    return NAMES; // a template chosen at render time: it could show anything
                }
            }
            Matcher word = WORD.matcher(STRING.matcher(tag.group()).replaceAll("\"\""));
            while (word.find()) {
                if (NAMES.contains(word.group())) {
                    names.add(word.group());
                }
            }
        }
        return Set.copyOf(names);
    }
}
