package dev.broadsheet.testing;

import dev.broadsheet.build.Build;
import dev.broadsheet.build.BuildOptions;
import dev.broadsheet.build.BuildResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * An inline site for end-to-end tests: files written into a temporary folder, the repository's own
 * templates copied beside them, built with a fixed clock.
 */
public final class FixtureSite {

    /** "Now" for every fixture build: 1 October 2025, noon UTC. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-01T12:00:00Z"), ZoneOffset.UTC);
    public static final Path REPOSITORY = Path.of("").toAbsolutePath();
    /** A GitHub Pages project site's address: a base URL with a sub-path, the hardest case for links. */
    public static final String PAGES_URL = "https://user.github.io/my-blog/";

    private final Path root;

    private FixtureSite(Path root) {
        this.root = root;
    }

    /** A site in {@code dir} with the repository's templates and the given {@code site.yaml}. */
    public static FixtureSite create(Path dir, String siteYaml) {
        FixtureSite site = new FixtureSite(dir.resolve("site"));
        copyTree(REPOSITORY.resolve("templates"), site.root.resolve("templates"));
        site.write("content/site.yaml", siteYaml);
        return site;
    }

    /** An Italian site with {@code perPage} articles per page. */
    public static FixtureSite italian(Path dir, int perPage) {
        return create(dir, """
                title: Cronache di prova
                description: Un sito di prova
                language: it
                timeZone: Europe/Rome
                author: Redazione
                perPage: %d
                """.formatted(perPage));
    }

    public FixtureSite write(String relativePath, String text) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a photo-like JPEG of {@code width} × {@code height} pixels, with GPS and camera EXIF, at {@code relativePath}. */
    public FixtureSite picture(String relativePath, int width, int height) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.write(file, Photos.jpeg(width, height, 1, relativePath.hashCode()));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code content/articles/<name>.md} with the given front matter lines and body. */
    public FixtureSite article(String name, String frontMatter, String body) {
        return write("content/articles/" + name + ".md", "---\n" + frontMatter.strip() + "\n---\n" + body);
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return root.resolve("out");
    }

    public BuildOptions options() {
        return BuildOptions.of(root, output(), CLOCK);
    }

    public BuildResult build() {
        return new Build().run(options());
    }

    public Document page(String outputPath) {
        return parse(output().resolve(outputPath));
    }

    public static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
