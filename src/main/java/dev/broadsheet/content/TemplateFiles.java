package dev.broadsheet.content;

import dev.broadsheet.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What the reader learns of {@code templates/}: a digest of their texts, and which layouts there are. */
final class TemplateFiles {

    private TemplateFiles() {
    }

    /**
     * A SHA-256 of the name and text of every template ({@code .peb}) under {@code templates/}, its
     * interface strings ({@code templates/i18n/}) included: a rendered page is reused only while it is equal.
     */
    static String digest(Path sourceDir, List<Path> inTemplates, List<Problem> problems) {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        for (Path file : inTemplates) {
            String name = SourceReader.relative(sourceDir, file);
            if (name.startsWith("templates/static/")) {
                continue;
            }
            try {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            } catch (IOException e) {
                problems.add(Problem.of(name, "cannot read the file: " + e.getMessage()));
            }
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /** The names of the templates a page's {@code layout} may name: those directly in {@code templates/}. */
    static java.util.Set<String> layouts(Path templates) {
        if (!Files.isDirectory(templates)) {
            return java.util.Set.of();
        }
        try (Stream<Path> files = Files.list(templates)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".peb"))
                    .map(name -> name.substring(0, name.length() - 4)).collect(java.util.stream.Collectors.toSet());
        } catch (IOException e) {
            return java.util.Set.of();
        }
    }
}
