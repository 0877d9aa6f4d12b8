package dev.broadsheet.importer;

import dev.broadsheet.Slug;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links inside the old blog's bodies that point to the old blog itself — its blogspot or own
 * domain, http or https, {@code ?m=1} or not — rewritten to what answers for them on the new site:
 * a post or page becomes a link to its Markdown file (which the build turns into the page's URL,
 * and checks), a label its tag page, the home page, an archive period or the search the same on the
 * new site. A link to something the new site will not have (a draft, a deleted post) keeps its old
 * address, and is reported.
 */
final class OldAddresses {

    private static final Pattern LABEL = Pattern.compile("^/search/label/([^/?#]+)/?$");
    private static final Pattern PERIOD = Pattern.compile("^/(\\d{4})(?:/(\\d{2}))?/?$");
    private static final Pattern COMMENT_ANCHOR = Pattern.compile("^c(\\d+)$");
    private static final Pattern SHOW_COMMENT = Pattern.compile("(?:^|&)showComment=\\d+");

    /**
     * What an old post or page became.
     *
     * @param file its file, such as {@code content/articles/2025-09-03-x.md}
     * @param published whether the new site shows it (not a draft, not dated in the future)
     * @param anchors the comment anchors its page shows ({@code c4711}), for {@code ?showComment=…#c4711}
     */
    record Target(String file, boolean published, Set<String> anchors) {
    }

    private final BloggerUrls blog;
    private final Map<String, Target> byOldPath;
    private final Set<String> tagSlugs;
    private final Set<String> periods;

    /**
     * @param byOldPath every imported post and page by its old path, lower-cased ({@code /2025/09/x.html})
     * @param tagSlugs the slugs of the tags the new site has
     * @param periods the archive periods the new site has ({@code 2025}, {@code 2025/09})
     */
    OldAddresses(BloggerUrls blog, Map<String, Target> byOldPath, Set<String> tagSlugs, Set<String> periods) {
        this.blog = blog;
        this.byOldPath = Map.copyOf(byOldPath);
        this.tagSlugs = Set.copyOf(tagSlugs);
        this.periods = Set.copyOf(periods);
    }

    /**
     * The destination to write for a link to {@code href} in the file {@code from}; empty for a
     * link with nowhere safe to go ({@code javascript:}).
     */
    String link(String href, String from, Consumer<String> warning) {
        String trimmed = href.strip();
        if (trimmed.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "").matches("^(javascript|vbscript|data):.*")) {
            return "";
        }
        Optional<URI> own = blog.ownAddress(trimmed);
        if (own.isEmpty()) {
            return trimmed;
        }
        URI uri = own.get();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        String fragment = uri.getRawFragment() == null ? "" : uri.getRawFragment();
        Optional<String> rewritten = rewrite(path, query, fragment, from);
        if (rewritten.isEmpty()) {
            warning.accept("links to " + trimmed + ", which the new site does not have (a draft, or a post no longer on the blog?): "
                    + "the link keeps its old address");
            return trimmed;
        }
        return rewritten.get();
    }

    private Optional<String> rewrite(String path, String query, String fragment, String from) {
        Target target = byOldPath.get(path.toLowerCase(Locale.ROOT));
        if (target != null) {
            if (!target.published()) {
                return Optional.empty();
            }
            Matcher anchor = COMMENT_ANCHOR.matcher(fragment);
            boolean toComment = anchor.matches() && target.anchors().contains(fragment)
                    && (SHOW_COMMENT.matcher(query).find() || !query.contains("showComment"));
            return Optional.of(relative(from, target.file()) + (toComment ? "#" + fragment : ""));
        }
        Matcher label = LABEL.matcher(path);
        if (label.matches()) {
            String slug = Slug.of(decode(label.group(1)));
            return tagSlugs.contains(slug) ? Optional.of("/tags/" + slug + "/") : Optional.empty();
        }
        Matcher period = PERIOD.matcher(path);
        if (period.matches()) {
            String key = period.group(2) == null ? period.group(1) : period.group(1) + "/" + period.group(2);
            return periods.contains(key) ? Optional.of("/" + key + "/") : Optional.empty();
        }
        if (path.equals("/") || path.equals("/index.html")) {
            return Optional.of("/");
        }
        if (path.equals("/search") || path.equals("/search/")) {
            Matcher q = Pattern.compile("(?:^|&)q=([^&]*)").matcher(query);
            return Optional.of("/search/" + (q.find() ? "?q=" + q.group(1) : ""));
        }
        if (path.startsWith("/feeds/") || path.equals("/atom.xml") || path.equals("/rss.xml")) {
            return Optional.of("/feed.xml");
        }
        return Optional.empty();
    }

    /**
     * The link from the file {@code from} to the file {@code to}, as an author writes it: both are
     * one folder below {@code content/} ({@code articles/}, {@code pages/}).
     */
    static String relative(String from, String to) {
        String fromFolder = from.substring(0, from.lastIndexOf('/') + 1);
        return to.startsWith(fromFolder) ? encode(to.substring(fromFolder.length())) : "../" + encode(to.substring("content/".length()));
    }

    private static String encode(String path) {
        return path.replace("%", "%25").replace(" ", "%20");
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /**
     * What every imported post and page became, for the links to them: its file, whether the new
     * site shows it at {@code now}, and (for a thread short enough to be on its page) its comments' anchors.
     */
    static OldAddresses of(ImportPlan plan, BloggerUrls blog, java.time.ZoneId zone, java.time.Instant now,
                           Map<String, List<BloggerEntry>> commentsByPost) {
        Map<String, Target> byOldPath = new java.util.HashMap<>();
        Set<String> tags = new java.util.HashSet<>();
        Set<String> periods = new java.util.HashSet<>();
        for (ImportPlan.Item item : plan.items()) {
            BloggerEntry entry = item.entry();
            boolean published = isPublished(entry, now);
            if (published && item.isArticle()) {
                entry.labels().forEach(label -> tags.add(Slug.of(label)));
                java.time.ZonedDateTime date = entry.published().orElseThrow().atZoneSameInstant(zone);
                periods.add(String.format("%04d", date.getYear()));
                periods.add(String.format("%04d/%02d", date.getYear(), date.getMonthValue()));
            }
            Optional<String> oldPath = BloggerUrls.oldPath(entry.oldUrl());
            if (oldPath.isPresent()) {
                List<BloggerEntry> thread = commentsByPost.getOrDefault(item.key(), List.of());
                Set<String> anchors = new java.util.HashSet<>();
                if (thread.size() <= dev.broadsheet.site.CommentPage.PER_PAGE) {
                    thread.forEach(c -> anchors.add("c" + c.number()));
                }
                byOldPath.put(oldPath.get().toLowerCase(Locale.ROOT), new Target(item.path(), published, anchors));
            }
        }
        return new OldAddresses(blog, byOldPath, tags, periods);
    }

    /** Whether the new site shows {@code entry} now: not a draft, not dated after {@code now}. */
    static boolean isPublished(BloggerEntry entry, java.time.Instant now) {
        return entry.status() != BloggerEntry.Status.DRAFT && !entry.published().orElseThrow().toInstant().isAfter(now);
    }
}
