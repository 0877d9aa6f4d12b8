package dev.broadsheet.render;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import dev.broadsheet.site.Archive;
import dev.broadsheet.site.Site;
import dev.broadsheet.site.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A part of the site, planned as one: an article with its redirects and comment pages, a page of
 * a list, a feed. Its key names it among the parts of any site of the same shape; its recipe
 * plans it for a site; {@code made} is what it was planned as last.
 */
final class Part {

    final String key;
    final Function<Site, RenderPlan.Made> recipe;
    /** The slug of the tag this part lists or feeds, or "". */
    final String tag;
    /** The source of the article this is the part of, or "". */
    final String article;
    /** Where this part's jobs stand in the plan's list, and how many there were, or -1 before they stood there. */
    int first = -1;
    int jobCount;
    /** What this part was last planned as; {@link #UNPLANNED} before its first plan. */
    RenderPlan.Made made = UNPLANNED;

    static final RenderPlan.Made UNPLANNED = new RenderPlan.Made(List.of(), java.util.Set.of());

    private Part(String key, Function<Site, RenderPlan.Made> recipe, String tag, String article) {
        this.key = key;
        this.recipe = recipe;
        this.tag = tag;
        this.article = article;
    }

    boolean isPlanned() {
        return made != UNPLANNED;
    }

    /**
     * Every part of {@code site}, in the order of the outputs (the redirects of
     * {@code content/redirects.yaml} come after them all); a part whose key is in {@code kept} is
     * that part, with what it was planned as.
     */
    static List<Part> of(Site site, RenderPlan plan, Map<String, Part> kept) {
        List<Part> all = new ArrayList<>();
        Adder add = (key, recipe, tag, article) -> all.add(Optional.ofNullable(kept.get(key))
                .orElseGet(() -> new Part(key, recipe, tag, article)));
        for (Article article : site.articles()) {
            String source = article.source();
            add.add(articleKey(source), s -> plan.article(s.findPublished(source).orElseThrow()), "", source);
        }
        for (int i = 0; i < site.homePages().size(); i++) {
            int page = i;
            add.add("home\u0000" + page, s -> plan.home(s.homePages().get(page)), "", "");
        }
        add.add("tags", s -> plan.tagsIndex(), "", "");
        for (Tag tag : site.tags()) {
            String slug = tag.slug();
            for (int i = 0; i < site.tagPages(tag).size(); i++) {
                int page = i;
                add.add("tag\u0000" + slug + "\u0000" + page, s -> {
                    Tag now = s.findTag(slug).orElseThrow();
                    return plan.tagListing(now, s.tagPages(now).get(page));
                }, slug, "");
            }
        }
        listings(add, "section", site.sections(), dev.broadsheet.site.Section::slug, Site::findSection, Site::sectionPages, plan::sectionListing,
                site);
        listings(add, "author", site.authors(), dev.broadsheet.site.Author::slug, Site::findAuthor, Site::authorPages, plan::authorListing, site);
        for (Page page : site.pages()) {
            String source = page.source();
            add.add("page\u0000" + source, s -> plan.page(s.pages().stream().filter(p -> p.source().equals(source)).findFirst().orElseThrow()),
                    "", "");
        }
        add.add("archive", s -> plan.archive(), "", "");
        List<Archive.Year> years = site.archive();
        for (int y = 0; y < years.size(); y++) {
            int year = y;
            int yearNumber = years.get(y).year();
            for (int n = 0; n < site.yearPages(years.get(y)).size(); n++) {
                int page = n;
                add.add("year\u0000" + yearNumber + "\u0000" + page,
                        s -> plan.yearListing(yearNumber, s.yearPages(s.archive().get(year)).get(page)), "", "");
            }
            List<Archive.Month> months = years.get(y).months();
            for (int m = 0; m < months.size(); m++) {
                int month = m;
                java.time.LocalDate firstDay = months.get(m).firstDay();
                for (int n = 0; n < site.monthPages(months.get(m)).size(); n++) {
                    int page = n;
                    add.add("month\u0000" + firstDay + "\u0000" + page,
                            s -> plan.monthListing(firstDay, s.monthPages(s.archive().get(year).months().get(month)).get(page)), "", "");
                }
            }
        }
        for (dev.broadsheet.site.Dossier dossier : site.dossiers()) {
            String slug = dossier.slug();
            add.add(DOSSIER + slug, s -> plan.dossier(s.findDossier(slug).orElseThrow()), "", "");
        }
        add.add(CORRECTIONS, s -> plan.corrections(), "", "");
        add.add("search", s -> plan.search(), "", "");
        add.add("404", s -> plan.notFound(), "", "");
        add.add("feed", s -> plan.siteFeed(), "", "");
        for (Tag tag : site.tags()) {
            String slug = tag.slug();
            add.add("tag feed\u0000" + slug, s -> plan.tagFeed(s.findTag(slug).orElseThrow()), slug, "");
        }
        for (dev.broadsheet.site.Section section : site.sections()) {
            String slug = section.slug();
            add.add("section feed\u0000" + slug, s -> plan.sectionFeed(s.findSection(slug).orElseThrow()), "", "");
        }
        for (dev.broadsheet.site.Author author : site.authors()) {
            String slug = author.slug();
            add.add("author feed\u0000" + slug, s -> plan.authorFeed(s.findAuthor(slug).orElseThrow()), "", "");
        }
        add.add(SITEMAPS, s -> plan.sitemaps(), "", "");
        add.add("robots", s -> plan.robots(), "", "");
        return all;
    }

    /** The key of the sitemaps' part, planned again at every plan: the news sitemap depends on the clock. */
    static final String SITEMAPS = "sitemaps";

    /** The start of the keys of the dossiers' parts, planned again at every plan: few, and made of many articles. */
    static final String DOSSIER = "dossier\u0000";

    /** The key of the corrections page's part, planned again at every plan: any article may gain a correction. */
    static final String CORRECTIONS = "corrections";

    static String articleKey(String source) {
        return "article\u0000" + source;
    }

    /** One part per page of each group's listing (a section's, an author's), found again by its slug in later sites. */
    private static <G> void listings(Adder add, String kind, List<G> groups, Function<G, String> slugOf,
                                     java.util.function.BiFunction<Site, String, Optional<G>> find,
                                     java.util.function.BiFunction<Site, G, List<dev.broadsheet.site.Listing>> pagesOf,
                                     java.util.function.BiFunction<G, dev.broadsheet.site.Listing, RenderPlan.Made> planned, Site site) {
        for (G group : groups) {
            String slug = slugOf.apply(group);
            for (int i = 0; i < pagesOf.apply(site, group).size(); i++) {
                int page = i;
                add.add(kind + "\u0000" + slug + "\u0000" + page, s -> {
                    G now = find.apply(s, slug).orElseThrow();
                    return planned.apply(now, pagesOf.apply(s, now).get(page));
                }, "", "");
            }
        }
    }

    private interface Adder {
        void add(String key, Function<Site, RenderPlan.Made> recipe, String tag, String article);
    }
}
