package dev.broadsheet;

import java.util.Objects;

/**
 * One thing wrong with the input, located in a source file: {@code content/articles/x.md:3: message}.
 *
 * @param file the file, relative to the site's source folder, with forward slashes
 * @param line the 1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong and, where possible, how to fix it
 */
public record Problem(String file, int line, String message) implements Comparable<Problem> {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, got " + line);
        }
    }

    public static Problem of(String file, String message) {
        return new Problem(file, 0, message);
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
