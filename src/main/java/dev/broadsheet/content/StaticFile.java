package dev.broadsheet.content;

import java.nio.file.Path;

/**
 * A file copied as-is into the site.
 *
 * @param outputPath where it goes, relative to the output folder, with forward slashes
 * @param file where it comes from
 * @param origin its path relative to the site folder, for problems
 */
public record StaticFile(String outputPath, Path file, String origin) {
}
