package dev.broadsheet.serve;

import dev.broadsheet.PercentDecoding;
import dev.broadsheet.site.Urls;
import java.util.Locale;
import java.util.Optional;

/**
 * A request path checked and turned into an output path. Refused: anything that could climb out
 * of the site or mean a different file on another system — {@code ..} and {@code .} segments, in
 * clear or percent-encoded; encoded slashes and backslashes; NUL and other control characters;
 * backslashes; non-ASCII characters not percent-encoded; invalid percent-encoding or UTF-8.
 */
final class RequestPath {

    private RequestPath() {
    }

    /** The output path for {@code rawPath} (as sent, still encoded), or empty when the path is refused. */
    static Optional<String> toOutputPath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        // Browsers send every non-ASCII character of a path percent-encoded: one sent as it is is refused.
        if (rawPath.chars().anyMatch(c -> c > 0x7f)) {
            return Optional.empty();
        }
        Optional<String> decoded = PercentDecoding.decode(rawPath);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String path = decoded.get().substring(1);
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
        }
        for (int i = 0; i < path.length(); i++) {
            if (Character.isISOControl(path.charAt(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(Urls.fileOf(path));
    }
}
