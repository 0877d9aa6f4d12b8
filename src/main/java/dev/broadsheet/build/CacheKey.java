package dev.broadsheet.build;

import dev.broadsheet.render.Digest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a build cache is made for: this Broadsheet (a digest of its jar, or of its classes when it
 * runs from them, so a rebuilt Broadsheet never reads an older one's cache), the settings
 * ({@code content/site.yaml}, the interface strings, the base URL given on the command line) and
 * the templates there are (an article's layout must be one). The templates' texts are not in it: each output's job digest has those
 * of the templates it is rendered with.
 */
final class CacheKey {

    private CacheKey() {
    }

    /** The code's digest, worked out once per run. */
    private static final class Code {
        static final String DIGEST = digestOfCode();
    }

    static String of(BuildOptions options) {
        Digest digest = new Digest();
        digest.text("broadsheet " + Code.DIGEST);
        digest.text(options.baseUrl().orElse("\u0000"));
        Path source = options.source();
        try (Stream<Path> templates = Files.list(source.resolve("templates"))) {
            templates.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".peb")).sorted().forEach(name -> digest.text(name));
        } catch (IOException e) {
            digest.text("no templates");
        }
        List<Path> files = new java.util.ArrayList<>(List.of(source.resolve("content/site.yaml")));
        try (Stream<Path> strings = Files.list(source.resolve("templates/i18n"))) {
            strings.sorted().forEach(files::add);
        } catch (IOException e) {
            digest.text("no interface strings");
        }
        for (Path file : files) {
            digest.text(source.relativize(file).toString());
            try {
                byte[] bytes = Files.readAllBytes(file);
                digest.bytes(bytes, 0, bytes.length);
            } catch (IOException e) {
                digest.text("unreadable");
            }
        }
        return digest.hex();
    }

    private static String digestOfCode() {
        Digest digest = new Digest();
        try {
            Path code = Path.of(CacheKey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Path> files = List.of(code);
            if (!Files.isRegularFile(code)) {
                try (Stream<Path> classes = Files.walk(code)) {
                    files = classes.filter(Files::isRegularFile).sorted().toList();
                }
            }
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                digest.text(code.relativize(file).toString());
                digest.bytes(bytes, 0, bytes.length);
            }
            return digest.hex();
        } catch (IOException | URISyntaxException | SecurityException e) {
            return "unknown " + System.nanoTime(); // a key no cache was made with: every build is a cold one
        }
    }
}
