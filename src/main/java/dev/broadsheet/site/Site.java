package dev.broadsheet.site;

import dev.broadsheet.Problem;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.images.ImageCatalog;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import dev.broadsheet.content.Redirect;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole published site: what gets a page, in what order, under which URL. Its structure is a
 * {@link SiteIndex}, shared by every site with the same entries; its articles are this build's.
 * Immutable.
 */
public final class Site {

    private final SiteConfig config;
    private final Urls urls;
    private final SiteIndex index;
    private final List<Article> articles;
    private final List<Page> pages;
    private final List<Tag> tags;
    private final Map<String, Tag> tagsBySlug;
    private final List<Archive.Year> archive;
    private final List<MenuLink> menu;
    private final List<Redirect> redirects;
    private final List<Problem> warnings;
    private final Instant builtAt;
    private final ImageCatalog images;
    private final Map<String, String> pageOutputs;
    /** The lists' pages, worked out when first asked for (planning asks for each many times). */
    private volatile List<Listing> homePages;
    private volatile List<Section> sections;
    private final List<Page> dossierIntros;
    private final List<Page> authorPages;
    private volatile AuthorIndex authorIndex;
    private final Map<String, List<Listing>> authorListings = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile List<Dossier> dossiers;
    private final Map<String, List<Listing>> sectionPages = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<Listing>> tagPages = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param index the structure, made from the entries of {@code articles}
     * @param articles published articles, newest first, as {@code index} orders them
     * @param pages published standalone pages
     * @param menu the navigation
     * @param redirects the old addresses of {@code content/redirects.yaml}
     * @param builtAt the build's "now"
     * @param images the sizes and resized copies of the site's pictures
     */
    public Site(SiteConfig config, Urls urls, SiteIndex index, List<Article> articles, List<Page> pages, List<MenuLink> menu,
                List<Redirect> redirects, Instant builtAt, ImageCatalog images) {
        if (articles.size() != index.size()) {
            throw new IllegalArgumentException("the index was made for " + index.size() + " articles, not " + articles.size());
        }
        this.config = config;
        this.urls = urls;
        this.index = index;
        this.articles = List.copyOf(articles);
        this.pages = pages.stream().filter(page -> !page.isDossier() && !page.isAuthor()).toList();
        this.dossierIntros = pages.stream().filter(Page::isDossier).toList();
        this.authorPages = pages.stream().filter(Page::isAuthor).toList();
        this.menu = List.copyOf(menu);
        this.redirects = List.copyOf(redirects);
        this.builtAt = builtAt;
        this.images = images;
        this.warnings = index.warnings();
        List<Tag> allTags = new ArrayList<>(index.tags().size());
        Map<String, Tag> bySlug = new HashMap<>();
        for (SiteIndex.TagGroup group : index.tags()) {
            Tag tag = new Tag(group.name(), group.slug(), at(group.positions()));
            allTags.add(tag);
            bySlug.put(tag.slug(), tag);
        }
        this.tags = List.copyOf(allTags);
        this.tagsBySlug = bySlug;
        List<Archive.Year> years = new ArrayList<>();
        for (SiteIndex.YearGroup year : index.archive()) {
            years.add(new Archive.Year(year.year(), year.months().stream()
                    .map(m -> new Archive.Month(m.year(), m.month(), at(m.positions()))).toList()));
        }
        this.archive = List.copyOf(years);
        Map<String, String> pageOutputs = new HashMap<>();
        pages.forEach(p -> pageOutputs.put(p.source(), urls.pagePath(p)));
        this.pageOutputs = pageOutputs;
    }

    private List<Article> at(int[] positions) {
        Article[] found = new Article[positions.length];
        for (int i = 0; i < positions.length; i++) {
            found[i] = articles.get(positions[i]);
        }
        return List.of(found);
    }

    /** The structure this site was assembled on: the same object for every site with equal index entries. */
    public SiteIndex index() {
        return index;
    }

