package dev.broadsheet.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each template is made of: its text and the texts of the templates it extends, includes,
 * embeds or imports, read from the templates folder once. A page rendered with a template whose
 * texts are unchanged renders the same bytes from the same job, so {@link #digest} tells whether
 * last time's page can stand after a template save: saving a partial re-renders only the pages
 * that use it. A template named at render time (a variable after {@code include}) could be any,
 * so it is made of all of them.
 */
final class TemplateGraph {

    private static final Pattern TAG = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}", Pattern.DOTALL);
    private static final Pattern TEMPLATE_NAME = Pattern.compile("\\{%-?\\s*(?:include|extends|embed|import|from)\\s+(\"[^\"]*\"|'[^']*'|\\S+)");

    /** A template's tags ({@code {{ }}} and {@code {% %}}) and the templates it names; empty when it names one at render time. */
    record Template(String text, List<String> tags, Optional<Set<String>> uses) {
    }

    private final Path templates;
    private final Map<String, Optional<Template>> read = new ConcurrentHashMap<>();
    private final Map<String, String> digests = new ConcurrentHashMap<>();

    TemplateGraph(Path templates) {
        this.templates = templates;
    }

    /** The template {@code name} (such as {@code partials/teaser}), empty when it cannot be read. */
    Optional<Template> template(String name) {
        return read.computeIfAbsent(name, this::readTemplate);
    }

    /**
     * The templates {@code name} is made of, itself included; empty when one of them names a
     * template at render time or cannot be read, so it could be made of any.
     */
    Optional<Set<String>> closure(String name) {
        Set<String> found = new TreeSet<>();
        return collect(name, found) ? Optional.of(Set.copyOf(found)) : Optional.empty();
    }

    private boolean collect(String name, Set<String> found) {
        if (!found.add(name)) {
            return true;
        }
        Optional<Template> template = template(name);
        if (template.isEmpty() || template.get().uses().isEmpty()) {
            return false;
        }
        for (String used : template.get().uses().get()) {
            if (!collect(used, found)) {
                return false;
            }
        }
        return true;
    }

    /** A digest of the texts {@code name} is made of (of every template, when that is unknown). */
    String digest(String name) {
        return digests.computeIfAbsent(name, n -> {
            Optional<Set<String>> closure = closure(n).map(TreeSet::new); // in name order: the same digest in every run
            if (closure.isEmpty()) {
                return everything();
            }
            Digest digest = new Digest();
            closure.get().forEach(used -> digest.text(used).text(template(used).map(Template::text).orElse("")));
            return digest.hex();
        });
    }

    /** A digest of every template's text: what a template that may use any is made of. */
    private String everything() {
        Digest digest = new Digest().text("*");
        try (var files = Files.walk(templates)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".peb")).sorted().toList()) {
                byte[] text = Files.readAllBytes(file);
                digest.text(templates.relativize(file).toString()).bytes(text, 0, text.length);
            }
        } catch (IOException e) {
            digest.text(String.valueOf(e)); // a template that cannot be read fails the build anyway
        }
        return digest.hex();
    }

    private Optional<Template> readTemplate(String name) {
        String text;
        try {
            text = Files.readString(templates.resolve(name + ".peb"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty(); // reported by compiling it
        }
        List<String> tags = TAG.matcher(text).results().map(m -> m.group()).toList();
        Set<String> uses = new HashSet<>();
        for (String tag : tags) {
            Matcher named = TEMPLATE_NAME.matcher(tag);
            while (named.find()) {
                String used = named.group(1);
                if (!used.startsWith("\"") && !used.startsWith("'")) {
                    return Optional.of(new Template(text, tags, Optional.empty()));
                }
                uses.add(used.substring(1, used.length() - 1).replaceFirst("\\.peb$", ""));
            }
        }
        return Optional.of(new Template(text, tags, Optional.of(Set.copyOf(uses))));
    }
}
