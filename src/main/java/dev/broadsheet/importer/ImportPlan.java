package dev.broadsheet.importer;

import dev.broadsheet.Slug;
import dev.broadsheet.site.Urls;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which file each post and page becomes: {@code content/articles/YYYY-MM-DD-<slug>.md} with the date
 * in the blog's time zone and the slug of its old address ({@code /2025/09/putin-kim.html} →
 * {@code putin-kim}), {@code content/pages/<slug>.md} for pages. A file an earlier import made for
 * an entry stays that entry's. Names that would collide — two files, or two articles at one URL of
 * the site's permalink pattern — get {@code -2}, {@code -3}… in order of publication, then id, so the
 * same export always gives the same names.
 */
final class ImportPlan {

    /** Page slugs that would land on a folder the site writes itself. */
    private static final Set<String> RESERVED = Set.of("tags", "archive", "search", "page", "feeds", "p", "images", "css", "js",
            "authors", "sections", "dossiers", "corrections", "comments", "static", "index");
    private static final int MAX_SLUG = 60;

    /** One post or page and the file it becomes. */
    record Item(String key, BloggerEntry entry, String path, String title, boolean untitled) {

        boolean isArticle() {
            return path.startsWith("content/articles/");
        }
    }

    private final Map<String, Item> byKey;

    private ImportPlan(Map<String, Item> byKey) {
        this.byKey = byKey;
    }

    /**
     * @param entries the posts and pages to import (not trashed)
     * @param permalink the site's permalink pattern, for URL collisions
     * @param taken whether a path holds a file the import did not make
     */
    static ImportPlan of(List<Scanned> entries, ZoneId zone, String permalink, ImportState state, Predicate<String> taken) {
        List<Scanned> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparing((Scanned s) -> s.entry().published().orElseThrow().toInstant())
                .thenComparing(s -> s.entry().number()));
        Set<String> paths = new HashSet<>();
        Set<String> urls = new HashSet<>();
        Map<String, Item> byKey = new LinkedHashMap<>();
        // Files of earlier imports first, so that a new post never takes an old post's name.
        for (Scanned s : ordered) {
            state.findFile(key(s.entry())).ifPresent(path -> {
                paths.add(path.toLowerCase(Locale.ROOT));
                if (path.startsWith("content/articles/")) {
                    urls.add(urlKey(permalink, s, zone, path));
                }
            });
        }
        for (Scanned s : ordered) {
            String key = key(s.entry());
            String written = s.entry().title().strip().replaceAll("\\s+", " ");
            boolean untitled = written.isEmpty();
            String title = !untitled ? written : s.firstSentence().isEmpty() ? "Post " + s.entry().number() : s.firstSentence();
            Optional<String> earlier = state.findFile(key);
            String path = earlier.orElseGet(() -> newPath(s, title, zone, permalink, paths, urls, taken));
            byKey.put(key, new Item(key, s.entry(), path, title, untitled));
        }
        return new ImportPlan(byKey);
    }

    private static String newPath(Scanned s, String title, ZoneId zone, String permalink, Set<String> paths, Set<String> urls,
                                  Predicate<String> taken) {
        String base = slug(s.entry(), title);
        boolean article = s.entry().kind() == BloggerEntry.Kind.POST;
        ZonedDateTime date = s.entry().published().orElseThrow().atZoneSameInstant(zone);
        for (int n = 1; ; n++) {
            String slug = n == 1 ? base : base + "-" + n;
            if (!article && (RESERVED.contains(slug) || slug.matches("\\d+"))) {
                continue;
            }
            String path = article ? "content/articles/" + DateTimeFormatter.ISO_LOCAL_DATE.format(date) + "-" + slug + ".md"
                    : "content/pages/" + slug + ".md";
            String url = article ? Urls.articlePath(permalink, date, slug).toLowerCase(Locale.ROOT) : "";
            if (paths.contains(path.toLowerCase(Locale.ROOT)) || (article && urls.contains(url)) || taken.test(path)) {
                continue;
            }
            paths.add(path.toLowerCase(Locale.ROOT));
            if (article) {
                urls.add(url);
            }
            return path;
        }
    }

    private static String urlKey(String permalink, Scanned s, ZoneId zone, String path) {
        String name = path.substring(path.lastIndexOf('/') + 1, path.length() - 3);
        String slug = name.matches("\\d{4}-\\d{2}-\\d{2}-.+") ? name.substring(11) : name;
        return Urls.articlePath(permalink, s.entry().published().orElseThrow().atZoneSameInstant(zone), slug).toLowerCase(Locale.ROOT);
    }

    /** The slug of the old address, fixed when the post was first published; else of the title. */
    private static String slug(BloggerEntry entry, String title) {
        String old = entry.oldUrl().replaceFirst("[?#].*$", "");
        String last = old.substring(old.lastIndexOf('/') + 1).replaceFirst("\\.html?$", "");
        String slug = Slug.of(last, MAX_SLUG);
        if (slug.isEmpty()) {
            slug = Slug.of(title, MAX_SLUG);
        }
        return slug.isEmpty() ? (entry.kind() == BloggerEntry.Kind.PAGE ? "pagina-" : "post-") + entry.number() : slug;
    }

    /** The key an entry is remembered by: {@code post-123}, {@code page-45}. */
    static String key(BloggerEntry entry) {
        return (entry.kind() == BloggerEntry.Kind.PAGE ? "page-" : "post-") + entry.number();
    }

    Optional<Item> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    List<Item> items() {
        return List.copyOf(byKey.values());
    }
}