    /** The build's "now". */
    public Instant builtAt() {
        return builtAt;
    }

    public SiteConfig config() {
        return config;
    }

    /** The breaking-news banner, while it has not expired at the build's "now". */
    public java.util.Optional<dev.broadsheet.config.Banner> activeBanner() {
        return java.util.Optional.of(config.banner()).filter(banner -> banner.isShownAt(builtAt));
    }

    /** The sizes and resized copies of the site's pictures, by output path. */
    public ImageCatalog images() {
        return images;
    }

    public Urls urls() {
        return urls;
    }

    /** Published articles, newest first. */
    public List<Article> articles() {
        return articles;
    }

    public List<Page> pages() {
        return pages;
    }

    /** Tags in the language's alphabetical order. */
    public List<Tag> tags() {
        return tags;
    }

    public List<Problem> warnings() {
        return warnings;
    }

    public List<MenuLink> menu() {
        return menu;
    }

    /** The old addresses of {@code content/redirects.yaml}, in the file's order. */
    public List<Redirect> redirects() {
        return redirects;
    }

    /** The home page and its continuation pages. */
    public List<Listing> homePages() {
        List<Listing> pages = homePages;
        if (pages == null) {
            pages = Listing.paginate(articles, config.perPage(), urls::homePath);
            homePages = pages;
        }
        return pages;
    }

    /** The sections of the published articles, by the spelling of each one's newest article, in slug order. */
    public List<Section> sections() {
        List<Section> all = sections;
        if (all == null) {
            Map<String, List<Article>> bySlug = new java.util.TreeMap<>();
            for (Article article : articles) {
                if (!article.section().isBlank()) {
                    bySlug.computeIfAbsent(dev.broadsheet.Slug.of(article.section()), slug -> new ArrayList<>()).add(article);
                }
            }
            List<Section> made = new ArrayList<>();
            bySlug.forEach((slug, members) -> made.add(new Section(members.get(0).section().strip(), slug, members)));
            all = List.copyOf(made);
            sections = all;
        }
        return all;
    }

    public Optional<Section> findSection(String slug) {
        return sections().stream().filter(section -> section.slug().equals(slug)).findFirst();
    }

    /** The dossiers, by slug, each with its published articles in reading order. */
    public List<Dossier> dossiers() {
        List<Dossier> all = dossiers;
        if (all == null && dossierIntros.isEmpty()) {
            all = List.of(); // no introductions, no dossiers: not worth a look at every article
            dossiers = all;
        }
        if (all == null) {
            Map<String, List<Article>> bySlug = new HashMap<>();
            for (Article article : articles) {
                if (!article.dossier().isEmpty()) {
                    bySlug.computeIfAbsent(article.dossier(), slug -> new ArrayList<>()).add(article);
                }
            }
            Comparator<Article> readingOrder = Comparator.comparing((Article a) -> a.part() == 0 ? Integer.MAX_VALUE : a.part())
                    .thenComparing(a -> a.published().toInstant()).thenComparing(Article::source);
            all = dossierIntros.stream().sorted(Comparator.comparing(Page::slug))
                    .map(intro -> new Dossier(intro, bySlug.getOrDefault(intro.slug(), List.of()).stream().sorted(readingOrder).toList()))
                    .toList();
            dossiers = all;
        }
        return all;
    }

    /** The authors' descriptions, as pages (their authors' pages are at {@code /authors/<slug>/}). */
    public List<Page> authorDescriptions() {
        return authorPages;
    }

    /** Everyone who signs a published article, and every described author, by slug. */
    public List<Author> authors() {
        return authorIndex().list();
    }

    /** The authors by slug, and the slug of each name met (a few names sign thousands of articles). */
    private record AuthorIndex(List<Author> list, Map<String, Author> bySlug, Map<String, String> slugOfName) {

        /** The slug of {@code name}: looked up for the names of published articles, made for any other. */
        String slugOf(String name) {
            String slug = slugOfName.get(name);
            return slug != null ? slug : dev.broadsheet.Slug.of(name);
        }
    }

