package dev.broadsheet.render;

import dev.broadsheet.content.Page;
import dev.broadsheet.content.Article;
import dev.broadsheet.site.Site;
import dev.broadsheet.site.Tag;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What changed since the last plan, for a site of the same shape.
 *
 * @param sources articles and pages whose parts are all planned again
 * @param related articles whose own part is planned again: their related articles may change
 * @param tags tags whose parts are planned again
 * @param tagsRestructured whether a tag came, went, was renamed or has another number of pages
 */
record PlanChanges(Set<String> sources, Set<String> related, Set<String> tags, boolean tagsRestructured) {

    /** The kinds of page files: standalone pages, dossiers' introductions, authors' descriptions. */
    private static final List<java.util.function.Function<Site, List<Page>>> PAGE_KINDS = List.of(Site::pages, Site::dossierPages,
            Site::authorDescriptions);

    /** What changed from {@code previous} to {@code site}; empty when they differ in shape and everything must be planned. */
    static Optional<PlanChanges> between(Site previous, Site site) {
        if (!sameShape(previous, site) || !sameSections(previous, site)) {
            return Optional.empty();
        }
        Set<String> changed = new HashSet<>();
        for (int i = 0; i < site.articles().size(); i++) {
            if (previous.articles().get(i) != site.articles().get(i)) {
                changed.add(site.articles().get(i).source());
            }
        }
        for (java.util.function.Function<Site, List<Page>> kind : PAGE_KINDS) {
            List<Page> before = kind.apply(previous);
            List<Page> now = kind.apply(site);
            for (int i = 0; i < now.size(); i++) {
                if (before.get(i) != now.get(i)) {
                    changed.add(now.get(i).source());
                }
            }
        }
        if (previous.index() == site.index()) {
            return Optional.of(new PlanChanges(changed, Set.of(), Set.of(), false));
        }
        Set<String> tags = new HashSet<>();
        Set<String> related = new HashSet<>();
        boolean restructured = false;
        for (Tag now : site.tags()) {
            Optional<Tag> before = previous.findTag(now.slug());
            if (before.isPresent() && before.get().name().equals(now.name()) && sameMembers(before.get(), now)) {
                continue;
            }
            tags.add(now.slug());
            // a new or renamed tag shows in every teaser of its members; new members change related articles only
            Set<String> members = before.isPresent() && before.get().name().equals(now.name()) ? related : changed;
            before.ifPresent(tag -> tag.articles().forEach(a -> members.add(a.source())));
            now.articles().forEach(a -> members.add(a.source()));
            restructured |= before.isEmpty() || !before.get().name().equals(now.name())
                    || previous.tagPages(before.get()).size() != site.tagPages(now).size();
        }
        for (Tag gone : previous.tags()) {
            if (site.findTag(gone.slug()).isEmpty()) {
                tags.add(gone.slug());
                gone.articles().forEach(a -> changed.add(a.source()));
                restructured = true;
            }
        }
        return Optional.of(new PlanChanges(changed, related, tags, restructured));
    }

    /**
     * Whether every article is in the section and the dossier (at the part) it was in (a site of the
     * same shape has its articles at the same places): a move changes two sections' pages, feeds and
     * perhaps the front page, or every part's "Parte n di m", rare enough to plan everything again.
     */
    private static boolean sameSections(Site previous, Site site) {
        for (int i = 0; i < site.articles().size(); i++) {
            Article before = previous.articles().get(i);
            Article now = site.articles().get(i);
            if (before != now && (!dev.broadsheet.Slug.of(before.section()).equals(dev.broadsheet.Slug.of(now.section()))
                    || !before.dossier().equals(now.dossier()) || before.part() != now.part() || !before.authors().equals(now.authors()))) {
                return false;
            }
        }
        return true;
    }

    /** Same articles in the same order, dates and addresses; the same pages, menu and settings. */
    private static boolean sameShape(Site previous, Site site) {
        if (previous.index() != site.index() && !previous.index().placesTheSame(site.index())) {
            return false;
        }
        for (java.util.function.Function<Site, List<Page>> kind : PAGE_KINDS) {
            List<Page> pagesBefore = kind.apply(previous);
            List<Page> pagesNow = kind.apply(site);
            if (pagesBefore.size() != pagesNow.size()) {
                return false;
            }
            for (int i = 0; i < pagesNow.size(); i++) {
                if (!pagesBefore.get(i).source().equals(pagesNow.get(i).source())) {
                    return false;
                }
            }
        }
        return previous.menu().equals(site.menu()) && previous.config().equals(site.config());
    }

    private static boolean sameMembers(Tag before, Tag now) {
        if (before.count() != now.count()) {
            return false;
        }
        for (int i = 0; i < now.count(); i++) {
            if (before.articles().get(i) != now.articles().get(i) && !before.articles().get(i).source().equals(now.articles().get(i).source())) {
                return false;
            }
        }
        return true;
    }
}
