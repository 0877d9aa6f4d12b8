package dev.broadsheet.build;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import dev.broadsheet.content.StaticFile;
import dev.broadsheet.render.Output;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * The write stage: writes the whole site into a fresh folder beside the output, then swaps it in,
 * so a failed build leaves the previous site untouched. Deletes only folders it made itself
 * (marked with {@value #MARKER}).
 */
final class SiteWriter {

    /** Marks a folder as written by Broadsheet, so it may be replaced. */
    static final String MARKER = ".broadsheet";

    private final Path source;
    private final Path output;

    SiteWriter(Path source, Path output) {
        this.source = source.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
    }

    /** @return the number of files written */
    int write(List<Output> outputs, List<StaticFile> staticFiles) {
        checkOutputFolder();
        Path parent = output.getParent();
        Path fresh = parent.resolve("." + output.getFileName() + ".new");
        Path old = parent.resolve("." + output.getFileName() + ".old");
        try {
            Files.createDirectories(parent);
            // A build killed between its two renames left the previous site aside: put it back first.
            if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS) && Files.exists(old.resolve(MARKER))) {
                Files.move(old, output, StandardCopyOption.ATOMIC_MOVE);
            }
            deleteIfOurs(fresh);
            deleteIfOurs(old);
            Files.createDirectories(fresh);
            Files.writeString(fresh.resolve(MARKER), "Written by Broadsheet; this folder is replaced on every build.\n");
            // GitHub Pages would otherwise run Jekyll over the finished site.
            Files.writeString(fresh.resolve(".nojekyll"), "");
            outputs.parallelStream().forEach(out -> writeFile(fresh.resolve(out.path()), out.bytes()));
            staticFiles.parallelStream().forEach(file -> copyFile(file.file(), fresh.resolve(file.outputPath())));
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(fresh, output, StandardCopyOption.ATOMIC_MOVE);
            deleteIfOurs(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site to " + output + ": " + e.getMessage(), e);
        }
        return outputs.size() + staticFiles.size();
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

    private static void writeFile(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyFile(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        // The marker goes last, so a deletion cut short can be finished by the next build.
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.equals(marker)) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (dir.equals(folder)) {
                    Files.deleteIfExists(marker);
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
