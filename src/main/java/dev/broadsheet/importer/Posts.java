package dev.broadsheet.importer;

import dev.broadsheet.content.CommentsParser;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The files a post or page becomes: its Markdown with front matter, and for a post with comments
 * the comments file beside it. The same entry always gives the same bytes.
 */
final class Posts {

    private final ZoneId zone;
    private final Map<String, List<BloggerEntry>> commentsByPost;
    private final Map<String, ImageStore.Placed> pictures;
    private final OldAddresses addresses;
    private final boolean convertLineBreaks;

    /** @param convertLineBreaks whether the blog showed each line break of a post as a {@code <br>} ({@code BLOG_CONVERT_LINE_BREAKS}) */
    Posts(ZoneId zone, Map<String, List<BloggerEntry>> commentsByPost, Map<String, ImageStore.Placed> pictures, OldAddresses addresses,
          boolean convertLineBreaks) {
        this.zone = zone;
        this.convertLineBreaks = convertLineBreaks;
        this.commentsByPost = commentsByPost;
        this.pictures = pictures;
        this.addresses = addresses;
    }

    /** Path → text of every file made from {@code entry} (read again, with its body). */
    Map<String, String> files(ImportPlan.Item item, BloggerEntry entry, BodyConverter converter, Consumer<String> concerns) {
        Map<String, String> files = new LinkedHashMap<>();
        String body = converter.convert(entry.html(), convertLineBreaks, addressesFor(item.path(), concerns));
        files.put(item.path(), frontMatter(item, entry) + (body.isEmpty() ? "" : "\n" + body));
        List<BloggerEntry> comments = commentsByPost.getOrDefault(item.key(), List.of());
        if (!comments.isEmpty()) {
            String commentsFile = item.path().substring(0, item.path().length() - ".md".length()) + CommentsParser.SUFFIX;
            files.put(commentsFile, comments(entry, comments, converter, addressesFor(item.path(), concerns)));
        }
        return files;
    }

    private BloggerHtml.Addresses addressesFor(String file, Consumer<String> concerns) {
        return new BloggerHtml.Addresses() {
            @Override
            public String link(String href) {
                if (BloggerUrls.isBloggerImageHost(href) && BloggerHtml.isImageAddress(href)) {
                    Optional<String> local = local(BloggerUrls.fullSize(href));
                    if (local.isPresent()) {
                        return local.get();
                    }
                }
                return addresses.link(href, file, concerns);
            }

            @Override
            public String image(String src) {
                String full = BloggerUrls.fullSize(src);
                return local(full).orElse(full);
            }
        };
    }

    /** The site path of a picture's copy ({@code /images/blogger/…}), when it has one. */
    private Optional<String> local(String fullSizeUrl) {
        return Optional.ofNullable(pictures.get(fullSizeUrl)).flatMap(ImageStore.Placed::file)
                .map(path -> "/" + path.substring("content/static/".length()));
    }

    private String frontMatter(ImportPlan.Item item, BloggerEntry entry) {
        StringBuilder yaml = new StringBuilder("---\n");
        yaml.append("title: ").append(YamlText.quoted(item.title())).append('\n');
        OffsetDateTime published = entry.published().orElseThrow();
        yaml.append("date: ").append(date(published)).append('\n');
        Optional<OffsetDateTime> updated = entry.updated().filter(u -> u.truncatedTo(ChronoUnit.MINUTES)
                .isAfter(published.truncatedTo(ChronoUnit.MINUTES)));
        updated.ifPresent(u -> yaml.append("updated: ").append(date(u)).append('\n'));
        if (item.isArticle() && !entry.author().isNameless()) {
            yaml.append("author: ").append(YamlText.quoted(entry.author().name())).append('\n');
        }
        if (item.isArticle() && !entry.labels().isEmpty()) {
            yaml.append("tags: ").append(YamlText.list(List.copyOf(new LinkedHashSet<>(entry.labels())))).append('\n');
        }
        if (!entry.searchDescription().isBlank()) {
            yaml.append("summary: ").append(YamlText.quoted(InlineMarkdown.normalizeSpace(entry.searchDescription()).strip())).append('\n');
        }
        if (item.isArticle() && !entry.location().isBlank()) {
            yaml.append("dateline: ").append(YamlText.quoted(entry.location().strip())).append('\n');
        }
        BloggerUrls.oldPath(entry.oldUrl()).ifPresent(path -> yaml.append("aliases: ").append(YamlText.list(List.of(path))).append('\n'));
        if (entry.status() == BloggerEntry.Status.DRAFT) {
            yaml.append("draft: true\n");
        }
        return yaml.append("---\n").toString();
    }

    private String date(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.atZoneSameInstant(zone).truncatedTo(ChronoUnit.SECONDS).toOffsetDateTime());
    }

    /** The comments file: one entry per comment, oldest first, replies naming the comment they answer. */
    private String comments(BloggerEntry post, List<BloggerEntry> comments, BodyConverter converter, BloggerHtml.Addresses links) {
        List<BloggerEntry> ordered = new ArrayList<>(comments);
        ordered.sort(Comparator.comparing((BloggerEntry c) -> c.published().orElseThrow().toInstant()).thenComparing(BloggerEntry::number));
        Set<String> earlier = new HashSet<>(); // a reply answers an earlier comment, so replies never loop
        StringBuilder yaml = new StringBuilder("# Readers' comments on \u201c").append(post.title().strip().replaceAll("\\s+", " "))
                .append("\u201d, imported from Blogger: shown read-only under the article.\n");
        for (BloggerEntry comment : ordered) {
            yaml.append('c').append(comment.number()).append(":\n");
            BloggerEntry.Author author = comment.author();
            yaml.append("  author: ").append(YamlText.quoted(author.isNameless() ? "" : author.name())).append('\n');
            String uri = author.uri();
            if (uri.startsWith("https://") || uri.startsWith("http://")) {
                yaml.append("  url: ").append(YamlText.quoted(uri)).append('\n');
            }
            yaml.append("  date: ").append(date(comment.published().orElseThrow())).append('\n');
            String parent = BloggerEntry.numberOf(comment.parentComment());
            if (!comment.parentComment().isBlank() && earlier.contains(parent)) {
                yaml.append("  replyTo: c").append(parent).append('\n');
            }
            earlier.add(comment.number());
            if (comment.removed()) {
                yaml.append("  removed: true\n");
            }
            String text = comment.removed() ? "" : converter.convert(comment.html(), false, links).strip();
            yaml.append("  text: ").append(YamlText.quoted(text)).append('\n');
        }
        return yaml.toString();
    }
}
