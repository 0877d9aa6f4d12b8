package dev.broadsheet.site;

import dev.broadsheet.Problem;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole published site: what gets a page, in what order, under which URL. Immutable.
 */
public final class Site {

    private final SiteConfig config;
    private final Urls urls;
    private final List<Article> articles;
    private final List<Page> pages;
    private final List<Tag> tags;
    private final List<Problem> warnings;
    private final Map<String, Integer> positions;
    private final Map<String, Tag> tagsBySlug;

    /**
     * @param config the settings
     * @param urls the URL policy
     * @param articles published articles, newest first
     * @param pages published standalone pages
     * @param tags tags in the language's alphabetical order
     * @param warnings problems that do not stop the build
     */
    public Site(SiteConfig config, Urls urls, List<Article> articles, List<Page> pages, List<Tag> tags,
                List<Problem> warnings) {
        this.config = config;
        this.urls = urls;
        this.articles = List.copyOf(articles);
        this.pages = List.copyOf(pages);
        this.tags = List.copyOf(tags);
        this.warnings = List.copyOf(warnings);
        Map<String, Integer> bySource = new HashMap<>(articles.size() * 2);
        for (int i = 0; i < articles.size(); i++) {
            bySource.put(articles.get(i).source(), i);
        }
        this.positions = Map.copyOf(bySource);
        Map<String, Tag> bySlug = new HashMap<>();
        tags.forEach(tag -> bySlug.put(tag.slug(), tag));
        this.tagsBySlug = Map.copyOf(bySlug);
    }

    public SiteConfig config() {
        return config;
    }

    public Urls urls() {
        return urls;
    }

    public List<Article> articles() {
        return articles;
    }

    public List<Page> pages() {
        return pages;
    }

    public List<Tag> tags() {
        return tags;
    }

    public List<Problem> warnings() {
        return warnings;
    }

    /** The home page and its continuation pages. */
    public List<Listing> homePages() {
        return Listing.paginate(articles, config.perPage(), urls::homePath);
    }

    /** The pages of one tag. */
    public List<Listing> tagPages(Tag tag) {
        return Listing.paginate(tag.articles(), config.perPage(), n -> urls.tagPath(tag.slug(), n));
    }

    /** The tag that {@code name} belongs to, matched by slug. */
    public Optional<Tag> findTag(String name) {
        return Optional.ofNullable(tagsBySlug.get(dev.broadsheet.Slug.of(name)));
    }

    /** The {@code n} tags with the most articles, most first (ties in alphabetical order). */
    public List<Tag> topTags(int n) {
        return tags.stream().sorted(java.util.Comparator.comparingInt(Tag::count).reversed()).limit(n).toList();
    }

    /** The article published just before {@code article}, if any. */
    public Optional<Article> findOlder(Article article) {
        int i = positions.get(article.source());
        return i + 1 < articles.size() ? Optional.of(articles.get(i + 1)) : Optional.empty();
    }

    /** The article published just after {@code article}, if any. */
    public Optional<Article> findNewer(Article article) {
        int i = positions.get(article.source());
        return i > 0 ? Optional.of(articles.get(i - 1)) : Optional.empty();
    }
}
