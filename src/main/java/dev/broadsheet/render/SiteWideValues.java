package dev.broadsheet.render;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the values that describe the whole site — its pages, all tags, the biggest tags, the
 * archive, the banner — each template may show, read from the template's text and the templates it extends
 * or includes. A page is given only those, so its job, and whether it is rendered again, depends
 * on them only when it can show them: the front page's sidebar shows tag counts, an article page
 * does not. The reading errs on the safe side: a name anywhere in the template's tags counts.
 */
final class SiteWideValues {

    /** The site-wide values, by the name templates know them by. */
    static final Set<String> NAMES = Set.of("pages", "allTags", "topTags", "archive", "banner");

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final TemplateGraph templates;
    private final Map<String, Set<String>> used = new ConcurrentHashMap<>();

    SiteWideValues(TemplateGraph templates) {
        this.templates = templates;
    }

    /** The site-wide values {@code template} (a name such as {@code article}) may show. */
    Set<String> of(String template) {
        return used.computeIfAbsent(template, name -> templates.closure(name).map(this::named).orElse(NAMES));
    }

    private Set<String> named(Set<String> closure) {
        Set<String> names = new TreeSet<>();
        for (String name : closure) {
            for (String tag : templates.template(name).map(TemplateGraph.Template::tags).orElse(List.of())) {
                Matcher word = WORD.matcher(STRING.matcher(tag).replaceAll("\"\""));
                while (word.find()) {
                    if (NAMES.contains(word.group())) {
                        names.add(word.group());
                    }
                }
            }
        }
        return Set.copyOf(names);
    }
}
