package dev.broadsheet.content;

import dev.broadsheet.PercentDecoding;
import dev.broadsheet.Slug;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Old addresses ({@code aliases: [/2025/09/old-url.html]}, the keys of {@code content/redirects.yaml})
 * as output paths. An old address keeps its spelling, since it must match the old link exactly, so
 * instead of being slugified it is checked: percent-encoding is decoded ({@code /search/label/Citt%C3%A0}
 * is the file {@code search/label/Città/index.html}, which is what a web server looks up for that
 * request), and nothing may leave the output folder or name a different file on another file system.
 */
public final class AliasPaths {

    /** What an old address may be, for problems. */
    static final String RULE = "is not a plain site path — write it from the site root, such as /2025/09/old-url.html or "
            + "/search/label/Corea%20del%20Nord, without '..', '\\', control characters or the characters \\ : * ? \" < > |";

    /** Last segments that name a page file rather than a folder: the extensions old blogs and CMSs used. */
    private static final Set<String> PAGE_EXTENSIONS = Set.of("html", "htm", "shtml", "php", "asp", "aspx", "jsp", "cgi");
    private static final int MAX_SEGMENT = 100;

    private AliasPaths() {
    }

    /**
     * The output path of the page {@code alias} names: a last segment with a page extension is that
     * file ({@code 2025/09/x.html}); anything else is a folder and names its {@code index.html}
     * ({@code /vecchio/}, {@code /search/label/U.S.A.}). Empty when the alias is not a plain site path.
     */
    public static Optional<String> toPagePath(String alias) {
        return segments(alias).map(path -> {
            if (path.isEmpty()) {
                return "index.html";
            }
            String last = path.substring(path.lastIndexOf('/') + 1);
            int dot = last.lastIndexOf('.');
            boolean page = dot > 0 && PAGE_EXTENSIONS.contains(last.substring(dot + 1).toLowerCase(Locale.ROOT));
            return page ? path : path + "/index.html";
        });
    }

    /**
     * The output path of the file {@code alias} names, exactly ({@code /feeds/posts/default} is the
     * file {@code feeds/posts/default}): for copies of feeds, which must answer at the old address
     * itself. Empty when the alias is not a plain site path or names a folder.
     */
    public static Optional<String> toFilePath(String alias) {
        return segments(alias).filter(path -> !path.isEmpty());
    }

    /** The alias without its leading and trailing slashes, decoded and checked segment by segment. */
    private static Optional<String> segments(String alias) {
        String trimmed = alias.strip();
        String path = trimmed.startsWith("/") ? trimmed.substring(1) : trimmed;
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty()) {
            return trimmed.equals("/") ? Optional.of("") : Optional.empty();
        }
        StringBuilder checked = new StringBuilder(path.length());
        for (String raw : path.split("/", -1)) {
            Optional<String> segment = PercentDecoding.decode(raw).map(s -> Normalizer.normalize(s, Normalizer.Form.NFC)).filter(AliasPaths::isPlain);
            if (segment.isEmpty()) {
                return Optional.empty();
            }
            checked.append(checked.length() == 0 ? "" : "/").append(segment.get());
        }
        return Optional.of(checked.toString());
    }

    private static boolean isPlain(String segment) {
        if (segment.isEmpty() || segment.length() > MAX_SEGMENT || segment.startsWith(".") || segment.endsWith(".")
                || segment.startsWith(" ") || segment.endsWith(" ") || Slug.isWindowsReserved(segment)) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || "\\/:*?\"<>|#".indexOf(c) >= 0 || c == '\uFFFD') {
                return false;
            }
        }
        return true;
    }
}
