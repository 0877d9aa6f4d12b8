package dev.broadsheet.build;

import dev.broadsheet.BuildException;
import dev.broadsheet.Parallel;
import dev.broadsheet.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The write stage: the site goes into a fresh folder beside the output while it is rendered, and
 * is swapped in only when the whole build succeeded, so a failed or killed build leaves the
 * previous site untouched. Deletes only folders it made itself (marked with {@value #MARKER}).
 */
final class SiteWriter {

    /** Marks a folder as written by Broadsheet, so it may be replaced. */
    static final String MARKER = ".broadsheet";


    private final Path source;
    private final Path output;
    private final Path fresh;
    private final Path old;
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    private int files;

    SiteWriter(Path source, Path output) {
        this.source = source.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
        this.fresh = this.output.resolveSibling("." + this.output.getFileName() + ".new");
        this.old = this.output.resolveSibling("." + this.output.getFileName() + ".old");
    }

    /** Checks the output folder and starts a fresh one beside it. */
    void begin() {
        checkOutputFolder();
        try {
            Files.createDirectories(output.getParent());
            // A build killed between its two renames left the previous site aside: put it back first.
            if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS) && Files.exists(old.resolve(MARKER))) {
                Files.move(old, output, StandardCopyOption.ATOMIC_MOVE);
            }
            deleteIfOurs(fresh);
            deleteIfOurs(old);
            Files.createDirectories(fresh);
            folders.put(fresh, Boolean.TRUE);
            Files.writeString(fresh.resolve(MARKER), "Written by Broadsheet; this folder is replaced on every build.\n");
            // GitHub Pages would otherwise run Jekyll over the finished site.
            Files.writeString(fresh.resolve(".nojekyll"), "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site next to " + output + ": " + e.getMessage(), e);
        }
    }

    /** Writes one file of the site, made of {@code parts} one after the other; safe to call from many threads. */
    void write(String path, List<byte[]> parts) {
        Path file = fresh.resolve(path);
        try {
            createFolder(file.getParent());
            writeFile(file, parts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        count();
    }

    /**
     * Writes a new file with one system call for its bytes ({@link Files#write} makes one per 8 KB;
     * system calls are what writing thousands of files costs).
     */
    private static void writeFile(Path file, List<byte[]> parts) throws IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer[] buffers = parts.stream().map(java.nio.ByteBuffer::wrap).toArray(java.nio.ByteBuffer[]::new);
            long left = parts.stream().mapToLong(part -> part.length).sum();
            while (left > 0) {
                left -= channel.write(buffers);
            }
        }
    }

    /**
     * Puts the previous site's file at {@code path} into the new site as it is — a hard link, or a
     * copy where links cannot be made — when it has {@code size} bytes; safe to call from many threads.
     *
     * @return whether it did
     */
    boolean linkPrevious(String path, long size) {
        Path previous = output.resolve(path);
        Path file = fresh.resolve(path);
        try {
            BasicFileAttributes attributes = Files.readAttributes(previous, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() != size) {
                return false;
            }
            createFolder(file.getParent());
            try {
                Files.createLink(file, previous);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(previous, file);
            }
        } catch (IOException e) {
            return false;
        }
        count();
        return true;
    }

    /** Copies a static file into the site; safe to call from many threads. */
    void copy(Path from, String path) {
        Path file = fresh.resolve(path);
        try {
            createFolder(file.getParent());
            Files.copy(from, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + ": " + e.getMessage(), e);
        }
        count();
    }

    /** A file written in this build, if it was. */
    Optional<byte[]> read(String path) {
        Path file = fresh.resolve(path);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            // A page that was written but cannot be read back is a disk problem, not a broken link.
            throw new UncheckedIOException("cannot read back " + file + ": " + e.getMessage(), e);
        }
    }

    /** Copies the static files in, in parallel, and swaps the new site in. @return the number of files written */
    int commit(List<dev.broadsheet.content.StaticFile> staticFiles) {
        Parallel.forEach(staticFiles, file -> copy(file.file(), file.outputPath()));
        return commit();
    }

    /** Swaps the new site in; the previous one is deleted. @return the number of files written */
    private int commit() {
        try {
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(fresh, output, StandardCopyOption.ATOMIC_MOVE);
            deleteIfOurs(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot swap the new site into " + output + ": " + e.getMessage(), e);
        }
        return files;
    }

    /** Drops the half-written new site; the previous one stays. */
    void abort() {
        try {
            deleteIfOurs(fresh);
        } catch (IOException e) {
            // the next build deletes it
        }
    }

    private synchronized void count() {
        files++;
    }

    /** Creates each folder once; a thread asking for a folder being created waits for it. */
    private void createFolder(Path folder) {
        folders.computeIfAbsent(folder, f -> {
            try {
                Files.createDirectories(f);
                return Boolean.TRUE;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + f + ": " + e.getMessage(), e);
            }
        });
    }

    private void checkOutputFolder() {
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        String why = null;
        if (output.getParent() == null || output.equals(home)) {
            why = "it is the root or home folder";
        } else if (source.startsWith(output)) {
            why = "it holds the site's sources";
        } else if (output.startsWith(source.resolve("content")) || output.startsWith(source.resolve("templates"))) {
            why = "it is inside content/ or templates/";
        } else if (Files.isDirectory(output) && !Files.exists(output.resolve(MARKER)) && !isEmpty(output)) {
            why = "it is not empty and was not written by Broadsheet (no " + MARKER + " file) — choose another folder or empty it";
        }
        if (why != null) {
            throw new BuildException(Problem.of(output.toString(), "refusing to write the site here: " + why));
        }
    }

    private static boolean isEmpty(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes {@code folder} if it exists and carries our marker (or is empty). */
    private static void deleteIfOurs(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.exists(folder.resolve(MARKER)) && !isEmpty(folder)) {
            throw new IOException(folder + " exists and was not written by Broadsheet; remove it by hand");
        }
        Path marker = folder.resolve(MARKER);
        // The marker goes last, so a deletion cut short can be finished by the next build. The
        // folders under the top are deleted in parallel: unlinking is the kernel's work, on every core.
        List<Path> children;
        try (var entries = Files.list(folder)) {
            children = entries.filter(child -> !child.equals(marker)).toList();
        }
        try {
            Parallel.forEach(children, child -> {
                try {
                    deleteTree(child);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.deleteIfExists(marker);
        Files.delete(folder);
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
