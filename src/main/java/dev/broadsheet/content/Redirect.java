package dev.broadsheet.content;

import java.util.Objects;

/**
 * One line of {@code content/redirects.yaml}: an old address of the site and where it leads now.
 *
 * @param from the old address as written, such as {@code /search/label/Corea%20del%20Nord}
 * @param outputPath the file answering at the old address, such as {@code search/label/Corea del Nord/index.html}
 * @param target the site path it leads to without its leading slash ({@code tags/corea-del-nord/}, {@code feed.xml}), or an http(s) URL
 * @param line the line of {@code content/redirects.yaml} it stands on
 */
public record Redirect(String from, String outputPath, String target, int line) {

    /** Where redirects are listed. */
    public static final String FILE = "content/redirects.yaml";

    public Redirect {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(outputPath, "outputPath");
        Objects.requireNonNull(target, "target");
    }

    /**
     * Whether the target is a feed: feed readers do not follow an HTML redirect, so the old address
     * answers with a copy of the feed instead.
     */
    public boolean isFeed() {
        return isFeed(target);
    }

    /** Whether a redirect to {@code target} (as {@link #target()} holds it) leads to a feed. */
    public static boolean isFeed(String target) {
        return target.endsWith(".xml") && !target.contains("://");
    }
}
