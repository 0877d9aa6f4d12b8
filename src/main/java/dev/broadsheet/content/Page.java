package dev.broadsheet.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A standalone page such as "Chi siamo", published at {@code /<slug>/}; or, from
 * {@code content/dossiers/}, the introduction of a dossier, published at {@code /dossiers/<slug>/}.
 *
 * @param source the source file
 * @param slug the URL segment
 * @param title the page title
 * @param summary plain-text description
 * @param updated when it last changed (front matter {@code updated} or {@code date}), if given
 * @param draft whether it is a draft, left out unless drafts are built
 * @param bodyHtml the body rendered from Markdown
 * @param links the body's link and image destinations with their lines
 * @param layout the template it is rendered with, {@code page} unless given
 * @param aliases output paths of old addresses that redirect here, such as {@code p/chi-siamo.html}
 * @param params front-matter keys Broadsheet does not know, for templates
 */
public record Page(String source, String slug, String title, String summary, java.util.Optional<java.time.ZonedDateTime> updated, boolean draft, String bodyHtml,
                   java.util.List<dev.broadsheet.markdown.LinkRef> links, String layout, java.util.List<String> aliases, Map<String, Object> params) {

    public Page {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        links = java.util.List.copyOf(links);
        Objects.requireNonNull(layout, "layout");
        aliases = java.util.List.copyOf(aliases);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The folder authors' descriptions are read from. */
    public static final String AUTHORS = "content/authors/";

    /** Whether it describes an author (a file of {@code content/authors/}): its title is the author's name. */
    public boolean isAuthor() {
        return isAuthorFile(source);
    }

    /** The folders pages are read from, in the order their pages are listed: standalone pages, dossiers, authors. */
    public static final java.util.List<String> FOLDERS = java.util.List.of("content/pages/", Page.DOSSIERS, Page.AUTHORS);

    /** Whether the page file at {@code path} (relative to the site folder) describes an author. */
    public static boolean isAuthorFile(String path) {
        return path.startsWith(AUTHORS);
    }

    /** The folder dossiers' introductions are read from. */
    public static final String DOSSIERS = "content/dossiers/";

    /** Whether it introduces a dossier (a file of {@code content/dossiers/}) rather than standing alone. */
    public boolean isDossier() {
        return source.startsWith(DOSSIERS);
    }
}
