package dev.broadsheet.site;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import java.net.URI;

/**
 * The one place URLs are made. Pages are named by their output path ({@code tags/russia/index.html});
 * links between them are relative, so the site works from disk, at {@code /} and under a sub-path.
 * A local build (no base URL) links to {@code …/index.html} because a browser shows a folder listing
 * for {@code file:///…/tags/russia/}; a build with a base URL links to the folder.
 */
public final class Urls {

    public static final String NOT_FOUND = "404.html";
    private static final String INDEX = "index.html";

    /** The permalink pattern without its leading slash, split into its literal parts and placeholders. */
    private final java.util.List<String> permalink;
    private final String baseUrl;
    private final String basePath;
    private final boolean prettyLinks;

    /**
     * @param config the settings: permalink pattern and base URL
     * @param prettyLinks whether links drop {@code index.html}: true for a build made to be published
     *     ({@code --base-url}), false for one to open from disk
     */
    public Urls(SiteConfig config, boolean prettyLinks) {
        this.permalink = parts(config.permalink());
        this.baseUrl = config.baseUrl();
        this.basePath = baseUrl.isEmpty() ? "" : URI.create(baseUrl).getPath();
        this.prettyLinks = prettyLinks;
    }

    public String articlePath(Article article) {
        return articlePath(permalink, article.published(), article.slug());
    }

    /** The output path of an article published at {@code published} with {@code slug}. */
    public String articlePath(java.time.ZonedDateTime published, String slug) {
        return articlePath(permalink, published, slug);
    }

    /**
     * The output path of an article published at {@code published} with {@code slug} under the
     * permalink pattern {@code pattern} (such as {@code /:year/:month/:slug/}): for an importer,
     * which must know which articles would share a URL before there are articles.
     */
    public static String articlePath(String pattern, java.time.ZonedDateTime published, String slug) {
        return articlePath(parts(pattern), published, slug);
    }

    private static java.util.List<String> parts(String pattern) {
        return java.util.List.of(pattern.substring(1).split("(?=:(?:year|month|day|slug))|(?<=:year|:month|:day|:slug)"));
    }

    private static String articlePath(java.util.List<String> permalink, java.time.ZonedDateTime published, String slug) {
        StringBuilder path = new StringBuilder(64);
        for (String part : permalink) {
            switch (part) {
                case ":year" -> path.append(pad(published.getYear(), 4));
                case ":month" -> path.append(pad(published.getMonthValue(), 2));
                case ":day" -> path.append(pad(published.getDayOfMonth(), 2));
                case ":slug" -> path.append(slug);
                default -> path.append(part);
            }
        }
        if (path.charAt(path.length() - 1) == '/') {
            path.append(INDEX);
        }
        return path.toString();
    }

    /**
     * Page {@code pageNumber} of an article's comments: the article's own page for the first, else a
     * folder in or beside it: {@code 2025/09/x/comments/2/index.html} for {@code 2025/09/x/index.html},
     * and for {@code 2025/09/x.html} too.
     */
    public String commentsPath(Article article, int pageNumber) {
        String own = articlePath(article);
        if (pageNumber <= 1) {
            return own;
        }
        String folder = own.endsWith("/" + INDEX) ? folderOf(own) : own.substring(0, own.length() - ".html".length()) + "/";
        return folder + "comments/" + pageNumber + "/" + INDEX;
    }

    /**
     * Where the links of a feed at {@code feedPath} are resolved from: its folder, or, with a base
     * URL, the same place for every feed (links are made absolute): feeds with equal bases carry
     * equal bodies.
     */
    public String feedBase(String feedPath) {
        return hasBaseUrl() ? "" : feedPath.substring(0, feedPath.lastIndexOf('/') + 1);
    }

    public String pagePath(Page page) {
        return (page.isDossier() ? "dossiers/" : page.isAuthor() ? "authors/" : "") + page.slug() + "/" + INDEX;
    }

    public String homePath(int pageNumber) {
        return pageOf(pageNumber);
    }

    /** Page {@code pageNumber} of a list, relative to the list's folder: its first page is the folder's index. */
    private static String pageOf(int pageNumber) {
        return pageNumber <= 1 ? INDEX : "page/" + pageNumber + "/" + INDEX;
    }

    public String tagIndexPath() {
        return "tags/" + INDEX;
    }

    public String tagPath(String tagSlug, int pageNumber) {
        return "tags/" + tagSlug + "/" + pageOf(pageNumber);
    }

    public String feedPath() {
        return "feed.xml";
    }

