package dev.broadsheet.render;

import dev.broadsheet.content.Redirect;
import dev.broadsheet.site.Site;
import dev.broadsheet.site.Urls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plan stage, memoized. Every {@link Part} of the site is planned from the articles it shows
 * (its inputs) and the site's structure. When the site keeps its shape (the same articles in the
 * same order, the same pages, menu and settings), only the parts whose inputs changed are planned
 * again: an article that is not the same object as last time (parsing keeps unchanged files'),
 * the parts of a tag whose members or name changed, the parts that show a site-wide value that
 * changed, and the parts a tag came to have. Anything else plans the whole site. Either way the
 * jobs are what a whole plan gives.
 */
final class Planner {

    private final RenderPlan plan;
    private Optional<Site> last = Optional.empty();
    private List<Part> parts = List.of();
    private Map<String, Part> byKey = Map.of();
    /** The parts that show each source, each tag, each site-wide value; and every part's job by path. */
    private final Map<String, Set<Part>> bySource = new HashMap<>();
    private final Map<String, Set<Part>> byTag = new HashMap<>();
    private final Map<String, Set<Part>> bySiteWide = new HashMap<>();
    private final Map<String, RenderJob> jobsByPath = new HashMap<>();
    private Map<String, Object> siteWideLast = Map.of();
    private RedirectsPlanned redirects = new RedirectsPlanned(List.of(), List.of(), List.of());
    /** The last plan's jobs, each part's at its {@code first}; the redirects' from {@code redirectsFrom}. */
    private List<RenderJob> flat = new ArrayList<>();
    private int redirectsFrom;
    private List<Part> replanned = List.of();

    /** The redirects' jobs, and what they were planned from: the redirects and the jobs they lead to. */
    private record RedirectsPlanned(List<Redirect> redirects, List<Optional<RenderJob>> targets, List<RenderJob> jobs) {

        /** Whether these were planned from {@code others} and the very same target jobs. */
        boolean plannedFrom(List<Redirect> others, List<Optional<RenderJob>> otherTargets) {
            if (!redirects.equals(others) || targets.size() != otherTargets.size()) {
                return false;
            }
            for (int i = 0; i < targets.size(); i++) {
                Optional<RenderJob> one = targets.get(i);
                Optional<RenderJob> other = otherTargets.get(i);
                if (one.isPresent() != other.isPresent() || one.isPresent() && one.get() != other.get()) {
                    return false;
                }
            }
            return true;
        }
    }

    Planner(RenderPlan plan) {
        this.plan = plan;
    }

    synchronized List<RenderJob> of(Site site) {
        plan.start(site);
        Optional<PlanChanges> changes = last.flatMap(previous -> PlanChanges.between(previous, site));
        if (changes.isEmpty()) {
            parts = Part.of(site, plan, Map.of());
            byKey = keyed(parts);
            List.of(bySource, byTag, bySiteWide, jobsByPath).forEach(Map::clear);
            replan(parts, site);
        } else {
            Set<Part> again = new HashSet<>();
            if (changes.get().tagsRestructured()) {
                List<Part> before = parts;
                parts = Part.of(site, plan, byKey);
                byKey = keyed(parts);
                before.stream().filter(part -> byKey.get(part.key) != part).forEach(this::unregister);
                parts.stream().filter(part -> !part.isPlanned()).forEach(again::add);
            }
            changes.get().sources().forEach(source -> again.addAll(bySource.getOrDefault(source, Set.of())));
            changes.get().related().forEach(source -> again.add(byKey.get(Part.articleKey(source))));
            changes.get().tags().forEach(slug -> again.addAll(byTag.getOrDefault(slug, Set.of())));
            for (String name : SiteWideValues.NAMES) {
                if (siteWideLast.get(name) != plan.siteWideValue(name)) {
                    again.addAll(bySiteWide.getOrDefault(name, Set.of()));
                }
            }
            again.add(byKey.get(Part.SITEMAPS));
            again.add(byKey.get(Part.CORRECTIONS));
            site.dossiers().forEach(dossier -> again.add(byKey.get(Part.DOSSIER + dossier.slug())));
            replan(again, site);
        }
        List<RenderJob> jobs = flattened(changes.isPresent() && !changes.get().tagsRestructured(), site);
        if (changes.isEmpty() || changes.get().tagsRestructured()) {
            Set<String> paths = new HashSet<>(jobs.size() * 2);
            jobs.forEach(job -> paths.add(job.path()));
            Set<String> sources = new HashSet<>();
            site.articles().forEach(a -> sources.add(a.source()));
            plan.keepOnly(paths, sources);
        }
        Map<String, Object> values = new HashMap<>();
        SiteWideValues.NAMES.forEach(name -> values.put(name, plan.siteWideValue(name)));
        siteWideLast = values;
        last = Optional.of(site);
        return jobs;
    }

    /**
     * Every part's jobs, the redirects' last: when the parts are last time's, last time's list with
     * the jobs of those planned again put in their places if each has as many jobs as before;
     * else made again.
     */
    private List<RenderJob> flattened(boolean sameParts, Site site) {
        List<RenderJob> redirectJobs = redirects(site);
        boolean inPlace = sameParts && !flat.isEmpty() && redirectJobs.size() == flat.size() - redirectsFrom;
        for (int i = 0; inPlace && i < replanned.size(); i++) {
            Part part = replanned.get(i);
            inPlace = part.first >= 0 && part.made.jobs().size() == part.jobCount;
        }
        if (inPlace) {
            for (Part part : replanned) {
                for (int j = 0; j < part.jobCount; j++) {
                    flat.set(part.first + j, part.made.jobs().get(j));
                }
            }
            for (int j = 0; j < redirectJobs.size(); j++) {
                flat.set(redirectsFrom + j, redirectJobs.get(j));
            }
        } else {
            flat = new ArrayList<>(jobsByPath.size() + redirectJobs.size());
            for (Part part : parts) {
                part.first = flat.size();
                part.jobCount = part.made.jobs().size();
                flat.addAll(part.made.jobs());
            }
            redirectsFrom = flat.size();
            flat.addAll(redirectJobs);
        }
        return List.copyOf(flat);
    }

    /** Plans {@code again} for {@code site}, noting what each now shows. */
    private void replan(java.util.Collection<Part> again, Site site) {
        replanned = new ArrayList<>(again);
        plan.prepare(again.stream().filter(part -> !part.article.isEmpty()).map(part -> site.findPublished(part.article).orElseThrow()).toList());
        for (Part part : again) {
            RenderPlan.Made before = part.made;
            RenderPlan.Made now = part.recipe.apply(site);
            if (part.isPlanned() && before.inputs().equals(now.inputs()) && sameJobs(before.jobs(), now.jobs())) {
                part.made = now;
                now.jobs().forEach(job -> jobsByPath.put(job.path(), job));
                continue;
            }
            unregister(part);
            part.made = now;
            register(part);
        }
    }

    /** Whether two lists of jobs are of the same paths and templates, each the same object or not. */
    private static boolean sameJobs(List<RenderJob> one, List<RenderJob> other) {
        if (one.size() != other.size()) {
            return false;
        }
        for (int i = 0; i < one.size(); i++) {
            if (one.get(i) != other.get(i)
                    && !(one.get(i).path().equals(other.get(i).path()) && one.get(i).template().equals(other.get(i).template()))) {
                return false;
            }
        }
        return true;
    }

    /** Notes what {@code part}, as last planned, shows. */
    private void register(Part part) {
        part.made.inputs().forEach(source -> bySource.computeIfAbsent(source, k -> new HashSet<>(4)).add(part));
        if (!part.tag.isEmpty()) {
            byTag.computeIfAbsent(part.tag, k -> new HashSet<>()).add(part);
        }
        for (RenderJob job : part.made.jobs()) {
            plan.siteWideOf(job.template()).forEach(name -> bySiteWide.computeIfAbsent(name, k -> new HashSet<>()).add(part));
            jobsByPath.put(job.path(), job);
        }
    }

    /** Forgets what {@code part}, as last planned, shows. */
    private void unregister(Part part) {
        part.made.inputs().forEach(source -> bySource.getOrDefault(source, new HashSet<>()).remove(part));
        byTag.getOrDefault(part.tag, new HashSet<>()).remove(part);
        for (RenderJob job : part.made.jobs()) {
            plan.siteWideOf(job.template()).forEach(name -> bySiteWide.getOrDefault(name, new HashSet<>()).remove(part));
            jobsByPath.remove(job.path());
        }
    }

    /** Each redirect's job, planned again when the redirects or the jobs they lead to are not last time's. */
    private List<RenderJob> redirects(Site site) {
        if (site.redirects().isEmpty()) {
            redirects = new RedirectsPlanned(List.of(), List.of(), List.of());
            return List.of();
        }
        List<Optional<RenderJob>> targets = new ArrayList<>(site.redirects().size());
        site.redirects().forEach(r -> targets.add(Optional.ofNullable(jobsByPath.get(Urls.fileOf(r.target())))));
        if (!redirects.plannedFrom(site.redirects(), targets)) {
            redirects = new RedirectsPlanned(site.redirects(), targets, plan.redirects(jobsByPath).jobs());
        }
        return redirects.jobs();
    }

    private static Map<String, Part> keyed(List<Part> parts) {
        Map<String, Part> keyed = new HashMap<>(parts.size() * 2);
        parts.forEach(part -> keyed.put(part.key, part));
        return keyed;
    }
}
