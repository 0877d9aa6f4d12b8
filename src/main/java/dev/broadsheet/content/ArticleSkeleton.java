package dev.broadsheet.content;

import dev.broadsheet.Slug;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A new article's file, as {@code broadsheet new} writes it: the file name from the date and the
 * title's slug, and front matter ready to fill in.
 *
 * @param title the headline as given
 * @param tags tags as given
 * @param draft whether it starts as a draft
 * @param now the moment it is created, in the site's time zone
 * @param author the site's default author
 */
public record ArticleSkeleton(String title, List<String> tags, boolean draft, ZonedDateTime now, String author) {

    public ArticleSkeleton {
        tags = List.copyOf(tags);
    }

    /** {@code content/articles/2025-09-03-titolo-dell-articolo.md}; empty slug when the title has no letters. */
    public String path() {
        return "content/articles/" + DateTimeFormatter.ISO_LOCAL_DATE.format(now) + "-" + Slug.of(title) + ".md";
    }

    public String text() {
        StringBuilder text = new StringBuilder("---\n");
        text.append("title: ").append(quoted(title)).append('\n');
        text.append("date: ").append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now.truncatedTo(ChronoUnit.MINUTES))).append('\n');
        text.append("author: ").append(quoted(author)).append('\n');
        text.append("summary: \"\"\n");
        text.append("tags: [").append(tags.stream().map(ArticleSkeleton::quoted).collect(Collectors.joining(", "))).append("]\n");
        if (draft) {
            text.append("draft: true\n");
        }
        return text.append("---\n\nIl primo paragrafo è l’attacco: chi, che cosa, dove, quando.\n").toString();
    }

    /** A YAML double-quoted scalar: safe for any title, colons and quotes included. */
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
