package dev.broadsheet.render;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import dev.broadsheet.site.Site;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Makes the jobs of one plan: each with the menu and the site-wide values its template names, and
 * as the last plan's very job for its path while that holds the same values, so that a later stage
 * compares it at once.
 */
final class PlanJobs {

    /** How many tags the front page's sidebar shows. */
    private static final int SIDEBAR_TAGS = 15;

    private final SiteWideValues siteWide;
    private final RenderMemo memo;
    private final Views views;
    private Site site;
    private Map<String, Object> siteWideNow = new HashMap<>();

    PlanJobs(SiteWideValues siteWide, RenderMemo memo) {
        this.siteWide = siteWide;
        this.memo = memo;
        this.views = memo.views;
    }

    /** Starts planning {@code next}. */
    void start(Site next) {
        this.site = next;
        this.siteWideNow = new HashMap<>();
    }

    /** The site-wide values the template {@code template} may show. */
    Set<String> siteWideOf(String template) {
        return siteWide.of(template);
    }

    /** What shares {@code article}: its lead image, else the site's share image. */
    @SuppressWarnings("unchecked")
    Object shareImageOf(Article article) {
        return PageImages.of(article, site.images(), (java.util.Optional<PageImages.ShareImage>) siteShareImage());
    }

    /** The site-wide value {@code name} for this plan: the last plan's object while it is equal. */
    Object siteWideValue(String name) {
        return siteWideNow.computeIfAbsent(name, n -> {
            Object value = switch (n) {
                case "pages" -> site.pages().stream().map(views::pageLink).toList();
                case "allTags" -> views.tagCounts(site.tags());
                case "topTags" -> views.tagCounts(site.topTags(SIDEBAR_TAGS));
                case "archive" -> views.archive(site);
                case "banner" -> site.activeBanner().map(banner -> new Views.BannerLink(banner.text(), banner.link()));
                default -> throw new IllegalArgumentException("no site-wide value " + n);
            };
            Object last = memo.siteWide.get(n);
            Object kept = value.equals(last) ? last : value;
            memo.siteWide.put(n, kept);
            return kept;
        });
    }

    /**
     * A job of {@code template} with {@code variables}, the menu, and the site-wide values the
     * template may show: the last plan's job for the same path when it holds the same.
     */
    RenderJob job(RenderJob.Kind kind, String template, String path, String origin, Map<String, Object> variables) {
        Set<String> siteWideNames = siteWide.of(template);
        RenderJob last = memo.jobs.get(path);
        if (last != null && last.kind() == kind && last.template().equals(template) && last.origin().equals(origin)
                && holdsTheSame(last.variables(), variables, siteWideNames)) {
            return last;
        }
        Map<String, Object> all = new HashMap<>(variables);
        all.put("menu", menu());
        all.putIfAbsent("shareImage", siteShareImage());
        for (String name : siteWideNames) {
            all.put(name, siteWideValue(name));
        }
        RenderJob job = new RenderJob(kind, template, path, origin, all);
        memo.jobs.put(path, job);
        return job;
    }

    /**
     * Whether the last plan's job variables hold what {@code variables}, the menu and the site-wide
     * values hold now. Articles and pages count as the same only when they are the same object
     * (parsing keeps unchanged files'), so that checking never compares whole bodies.
     */
    private boolean holdsTheSame(Map<String, Object> last, Map<String, Object> variables, Set<String> siteWideNames) {
        boolean ownShareImage = variables.containsKey("shareImage");
        if (last.size() != variables.size() + 1 + (ownShareImage ? 0 : 1) + siteWideNames.size() || last.get("menu") != menu()
                || !ownShareImage && last.get("shareImage") != siteShareImage()) {
            return false;
        }
        for (String name : siteWideNames) {
            if (last.get(name) != siteWideValue(name)) {
                return false;
            }
        }
        for (Map.Entry<String, Object> variable : variables.entrySet()) {
            Object before = last.get(variable.getKey());
            Object now = variable.getValue();
            if (before != now && (now instanceof Article || now instanceof Page || !now.equals(before))) {
                return false;
            }
        }
        return true;
    }

    /** The picture that shares pages without their own, the last plan's object while it is equal. */
    private Object siteShareImage() {
        return siteWideNow.computeIfAbsent("\u0000shareImage", n -> {
            Object value = PageImages.siteWide(site.config().shareImage(), site.config().title(), site.images());
            Object last = memo.siteWide.get(n);
            Object kept = value.equals(last) ? last : value;
            memo.siteWide.put(n, kept);
            return kept;
        });
    }

    /** The menu, the last plan's object while it is equal. */
    private Object menu() {
        return siteWideNow.computeIfAbsent("\u0000menu", n -> {
            memo.menu = memo.menu.equals(site.menu()) ? memo.menu : site.menu();
            return memo.menu;
        });
    }}
