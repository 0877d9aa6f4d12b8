package dev.broadsheet.importer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code <entry>} of a Blogger export, in either format, as read: nothing is converted yet.
 *
 * @param kind what it is
 * @param id the entry's id as written ({@code tag:blogger.com,1999:blog-123.post-456})
 * @param status its state on Blogger
 * @param title the title as written (may be empty)
 * @param html the content: HTML for posts, pages and comments, the value for settings
 * @param published when it was published, with the offset the export gives (the blog's, or UTC in Takeout)
 * @param updated when it last changed
 * @param labels labels as written, in order
 * @param oldUrl its public address ({@code rel=alternate}, or {@code blogger:filename}), empty for drafts
 * @param author who wrote it
 * @param searchDescription Blogger's "search description", or empty
 * @param location the place it was filed from, or empty
 * @param parentPost for a comment: the id of the post it is on
 * @param parentComment for a reply: the id of the comment it answers, or empty
 * @param removed for a comment: whether its text was removed
 * @param line the line of the export the entry starts on, for problems
 */
record BloggerEntry(Kind kind, String id, Status status, String title, String html, Optional<OffsetDateTime> published,
                    Optional<OffsetDateTime> updated, List<String> labels, String oldUrl, Author author, String searchDescription,
                    String location, String parentPost, String parentComment, boolean removed, int line) {

    private static final Pattern NUMBER = Pattern.compile("(?:post|page|comment)-(\\d+)$|(\\d+)$");

    enum Kind { POST, PAGE, COMMENT, SETTINGS, TEMPLATE, OTHER }

    enum Status { LIVE, DRAFT, SCHEDULED, TRASHED, SPAM }

    /**
     * A post's, page's or comment's author.
     *
     * @param name the name as shown ("Anonymous" for an anonymous commenter in the classic export)
     * @param uri the profile or website, or empty
     * @param image the avatar's address, or empty
     * @param anonymous whether Blogger marks the author anonymous
     */
    record Author(String name, String uri, String image, boolean anonymous) {

        static final Author NONE = new Author("", "", "", true);

        /** Whether the author has no name of their own, as Blogger shows "Anonimo"/"Anonymous". */
        boolean isNameless() {
            return name.isBlank() || name.equals("Anonymous") || name.equals("Anonimo") || name.equals("Unknown");
        }
    }

    BloggerEntry {
        Objects.requireNonNull(id, "id");
        labels = List.copyOf(labels);
    }

    /** The number at the end of the id (a post's, page's or comment's own id), or the whole id. */
    String number() {
        return numberOf(id);
    }

    static String numberOf(String id) {
        Matcher m = NUMBER.matcher(id.strip());
        if (m.find()) {
            return m.group(1) != null ? m.group(1) : m.group(2);
        }
        return id.strip();
    }

    /** The name of a settings entry ({@code …settings.BLOG_TIME_ZONE} → {@code BLOG_TIME_ZONE}). */
    String settingName() {
        int at = id.lastIndexOf(".settings.");
        return at < 0 ? "" : id.substring(at + ".settings.".length());
    }

    /** How the entry is named in the report: its kind, number and title. */
    String describe() {
        String what = switch (kind) {
            case POST -> "post";
            case PAGE -> "page";
            case COMMENT -> "comment";
            default -> "entry";
        };
        return what + " " + number() + (title.isBlank() || kind == Kind.COMMENT ? "" : " (\u201c" + title.strip() + "\u201d)");
    }
}