    private AuthorIndex authorIndex() {
        AuthorIndex index = authorIndex;
        if (index == null) {
            Map<String, String> slugOfName = new HashMap<>();
            Map<String, List<Article>> bySlug = new java.util.TreeMap<>();
            Map<String, String> spelling = new HashMap<>();
            for (Article article : articles) {
                for (String name : article.authors()) {
                    String slug = slugOfName.computeIfAbsent(name, dev.broadsheet.Slug::of);
                    if (!slug.isEmpty()) {
                        bySlug.computeIfAbsent(slug, s -> new ArrayList<>()).add(article);
                        spelling.putIfAbsent(slug, name);
                    }
                }
            }
            Map<String, Page> described = new HashMap<>();
            authorPages.forEach(page -> described.put(page.slug(), page));
            described.keySet().forEach(slug -> bySlug.putIfAbsent(slug, List.of()));
            List<Author> made = new ArrayList<>();
            Map<String, Author> byAuthorSlug = new HashMap<>();
            bySlug.forEach((slug, signed) -> {
                Optional<Page> description = Optional.ofNullable(described.get(slug));
                Author author = new Author(description.map(Page::title).orElse(spelling.getOrDefault(slug, slug)), slug, description, signed);
                made.add(author);
                byAuthorSlug.put(slug, author);
            });
            index = new AuthorIndex(List.copyOf(made), Map.copyOf(byAuthorSlug), Map.copyOf(slugOfName)); // read by many threads: never changed
            authorIndex = index;
        }
        return index;
    }

    public Optional<Author> findAuthor(String slug) {
        return Optional.ofNullable(authorIndex().bySlug().get(slug));
    }

    /** The authors of {@code article}, in its order. */
    public List<Author> authorsOf(Article article) {
        AuthorIndex index = authorIndex();
        List<Author> found = new ArrayList<>(article.authors().size());
        for (String name : article.authors()) {
            Author author = index.bySlug().get(index.slugOf(name));
            if (author != null) {
                found.add(author);
            }
        }
        return found;
    }

    /** The pages of one author's articles. */
    public List<Listing> authorPages(Author author) {
        return authorListings.computeIfAbsent(author.slug(), slug -> Listing.paginate(author.articles(), config.perPage(),
                n -> urls.authorPath(slug, n)));
    }

    /** The newest articles of an author's feed. */
    public List<Article> feedArticles(Author author) {
        return newestAsNews(author.articles(), config.feedSize());
    }

    /**
     * Signatures that almost name a described author — the same name but for case or accents, or
     * one or two letters off — each at its article's {@code author} line, naming the known one.
     */
    public List<Problem> authorWarnings() {
        List<Problem> warnings = new ArrayList<>();
        if (authorPages.isEmpty()) {
            return warnings; // nobody is described: no name can be near one
        }
        AuthorIndex index = authorIndex();
        Map<String, List<String>> verdicts = new HashMap<>(); // a few names sign thousands of articles: each is compared once
        for (Article article : articles) {
            for (String name : article.authors()) {
                for (String verdict : verdicts.computeIfAbsent(name, n -> nearMisses(n, index.slugOf(n)))) {
                    warnings.add(new Problem(article.source(), article.authorLine(), verdict));
                }
            }
        }
        return warnings;
    }

