package dev.broadsheet.site;

import dev.broadsheet.Problem;
import dev.broadsheet.Slug;
import dev.broadsheet.site.SiteIndex.TagGroup;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tags of a site's entries: each tag's members (positions in the newest-first order), its
 * name (the first spelling in the order of the source paths), each article's tags, and the
 * warnings about spellings. Made whole, or from the groups of entries that differ only in some
 * articles' tags: then only the tags those articles had or have are grouped again, which gives
 * what grouping them whole would.
 */
final class TagGroups {

    private final Map<String, String> slugs;
    private final List<TagGroup> sorted;
    private final Map<String, TagGroup> bySlug;
    private final List<List<TagGroup>> byPosition;
    private final List<List<Problem>> warningsByPosition;

    private TagGroups(Map<String, String> slugs, List<TagGroup> sorted, Map<String, TagGroup> bySlug, List<List<TagGroup>> byPosition,
                      List<List<Problem>> warningsByPosition) {
        this.slugs = slugs;
        this.sorted = sorted;
        this.bySlug = bySlug;
        this.byPosition = byPosition;
        this.warningsByPosition = warningsByPosition;
    }

    /** The groups of {@code entries} (newest first); {@code bySource} lists their positions in the order of their source paths. */
    static TagGroups of(List<IndexEntry> entries, int[] bySource, Collator collator) {
        Map<String, String> slugs = new HashMap<>(); // a few hundred names, each slugified once
        Map<String, String> names = new HashMap<>();
        for (int position : bySource) {
            for (String tag : entries.get(position).tags()) {
                String slug = slugs.computeIfAbsent(tag, Slug::of);
                if (!slug.isEmpty()) {
                    names.putIfAbsent(slug, tag);
                }
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            for (String slug : distinctSlugs(entries.get(i), slugs)) {
                counts.merge(slug, 1, Integer::sum);
            }
        }
        Map<String, int[]> members = new HashMap<>();
        Map<String, Integer> filled = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            for (String slug : distinctSlugs(entries.get(i), slugs)) {
                members.computeIfAbsent(slug, k -> new int[counts.get(k)])[filled.merge(slug, 1, Integer::sum) - 1] = i;
            }
        }
        Map<String, TagGroup> bySlug = new HashMap<>();
        members.forEach((slug, positions) -> bySlug.put(slug, new TagGroup(names.get(slug), slug, positions)));
        List<List<TagGroup>> byPosition = new ArrayList<>(entries.size());
        List<List<Problem>> warnings = new ArrayList<>(entries.size());
        for (IndexEntry entry : entries) {
            byPosition.add(groupsOf(entry, slugs, bySlug));
            warnings.add(warningsOf(entry, slugs, bySlug));
        }
        return new TagGroups(slugs, sortedGroups(bySlug, collator), bySlug, byPosition, warnings);
    }

    /**
     * The groups of {@code entries}, which differ from {@code before} (this grouping's entries)
     * only in the tags of the articles at {@code changed}.
     */
    TagGroups with(List<IndexEntry> entries, List<IndexEntry> before, Set<Integer> changed, Collator collator) {
        Map<String, String> newSlugs = new HashMap<>(slugs);
        Set<String> affected = new HashSet<>();
        for (int position : changed) {
            affected.addAll(distinctSlugs(before.get(position), newSlugs));
            affected.addAll(distinctSlugs(entries.get(position), newSlugs));
        }
        Map<String, TagGroup> newBySlug = new HashMap<>(bySlug);
        Set<Integer> regrouped = new HashSet<>(changed);
        Set<Integer> rewarned = new HashSet<>(changed);
        boolean reorder = false;
        for (String slug : affected) {
            TagGroup old = bySlug.get(slug);
            int[] members = members(slug, old, entries, changed, newSlugs);
            if (old != null) {
                Arrays.stream(old.positions()).forEach(regrouped::add);
            }
            Arrays.stream(members).forEach(regrouped::add);
            if (members.length == 0) {
                newBySlug.remove(slug);
                reorder = true;
                continue;
            }
            String name = firstSpelling(slug, members, entries, newSlugs);
            if (old == null || !old.name().equals(name)) {
                reorder = true;
                Arrays.stream(members).forEach(rewarned::add);
            }
            newBySlug.put(slug, new TagGroup(name, slug, members));
        }
        List<List<TagGroup>> newByPosition = new ArrayList<>(byPosition);
        regrouped.forEach(position -> newByPosition.set(position, groupsOf(entries.get(position), newSlugs, newBySlug)));
        List<List<Problem>> newWarnings = new ArrayList<>(warningsByPosition);
        rewarned.forEach(position -> newWarnings.set(position, warningsOf(entries.get(position), newSlugs, newBySlug)));
        List<TagGroup> newSorted;
        if (reorder) {
            newSorted = sortedGroups(newBySlug, collator);
        } else {
            newSorted = new ArrayList<>(sorted.size());
            sorted.forEach(group -> newSorted.add(newBySlug.get(group.slug())));
        }
        return new TagGroups(newSlugs, List.copyOf(newSorted), newBySlug, newByPosition, newWarnings);
    }

