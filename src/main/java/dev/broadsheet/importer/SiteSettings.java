package dev.broadsheet.importer;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import dev.broadsheet.config.SiteConfigLoader;
import dev.broadsheet.config.YamlMapping;
import dev.broadsheet.config.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the import needs of a {@code content/site.yaml} that already exists: its time zone (for a
 * Takeout export, which has none), its permalink pattern (for URL collisions) and its base URL
 * (for the blogspot forwarding snippet).
 */
record SiteSettings(boolean exists, Optional<String> timeZone, String permalink, Optional<String> baseUrl) {

    static SiteSettings read(Path sourceDir, YamlReader yaml) {
        Path file = sourceDir.resolve(SiteConfigLoader.SITE_FILE);
        if (!Files.exists(file)) {
            return new SiteSettings(false, Optional.empty(), SiteConfigLoader.DEFAULT_PERMALINK, Optional.empty());
        }
        try {
            YamlMapping map = yaml.readMapping(Files.readString(file, StandardCharsets.UTF_8), SiteConfigLoader.SITE_FILE, 1);
            return new SiteSettings(true, text(map, "timeZone"), text(map, "permalink").orElse(SiteConfigLoader.DEFAULT_PERMALINK),
                    text(map, "baseUrl"));
        } catch (IOException e) {
            throw new BuildException(Problem.of(SiteConfigLoader.SITE_FILE, "cannot read: " + e.getMessage()));
        }
    }

    private static Optional<String> text(YamlMapping map, String key) {
        return map.find(key).filter(String.class::isInstance).map(v -> ((String) v).strip()).filter(v -> !v.isEmpty());
    }
}
