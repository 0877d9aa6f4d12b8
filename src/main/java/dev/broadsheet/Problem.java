package dev.broadsheet;

import java.util.Objects;

/**
 * One thing wrong with the input, located in a source file: {@code content/articles/x.md:3: message}.
 *
 * @param file the file, relative to the site's source folder, with forward slashes
 * @param line the 1-based line, or 0 when the problem concerns the whole file
 * @param column the 1-based column, or 0 when not known
 * @param message what is wrong and, where possible, how to fix it
 */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
        }
    }

    public Problem(String file, int line, String message) {
        this(file, line, 0, message);
    }

    public static Problem of(String file, String message) {
        return new Problem(file, 0, message);
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        String at = line == 0 ? file : column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
        return at + ": " + message;
    }
}
