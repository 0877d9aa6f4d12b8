package dev.broadsheet.importer;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an import remembers for the next one, in {@code content/blogger-import.tsv}: which Blogger
 * entry became which file, the SHA-256 of every file as the import wrote it (so a later import can
 * tell the writer's edits from Blogger's), and where each picture was copied. One line per fact,
 * tab-separated, sorted: the same import writes the same file. Posts are written on several cores,
 * so every method is synchronized.
 */
final class ImportState {

    static final String FILE = "content/blogger-import.tsv";
    private static final String HEADER = """
            # Written by `broadsheet import blogger`: which Blogger entry became which file, the SHA-256 of each file
            # as the import wrote it (a file whose bytes differ was edited since, and is not overwritten without --force),
            # and where each picture was copied. Keep it to import a later export of the same blog.
            """;

    private String blog = "";
    private final Map<String, String> files = new TreeMap<>();
    private final Map<String, String> hashes = new TreeMap<>();
    private final Map<String, String> images = new TreeMap<>();

    /** The state in {@code sourceDir}, or an empty one when there is none yet. */
    static ImportState read(Path sourceDir) {
        ImportState state = new ImportState();
        Path file = sourceDir.resolve(FILE);
        if (!Files.exists(file)) {
            return state;
        }
        try {
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                boolean ok = switch (fields[0]) {
                    case "blog" -> fields.length == 2 && set(() -> state.blog = fields[1]);
                    case "entry" -> fields.length == 3 && state.files.put(fields[1], fields[2]) == null;
                    case "file" -> fields.length == 3 && fields[2].matches("[0-9a-f]{64}") && state.hashes.put(fields[1], fields[2]) == null;
                    case "image" -> fields.length == 3 && state.images.put(fields[1], fields[2]) == null;
                    default -> false;
                };
                if (!ok) {
                    throw new BuildException(new Problem(FILE, number, "is not a line this file can have — "
                            + "restore the file from your backup or version control, or delete it to import as if for the first time"));
                }
            }
        } catch (IOException e) {
            throw new BuildException(Problem.of(FILE, "cannot read: " + e.getMessage()));
        }
        return state;
    }

    private static boolean set(Runnable assignment) {
        assignment.run();
        return true;
    }

    synchronized String text() {
        StringBuilder out = new StringBuilder(HEADER);
        out.append("blog\t").append(blog).append('\n');
        files.forEach((entry, file) -> out.append("entry\t").append(entry).append('\t').append(file).append('\n'));
        hashes.forEach((file, hash) -> out.append("file\t").append(file).append('\t').append(hash).append('\n'));
        images.forEach((url, file) -> out.append("image\t").append(url).append('\t').append(file).append('\n'));
        return out.toString();
    }

    synchronized String blog() {
        return blog;
    }

    synchronized void blog(String id) {
        blog = id;
    }

    /** The file an earlier import made of the entry {@code key} ({@code post-123}). */
    synchronized Optional<String> findFile(String key) {
        return Optional.ofNullable(files.get(key));
    }

    synchronized void file(String key, String path) {
        files.put(key, path);
    }


    synchronized Optional<String> findHash(String path) {
        return Optional.ofNullable(hashes.get(path));
    }

    synchronized void hash(String path, String sha256) {
        hashes.put(path, sha256);
    }

    synchronized Optional<String> findImage(String url) {
        return Optional.ofNullable(images.get(url));
    }

    synchronized void image(String url, String path) {
        images.put(url, path);
    }

}