    public String authorPath(String authorSlug, int pageNumber) {
        return "authors/" + authorSlug + "/" + pageOf(pageNumber);
    }

    public String authorFeedPath(String authorSlug) {
        return "authors/" + authorSlug + "/feed.xml";
    }

    public String sectionPath(String sectionSlug, int pageNumber) {
        return "sections/" + sectionSlug + "/" + pageOf(pageNumber);
    }

    public String sectionFeedPath(String sectionSlug) {
        return "sections/" + sectionSlug + "/feed.xml";
    }

    public String tagFeedPath(String tagSlug) {
        return "tags/" + tagSlug + "/feed.xml";
    }

    public String sitemapPath() {
        return "sitemap.xml";
    }

    public String newsSitemapPath() {
        return "news-sitemap.xml";
    }

    public String robotsPath() {
        return "robots.txt";
    }

    /** The search index's manifest; its shards are beside it, where {@code js/search.js} loads them from. */
    public String searchIndexPath() {
        return "search-index.js";
    }

    /** Term shard {@code number} of the search index. */
    public String searchTermsPath(int number) {
        return "search/terms/" + number + ".js";
    }

    /** Excerpt shard {@code number} of the search index. */
    public String searchExcerptsPath(int number) {
        return "search/excerpts/" + number + ".js";
    }

    public String archivePath() {
        return "archive/" + INDEX;
    }

    /** The public record of the site's corrections. */
    public String correctionsPath() {
        return "corrections/" + INDEX;
    }

    public String searchPath() {
        return "search/" + INDEX;
    }

    /** {@code 2025/index.html}, {@code 2025/page/2/index.html}. */
    public String yearPath(int year, int pageNumber) {
        return pad(year, 4) + "/" + pageOf(pageNumber);
    }

    /** {@code 2025/09/index.html}, {@code 2025/09/page/2/index.html}. */
    public String monthPath(int year, int month, int pageNumber) {
        return pad(year, 4) + "/" + pad(month, 2) + "/" + pageOf(pageNumber);
    }

    /**
     * The link from the page at {@code fromPath} to the output at {@code toPath}, with any
     * {@code #fragment} or {@code ?query} of {@code toPath} kept.
     * The 404 page is served by hosts at any depth, so its links start at the base path instead.
     */
    public String href(String fromPath, String toPath) {
        int cut = indexOfAny(toPath, '#', '?');
        String suffix = cut < 0 ? "" : toPath.substring(cut);
        String target = cut < 0 ? toPath : toPath.substring(0, cut);
        boolean fromNotFound = fromPath.equals(NOT_FOUND) && !basePath.isEmpty();
        target = prettyLinks || fromNotFound ? folderOf(target) : target;
        if (fromNotFound) {
            return basePath + target + suffix;
        }
        // Skip the folders both paths share, then climb out of the rest of the page's folders.
        int shared = 0;
        int at = 0;
        while (true) {
            int fromSlash = fromPath.indexOf('/', at);
            int toSlash = target.indexOf('/', at);
            if (fromSlash < 0 || toSlash != fromSlash || !fromPath.regionMatches(at, target, at, fromSlash - at)) {
                break;
            }
            shared = fromSlash + 1;
            at = shared;
        }
        int climbs = 0;
        for (int i = shared; i < fromPath.length(); i++) {
            if (fromPath.charAt(i) == '/') {
                climbs++;
            }
        }
        String link = "../".repeat(climbs) + target.substring(shared);
        return (link.isEmpty() ? "./" : link) + suffix;
    }

    /** The absolute URL of an output (always to the folder), or empty when the site has no base URL. */
    public String absolute(String toPath) {
        return baseUrl.isEmpty() ? "" : baseUrl + folderOf(toPath);
    }

    /** Whether absolute URLs can be made. */
    public boolean hasBaseUrl() {
        return !baseUrl.isEmpty();
    }

    /**
     * The output file a site path names: a folder ({@code chi-siamo/}, or the empty path of the site's
     * root) names its {@code index.html}; a file names itself. The inverse of what pretty links drop.
     */
    public static String fileOf(String sitePath) {
        return sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + INDEX : sitePath;
    }

    private static String folderOf(String path) {
        if (path.equals(INDEX)) {
            return "";
        }
        return path.endsWith("/" + INDEX) ? path.substring(0, path.length() - INDEX.length()) : path;
    }

    /** {@code number} with leading zeros to {@code width} digits (String.format is slow in a hot path). */
    private static String pad(int number, int width) {
        String digits = Integer.toString(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : (j < 0 ? i : Math.min(i, j));
    }
}