    /** What is wrong with {@code name}, of {@code slug}, against each described author it nearly is. */
    private List<String> nearMisses(String name, String slug) {
        List<String> verdicts = new ArrayList<>();
        for (Page known : authorPages) {
            boolean sameButSpelled = known.slug().equals(slug) && !known.title().equals(name.strip());
            boolean nearly = !known.slug().equals(slug) && editDistance(known.slug(), slug) <= 2;
            if (sameButSpelled || nearly) {
                verdicts.add("'" + name + "' is " + (sameButSpelled ? "spelled differently from" : "nearly") + " the author '" + known.title() + "' of "
                        + known.source() + (sameButSpelled ? ": write it as that file does" : ": is it the same person? Write the name as that file does"));
            }
        }
        return verdicts;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                current[j] = Math.min(Math.min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The dossiers' introductions, as pages (published at {@code /dossiers/<slug>/}). */
    public List<Page> dossierPages() {
        return dossierIntros;
    }

    /** The dossier {@code article} is part of, if it names one that has an introduction. */
    public Optional<Dossier> dossierOf(Article article) {
        return article.dossier().isEmpty() ? Optional.empty() : findDossier(article.dossier());
    }

    public Optional<Dossier> findDossier(String slug) {
        return dossiers().stream().filter(dossier -> dossier.slug().equals(slug)).findFirst();
    }

    /** Articles that name a dossier without an introduction in {@code content/dossiers/}. */
    public List<Problem> dossierWarnings() {
        java.util.Set<String> known = new java.util.HashSet<>();
        dossierIntros.forEach(intro -> known.add(intro.slug()));
        return articles.stream().filter(a -> !a.dossier().isEmpty() && !known.contains(a.dossier()))
                .map(a -> Problem.of(a.source(), "names the dossier '" + a.dossier() + "', which has no introduction: add "
                        + Page.DOSSIERS + a.dossier() + ".md with a title and a few lines about the story"))
                .toList();
    }

    /** The pages of one of this site's sections. */
    public List<Listing> sectionPages(Section section) {
        return sectionPages.computeIfAbsent(section.slug(), slug -> Listing.paginate(section.articles(), config.perPage(),
                n -> urls.sectionPath(slug, n)));
    }

    /** The newest articles of a section's feed. */
    public List<Article> feedArticles(Section section) {
        return newestAsNews(section.articles(), config.feedSize());
    }

    /** The pages of one of this site's tags. */
    public List<Listing> tagPages(Tag tag) {
        return tagPages.computeIfAbsent(tag.slug(), slug -> Listing.paginate(tag.articles(), config.perPage(), n -> urls.tagPath(slug, n)));
    }

    /** Years and months with their articles, newest first. */
    public List<Archive.Year> archive() {
        return archive;
    }

    /** The pages of one year of the archive. */
    public List<Listing> yearPages(Archive.Year year) {
        return Listing.paginate(year.articles(), config.perPage(), n -> urls.yearPath(year.year(), n));
    }

    /** The pages of one month of the archive. */
    public List<Listing> monthPages(Archive.Month month) {
        return Listing.paginate(month.articles(), config.perPage(), n -> urls.monthPath(month.year(), month.month(), n));
    }

    /** The pages of an article's comments; the first is the article's own page. */
    public List<CommentPage> commentPages(Article article) {
        return CommentPage.paginate(article.comments(), n -> urls.commentsPath(article, n));
    }

    /** Up to {@code limit} articles sharing tags with {@code article}, rarer tags first, never itself. */
    public List<Article> related(Article article, int limit) {
        return at(index.related(index.positionOf(article.source()), limit));
    }

    /** The tags of {@code article}, in its order, each once (spellings that share a slug are one tag). */
    public List<Tag> tagsOf(Article article) {
        List<SiteIndex.TagGroup> groups = index.tagsAt(index.positionOf(article.source()));
        Tag[] own = new Tag[groups.size()];
        for (int i = 0; i < own.length; i++) {
            own[i] = tagsBySlug.get(groups.get(i).slug());
        }
        return List.of(own);
    }

    /**
     * The tag groups of {@code article} in this site's index: the same list object in every index
     * made from this one where the article's tags and their groups did not change.
     */
    public List<SiteIndex.TagGroup> tagGroupsOf(Article article) {
        return index.tagsAt(index.positionOf(article.source()));
    }

    /** The published article made from {@code source}, as this site has it. */
    public Optional<Article> findPublished(String source) {
        return index.placeOf(source).map(articles::get);
    }

    /** The tag whose URL segment is {@code slug}. */
    public Optional<Tag> findTag(String slug) {
        return Optional.ofNullable(tagsBySlug.get(slug));
    }

    /** The output path of the published article or page made from {@code source} ({@code content/pages/x.md}). */
    public Optional<String> findOutputOf(String source) {
        Optional<String> article = index.placeOf(source).map(index::pathAt);
        return article.isPresent() ? article : Optional.ofNullable(pageOutputs.get(source));
    }

    /** The output path of {@code article}, one of this site's. */
    public String pathOf(Article article) {
        return index.pathAt(index.positionOf(article.source()));
    }

    /** The output path of the article at {@code position} of {@link #articles()}. */
    String pathAt(int position) {
        return index.pathAt(position);
    }

    /** The newest articles of the site feed. */
    public List<Article> feedArticles() {
        return newestAsNews(articles, config.feedSize());
    }

    /** The newest articles of a tag's feed. */
    public List<Article> feedArticles(Tag tag) {
        return newestAsNews(tag.articles(), config.feedSize());
    }

    /**
     * The {@code count} articles of {@code newestFirst} that are newest as news: an article
     * corrected since counts from its latest correction, so it comes back up in the feeds, as an
     * update (a plain {@code updated} date does not move it). Ties keep publication order.
     */
    private static List<Article> newestAsNews(List<Article> newestFirst, int count) {
        if (newestFirst.stream().allMatch(article -> article.corrections().isEmpty())) {
            return newestFirst.subList(0, Math.min(newestFirst.size(), count)); // the usual case, without sorting
        }
        List<Article> sorted = new ArrayList<>(newestFirst);
        sorted.sort(Comparator.comparing(Site::newsMoment).reversed());
        return List.copyOf(sorted.subList(0, Math.min(sorted.size(), count)));
    }

    /** When an article was last news: its publication, or its latest correction. */
    private static java.time.Instant newsMoment(Article article) {
        java.time.Instant published = article.published().toInstant();
        return article.corrections().stream().map(c -> c.date().toInstant()).filter(published::isBefore).max(Comparator.naturalOrder())
                .orElse(published);
    }

    /** When a feed of {@code entries} last changed: the latest {@code updated} among them, never the clock. */
    public static ZonedDateTime lastUpdated(List<Article> entries) {
        ZonedDateTime last = EPOCH;
        long lastSecond = Long.MIN_VALUE;
        for (Article entry : entries) {
            ZonedDateTime updated = entry.updated();
            long second = updated.toEpochSecond(); // cheaper than compareTo, which is needed only on a tie
            if (second > lastSecond || second == lastSecond && updated.compareTo(last) > 0) {
                last = updated;
                lastSecond = second;
            }
        }
        return last;
    }

    private static final ZonedDateTime EPOCH = ZonedDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC);

    /** Articles published in the {@code period} before the build, newest first (for Google News). */
    public List<Article> recentArticles(Duration period) {
        Instant since = builtAt.minus(period);
        int count = 0;
        while (count < articles.size() && articles.get(count).published().toInstant().isAfter(since)) {
            count++; // newest first: the first older one ends them
        }
        return articles.subList(0, count);
    }

    /** The {@code n} tags with the most articles, most first (ties in alphabetical order). */
    public List<Tag> topTags(int n) {
        return tags.stream().sorted(Comparator.comparingInt(Tag::count).reversed()).limit(n).toList();
    }

    /** The article published just before {@code article}, if any. */
    public Optional<Article> findOlder(Article article) {
        int i = index.positionOf(article.source());
        return i + 1 < articles.size() ? Optional.of(articles.get(i + 1)) : Optional.empty();
    }

    /** The article published just after {@code article}, if any. */
    public Optional<Article> findNewer(Article article) {
        int i = index.positionOf(article.source());
        return i > 0 ? Optional.of(articles.get(i - 1)) : Optional.empty();
    }
}
