package dev.broadsheet.importer;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The only place an import writes: files under the site's {@code content/} folder, each written
 * whole (to a temporary file, then renamed). A file already there is replaced only when the import
 * wrote it and nobody changed it since (its SHA-256 is the one recorded), or with {@code --force};
 * a file the import wrote and the writer deleted is not made again without {@code --force}.
 */
final class ContentFiles {

    /** What became of one file. */
    enum Outcome { CREATED, UPDATED, UNCHANGED, KEPT_EDITED, KEPT_DELETED, KEPT_FOREIGN }

    private final Path sourceDir;
    private final Path content;
    private final ImportState state;
    private final boolean dryRun;
    private final boolean force;

    ContentFiles(Path sourceDir, ImportState state, boolean dryRun, boolean force) {
        this.sourceDir = sourceDir.toAbsolutePath().normalize();
        this.content = this.sourceDir.resolve("content");
        this.state = state;
        this.dryRun = dryRun;
        this.force = force;
    }

    /** Writes {@code text} as UTF-8 at {@code path} ({@code content/…}, forward slashes). */
    Outcome write(String path, String text) {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    Outcome write(String path, byte[] bytes) {
        return write(path, bytes, true);
    }

    /**
     * Writes a file made from the export alone, such as a copied picture: one the writer deleted is
     * made again, since an article still shows it.
     */
    Outcome writeDerived(String path, byte[] bytes) {
        return write(path, bytes, false);
    }

    private Outcome write(String path, byte[] bytes, boolean respectDeletion) {
        Path file = resolve(path);
        String hash = sha256(bytes);
        Optional<String> recorded = state.findHash(path);
        boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        Optional<String> current = exists ? Optional.of(sha256(read(file))) : Optional.empty();
        if (current.isPresent() && current.get().equals(hash)) {
            state.hash(path, hash); // also adopts what an interrupted import wrote
            return Outcome.UNCHANGED;
        }
        if (!force) {
            if (current.isPresent() && recorded.isEmpty()) {
                return Outcome.KEPT_FOREIGN;
            }
            if (current.isPresent() && !current.equals(recorded)) {
                return Outcome.KEPT_EDITED;
            }
            if (current.isEmpty() && recorded.isPresent() && respectDeletion) {
                return Outcome.KEPT_DELETED;
            }
        }
        if (!dryRun) {
            put(file, bytes);
        }
        state.hash(path, hash);
        return current.isPresent() ? Outcome.UPDATED : Outcome.CREATED;
    }

    /** Whether {@code path} holds a file now. */
    boolean exists(String path) {
        return Files.exists(resolve(path), LinkOption.NOFOLLOW_LINKS);
    }

    /** Writes the import's own record, replacing the last. */
    void writeState() {
        if (!dryRun) {
            put(resolve(ImportState.FILE), state.text().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** {@code path} as a file under {@code content/}; anything else is refused, symbolic links leading out included. */
    private Path resolve(String path) {
        Path file = sourceDir.resolve(path).normalize();
        if (!path.startsWith("content/") || !file.startsWith(content) || path.contains("\\") || path.contains("\0")) {
            throw new IllegalArgumentException("an import writes only under content/, not " + path);
        }
        for (Path at = file.getParent(); at != null && at.startsWith(content); at = at.getParent()) {
            if (Files.isSymbolicLink(at)) {
                throw new BuildException(Problem.of(sourceDir.relativize(at).toString(), "is a symbolic link: the import writes only "
                        + "into content/ itself — replace the link with a folder"));
            }
        }
        if (Files.isSymbolicLink(file)) {
            throw new BuildException(Problem.of(path, "is a symbolic link: the import does not write through it — replace it with a file"));
        }
        return file;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void put(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling("." + file.getFileName() + ".importing");
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
