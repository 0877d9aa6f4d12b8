package dev.broadsheet;

import java.util.Locale;
import java.util.Set;

/**
 * The one URL policy for everything that lands in an {@code href} or {@code src}: {@code http},
 * {@code https}, {@code mailto} and relative URLs pass; every other scheme ({@code javascript:},
 * {@code vbscript:}, {@code data:}…) does not, however it is cased or padded with the spaces,
 * tabs, newlines and control characters that browsers skip when they read a scheme.
 */
public final class SafeUrls {

    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto");

    private SafeUrls() {
    }

    public static boolean isSafe(String url) {
        return schemeOf(url).map(ALLOWED::contains).orElse(true);
    }

    /** Whether a browser would read {@code url} as having a scheme (so it leaves the site). */
    public static boolean hasScheme(String url) {
        return schemeOf(url).isPresent();
    }

    /** The scheme a browser would read, lower-cased; empty for a relative URL. */
    private static java.util.Optional<String> schemeOf(String url) {
        StringBuilder scheme = new StringBuilder();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c == 0x7f) {
                continue; // browsers strip these before and inside the scheme
            }
            if (c == ':') {
                return isScheme(scheme) ? java.util.Optional.of(scheme.toString().toLowerCase(Locale.ROOT)) : java.util.Optional.empty();
            }
            if (c == '/' || c == '?' || c == '#') {
                return java.util.Optional.empty(); // a path, query or fragment before any colon: relative
            }
            scheme.append(c);
        }
        return java.util.Optional.empty();
    }

    /** Whether text before a colon would be read as a scheme: a letter, then letters, digits, {@code +.-}. */
    private static boolean isScheme(CharSequence text) {
        if (text.length() == 0 || !isAsciiLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * The origin of an absolute http(s) URL, lowercase, as browsers compare them:
     * {@code https://Redazione.github.io/x/} → {@code https://redazione.github.io}; empty for anything else.
     */
    public static java.util.Optional<String> originOf(String url) {
        try {
            java.net.URI uri = new java.net.URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (uri.getHost() == null || !scheme.equals("http") && !scheme.equals("https")) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(scheme + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        } catch (java.net.URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }
}