    /** In alphabetical order. */
    List<TagGroup> sorted() {
        return sorted;
    }

    List<List<TagGroup>> byPosition() {
        return byPosition;
    }

    /** The warnings about spellings, in the order of the source paths. */
    List<Problem> warnings(int[] bySource) {
        List<Problem> all = new ArrayList<>();
        for (int position : bySource) {
            all.addAll(warningsByPosition.get(position));
        }
        return all;
    }

    /** The members of {@code slug} after the change: its old members but those changed, and the changed that have it, ascending. */
    private static int[] members(String slug, TagGroup old, List<IndexEntry> entries, Set<Integer> changed, Map<String, String> slugs) {
        int[] kept = old == null ? new int[0] : Arrays.stream(old.positions()).filter(p -> !changed.contains(p)).toArray();
        int[] added = changed.stream().mapToInt(Integer::intValue).filter(p -> distinctSlugs(entries.get(p), slugs).contains(slug)).toArray();
        int[] all = Arrays.copyOf(kept, kept.length + added.length);
        System.arraycopy(added, 0, all, kept.length, added.length);
        Arrays.sort(all);
        return all;
    }

    /** How the member with the first source path spells {@code slug}. */
    private static String firstSpelling(String slug, int[] members, List<IndexEntry> entries, Map<String, String> slugs) {
        IndexEntry first = entries.get(members[0]);
        for (int member : members) {
            if (entries.get(member).source().compareTo(first.source()) < 0) {
                first = entries.get(member);
            }
        }
        for (String tag : first.tags()) {
            if (slugs.get(tag).equals(slug)) {
                return tag;
            }
        }
        throw new IllegalStateException(first.source() + " is no member of " + slug);
    }

    /** The slugs of an entry's tags, each once, in its order; tags without a letter or digit left out. */
    private static List<String> distinctSlugs(IndexEntry entry, Map<String, String> slugs) {
        List<String> own = new ArrayList<>(entry.tags().size());
        for (String tag : entry.tags()) {
            String slug = slugs.computeIfAbsent(tag, Slug::of);
            if (!slug.isEmpty() && !own.contains(slug)) {
                own.add(slug);
            }
        }
        return own;
    }

    private static List<TagGroup> groupsOf(IndexEntry entry, Map<String, String> slugs, Map<String, TagGroup> bySlug) {
        List<String> own = distinctSlugs(entry, slugs);
        TagGroup[] groups = new TagGroup[own.size()];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = bySlug.get(own.get(i));
        }
        return List.of(groups);
    }

    private static List<Problem> warningsOf(IndexEntry entry, Map<String, String> slugs, Map<String, TagGroup> bySlug) {
        List<Problem> warnings = List.of();
        for (String tag : entry.tags()) {
            String slug = slugs.get(tag);
            String shown = slug.isEmpty() ? "" : bySlug.get(slug).name();
            if (slug.isEmpty() || !shown.equals(tag)) {
                if (warnings.isEmpty()) {
                    warnings = new ArrayList<>(1);
                }
                warnings.add(Problem.of(entry.source(), slug.isEmpty() ? "tag \"" + tag + "\" has no letter or digit and is left out"
                        : "tag \"" + tag + "\" is shown as \"" + shown + "\", its first spelling — write it the same way everywhere"));
            }
        }
        return warnings;
    }

    private static List<TagGroup> sortedGroups(Map<String, TagGroup> bySlug, Collator collator) {
        List<TagGroup> groups = new ArrayList<>(bySlug.values());
        groups.sort(Comparator.comparing(TagGroup::name, collator).thenComparing(TagGroup::slug));
        return List.copyOf(groups);
    }
}
