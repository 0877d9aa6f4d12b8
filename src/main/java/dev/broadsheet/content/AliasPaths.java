package dev.broadsheet.content;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Old addresses of an article ({@code aliases: [/2025/09/old-url.html]}) as output paths. An alias
 * keeps its spelling (it must match the old link exactly), so instead of slugifying it is checked:
 * nothing that could leave the output folder or mean something else on another file system.
 */
final class AliasPaths {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,99}");
    private static final Pattern WINDOWS_RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[1-9]|lpt[1-9])(\\..*)?");

    private AliasPaths() {
    }

    /** The output path of {@code alias}, or empty with a problem added to {@code fields}. */
    static Optional<String> toOutputPath(String alias, FieldReader fields) {
        String path = alias.startsWith("/") ? alias.substring(1) : alias;
        if (path.isEmpty() || path.endsWith("/")) {
            path = path + "index.html";
        }
        String[] segments = path.split("/", -1);
        for (String segment : segments) {
            if (!SEGMENT.matcher(segment).matches() || WINDOWS_RESERVED.matcher(segment).matches()) {
                fields.problem("aliases", "alias \"" + alias + "\" is not a plain site path — use letters, digits, '-', '_', '.' "
                        + "and '/' only, such as /2025/09/old-url.html");
                return Optional.empty();
            }
        }
        return Optional.of(segments[segments.length - 1].contains(".") ? path : path + "/index.html");
    }
}
