package dev.broadsheet.content;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A reader's comment on an article, shown read-only under it (comments come from the blog an
 * article was imported from; the site takes no new ones).
 *
 * @param id its id within the article, such as {@code c4711}: the anchor of its permalink
 * @param author the name it is signed with; empty for an anonymous comment
 * @param authorUrl the commenter's profile or website, or empty
 * @param published when it was written, in the site's time zone
 * @param html the text, rendered from Markdown with HTML escaped and links marked {@code nofollow ugc}
 * @param replyTo the id of the comment it answers, or empty
 * @param depth 0 for a comment on the article, 1 for a reply to one, and so on
 * @param removed whether it was removed (shown as removed, without its text)
 */
public record Comment(String id, String author, String authorUrl, ZonedDateTime published, String html, String replyTo, int depth,
                      boolean removed) {

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(authorUrl, "authorUrl");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(replyTo, "replyTo");
    }

    /** Whether it is signed with no name. */
    public boolean isAnonymous() {
        return author.isEmpty();
    }
}
