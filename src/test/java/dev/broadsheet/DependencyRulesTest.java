package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Packages depend one way, and each third-party library is used by one package only. */
class DependencyRulesTest {

    private static final List<String> ORDER = List.of("", "config", "markdown", "content", "images", "site", "render", "html", "build", "check", "importer", "serve", "cli");
    /** The importer reads other platforms' HTML with jsoup too: translating foreign markup is not post-processing ours. */
    private static final Map<String, java.util.Set<String>> SHARED_LIBRARIES = Map.of("org.jsoup", java.util.Set.of("html", "importer"),
            "com.dynatrace.hash4j", java.util.Set.of("render", "images"));
    private static final Map<String, String> LIBRARY_OWNERS = Map.ofEntries(
            Map.entry("org.snakeyaml", "config"), Map.entry("org.commonmark", "markdown"), Map.entry("io.pebbletemplates", "render"),
            Map.entry("org.jsoup", "html"), Map.entry("picocli", "cli"), Map.entry("com.fasterxml.jackson", "render"),
            Map.entry("nu.validator", "check"), Map.entry("com.dynatrace.hash4j", "render"), Map.entry("io.methvin", "serve"),
            Map.entry("com.drew", "images"), Map.entry("org.tartarus.snowball", "render"));
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void packagesImportOnlyPackagesToTheirLeftAndLibrariesTheyOwn() throws IOException {
        Path main = Path.of("src/main/java/dev/broadsheet");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = main.relativize(file.getParent()).toString().replace('/', '.');
                int rank = ORDER.indexOf(pkg);
                assertThat(rank).as("package %s is in the dependency order", pkg).isNotNegative();
                Matcher imports = IMPORT.matcher(Files.readString(file));
                while (imports.find()) {
                    String imported = imports.group(1);
                    check(file, pkg, rank, imported).ifPresent(violations::add);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private static java.util.Optional<String> check(Path file, String pkg, int rank, String imported) {
        if (imported.startsWith("dev.broadsheet.")) {
            String rest = imported.substring("dev.broadsheet.".length());
            String target = rest.contains(".") && Character.isLowerCase(rest.charAt(0)) ? rest.substring(0, rest.indexOf('.')) : "";
            return ORDER.indexOf(target) > rank ? java.util.Optional.of(file + " imports " + imported) : java.util.Optional.empty();
        }
        return LIBRARY_OWNERS.entrySet().stream()
                .filter(e -> imported.startsWith(e.getKey() + ".") && !e.getValue().equals(pkg)
                        && !SHARED_LIBRARIES.getOrDefault(e.getKey(), java.util.Set.of()).contains(pkg))
                .map(e -> file + " imports " + imported + ", which only " + e.getValue() + " may use")
                .findFirst();
    }
}
