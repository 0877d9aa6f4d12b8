package dev.broadsheet.render;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import dev.broadsheet.site.Archive;
import dev.broadsheet.site.Listing;
import dev.broadsheet.site.Site;
import dev.broadsheet.site.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The plan stage, memoized. Every part of the site — an article with its redirects and comment
 * pages, a page of a list, a feed — is planned from the articles it shows (its inputs) and the
 * site's structure. When the structure has the same shape as at the last plan (the same articles
 * in the same order, the same tags and pages), only the parts whose inputs changed are planned
 * again: an article that is not the same object as last time (parsing keeps unchanged files'),
 * the members of a tag whose members or name changed, and what shows a site-wide value that
 * changed. Anything else plans the whole site. Either way the jobs are what a whole plan gives.
 */
final class Planner {

    /** A part of the site: how to plan it, and what it was planned as last time. */
    private static final class Part {
        final Function<Site, RenderPlan.Made> recipe;
        final String tag;
        RenderPlan.Made made;

        Part(Function<Site, RenderPlan.Made> recipe, String tag) {
            this.recipe = recipe;
            this.tag = tag;
        }
    }

    private final RenderPlan plan;
    private Optional<Site> last = Optional.empty();
    private List<Part> parts = List.of();
    private Part sitemaps;
    private Part redirects;
    /** The parts that show each article, each tag, each site-wide value. */
    private Map<String, Set<Part>> bySource = Map.of();
    private Map<String, List<Part>> byTag = Map.of();
    private Map<String, List<Part>> bySiteWide = Map.of();
    private Map<String, Object> siteWideLast = Map.of();

    Planner(RenderPlan plan) {
        this.plan = plan;
    }

    synchronized List<RenderJob> of(Site site) {
        plan.start(site);
        Optional<Set<Part>> again = last.flatMap(previous -> changedParts(previous, site));
        if (again.isEmpty()) {
            parts = parts(site);
            parts.forEach(part -> part.made = part.recipe.apply(site));
        } else {
            boolean templatesChanged = false;
            for (Part part : again.get()) {
                RenderPlan.Made before = part.made;
                part.made = part.recipe.apply(site);
                if (!before.inputs().equals(part.made.inputs())) {
                    before.inputs().forEach(source -> bySource.getOrDefault(source, Set.of()).remove(part));
                    part.made.inputs().forEach(source -> bySource.computeIfAbsent(source, k -> new HashSet<>()).add(part));
                }
                templatesChanged |= !templates(before).equals(templates(part.made));
            }
            if (templatesChanged) {
                index(); // a part rendered with another layout may show other site-wide values
            }
        }
        redirects.made = plan.redirects(site.redirects().isEmpty() ? Map.of() : byPath(parts));
        List<RenderJob> jobs = new ArrayList<>();
        parts.forEach(part -> jobs.addAll(part.made.jobs()));
        if (again.isEmpty()) {
            Set<String> paths = new HashSet<>(jobs.size() * 2);
            jobs.forEach(job -> paths.add(job.path()));
            Set<String> sources = new HashSet<>();
            site.articles().forEach(a -> sources.add(a.source()));
            plan.keepOnly(paths, sources);
            index();
        }
        Map<String, Object> values = new HashMap<>();
        SiteWideValues.NAMES.forEach(name -> values.put(name, plan.siteWideValue(name)));
        siteWideLast = values;
        last = Optional.of(site);
        return jobs;
    }

    /** Every part of {@code site}, in the order of the outputs; the redirects last. */
    private List<Part> parts(Site site) {
        List<Part> all = new ArrayList<>();
        for (Article article : site.articles()) {
            String source = article.source();
            all.add(new Part(s -> plan.article(s.findPublished(source).orElseThrow()), ""));
        }
        List<Listing> home = site.homePages();
        for (int i = 0; i < home.size(); i++) {
            int page = i;
            all.add(new Part(s -> plan.home(s.homePages().get(page)), ""));
        }
        all.add(new Part(s -> plan.tagsIndex(), ""));
        for (Tag tag : site.tags()) {
            String slug = tag.slug();
            int pages = site.tagPages(tag).size();
            for (int i = 0; i < pages; i++) {
                int page = i;
                all.add(new Part(s -> {
                    Tag now = s.findTag(slug).orElseThrow();
                    return plan.tagListing(now, s.tagPages(now).get(page));
                }, slug));
            }
        }
        for (Page page : site.pages()) {
            String source = page.source();
            all.add(new Part(s -> plan.page(s.pages().stream().filter(p -> p.source().equals(source)).findFirst().orElseThrow()), ""));
        }
        all.add(new Part(s -> plan.archive(), ""));
        periods(site, all);
        all.add(new Part(s -> plan.search(), ""));
        all.add(new Part(s -> plan.notFound(), ""));
        all.add(new Part(s -> plan.siteFeed(), ""));
        for (Tag tag : site.tags()) {
            String slug = tag.slug();
            all.add(new Part(s -> plan.tagFeed(s.findTag(slug).orElseThrow()), slug));
        }
        sitemaps = new Part(s -> plan.sitemaps(), "");
        all.add(sitemaps);
        all.add(new Part(s -> plan.robots(), ""));
        redirects = new Part(s -> new RenderPlan.Made(List.of(), Set.of()), "");
        all.add(redirects);
        return all;
    }

    private void periods(Site site, List<Part> all) {
        List<Archive.Year> years = site.archive();
        for (int y = 0; y < years.size(); y++) {
            int year = y;
            int yearNumber = years.get(y).year();
            for (int n = 0; n < site.yearPages(years.get(y)).size(); n++) {
                int page = n;
                all.add(new Part(s -> plan.yearListing(yearNumber, s.yearPages(s.archive().get(year)).get(page)), ""));
            }
            List<Archive.Month> months = years.get(y).months();
            for (int m = 0; m < months.size(); m++) {
                int month = m;
                java.time.LocalDate firstDay = months.get(m).firstDay();
                for (int n = 0; n < site.monthPages(months.get(m)).size(); n++) {
                    int page = n;
                    all.add(new Part(s -> plan.monthListing(firstDay, s.monthPages(s.archive().get(year).months().get(month)).get(page)), ""));
                }
            }
        }
    }

    /**
     * The parts to plan again for {@code site}, whose structure has the shape of {@code previous}'s;
     * empty when the shape differs and everything must be planned.
     */
    private Optional<Set<Part>> changedParts(Site previous, Site site) {
        if (!sameShape(previous, site)) {
            return Optional.empty();
        }
        Set<String> changed = new HashSet<>();
        List<Article> before = previous.articles();
        List<Article> now = site.articles();
        for (int i = 0; i < now.size(); i++) {
            if (before.get(i) != now.get(i)) {
                changed.add(now.get(i).source());
            }
        }
        Set<String> changedTags = new HashSet<>();
        if (previous.index() != site.index() && !changedTags(previous, site, changedTags, changed)) {
            return Optional.empty();
        }
        Set<Part> again = new HashSet<>();
        changed.forEach(source -> again.addAll(bySource.getOrDefault(source, Set.of())));
        changedTags.forEach(slug -> again.addAll(byTag.getOrDefault(slug, List.of())));
        for (String name : SiteWideValues.NAMES) {
            if (siteWideLast.get(name) != plan.siteWideValue(name)) {
                again.addAll(bySiteWide.getOrDefault(name, List.of()));
            }
        }
        again.add(sitemaps); // the news sitemap depends on the clock
        return Optional.of(again);
    }

    /** Same articles in the same order and months, the same tags with as many pages, the same pages, redirects and menu. */
    private static boolean sameShape(Site previous, Site site) {
        if (previous.index() != site.index()) {
            List<dev.broadsheet.site.IndexEntry> a = previous.index().entries();
            List<dev.broadsheet.site.IndexEntry> b = site.index().entries();
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).source().equals(b.get(i).source()) || !a.get(i).published().equals(b.get(i).published())) {
                    return false;
                }
            }
        }
        List<Page> pagesBefore = previous.pages();
        List<Page> pagesNow = site.pages();
        if (pagesBefore.size() != pagesNow.size()) {
            return false;
        }
        for (int i = 0; i < pagesNow.size(); i++) {
            if (pagesBefore.get(i) != pagesNow.get(i)) {
                return false;
            }
        }
        return previous.redirects().equals(site.redirects()) && previous.menu().equals(site.menu())
                && previous.config().equals(site.config());
    }

    /**
     * Notes in {@code changedTags} the tags whose name or members changed, and their members, old and
     * new, in {@code changed} (their teasers show the tag, their related articles may change).
     * False when a tag came or went or has another number of pages: then everything is planned.
     */
    private static boolean changedTags(Site previous, Site site, Set<String> changedTags, Set<String> changed) {
        if (previous.tags().size() != site.tags().size()) {
            return false;
        }
        int perPage = site.config().perPage();
        for (int i = 0; i < site.tags().size(); i++) {
            Tag before = previous.tags().get(i);
            Tag now = site.tags().get(i);
            if (!before.slug().equals(now.slug())) {
                return false;
            }
            if (!before.name().equals(now.name()) || !sameMembers(before, now)) {
                if ((before.count() + perPage - 1) / perPage != (now.count() + perPage - 1) / perPage) {
                    return false;
                }
                changedTags.add(now.slug());
                before.articles().forEach(a -> changed.add(a.source()));
                now.articles().forEach(a -> changed.add(a.source()));
            }
        }
        return true;
    }

    private static boolean sameMembers(Tag before, Tag now) {
        if (before.count() != now.count()) {
            return false;
        }
        for (int i = 0; i < now.count(); i++) {
            if (!before.articles().get(i).source().equals(now.articles().get(i).source())) {
                return false;
            }
        }
        return true;
    }

    /** Notes which parts show which articles, tags and site-wide values: after a plan of the whole site. */
    private void index() {
        Map<String, Set<Part>> shows = new HashMap<>();
        Map<String, List<Part>> tags = new HashMap<>();
        Map<String, List<Part>> siteWide = new HashMap<>();
        for (Part part : parts) {
            for (String source : part.made.inputs()) {
                shows.computeIfAbsent(source, s -> new HashSet<>(4)).add(part);
            }
            if (!part.tag.isEmpty()) {
                tags.computeIfAbsent(part.tag, t -> new ArrayList<>()).add(part);
            }
            Set<String> names = new HashSet<>();
            part.made.jobs().forEach(job -> names.addAll(plan.siteWideOf(job.template())));
            names.forEach(name -> siteWide.computeIfAbsent(name, n -> new ArrayList<>()).add(part));
        }
        bySource = shows;
        byTag = tags;
        bySiteWide = siteWide;
    }

    private static Set<String> templates(RenderPlan.Made made) {
        Set<String> templates = new HashSet<>();
        made.jobs().forEach(job -> templates.add(job.template()));
        return templates;
    }

    private static Map<String, RenderJob> byPath(List<Part> parts) {
        Map<String, RenderJob> planned = new HashMap<>();
        parts.forEach(part -> part.made.jobs().forEach(job -> planned.put(job.path(), job)));
        return planned;
    }
}
