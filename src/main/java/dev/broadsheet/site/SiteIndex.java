package dev.broadsheet.site;

import dev.broadsheet.Problem;
import dev.broadsheet.Slug;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The structure of a site, computed from its {@link IndexEntry}s alone: the newest-first order,
 * the tags and their members, the archive's years and months, related articles. Positions are
 * places in the newest-first order. Immutable once made (related articles are worked out when
 * first asked, and kept), so a rebuild whose entries are equal reuses it whole.
 */
public final class SiteIndex {

    /** A tag: its first spelling, its slug, and the positions of its articles, ascending (newest first). */
    public record TagGroup(String name, String slug, int[] positions) {

        public int count() {
            return positions.length;
        }
    }

    /** A month of the archive and the positions of its articles. */
    public record MonthGroup(int year, int month, int[] positions) {
    }

    /** A year of the archive and its months, newest first. */
    public record YearGroup(int year, List<MonthGroup> months) {

        public YearGroup {
            months = List.copyOf(months);
        }
    }

    private final List<IndexEntry> entries;
    private final Map<String, Integer> positions;
    private final List<TagGroup> tags;
    private final Map<String, TagGroup> tagsBySlug;
    private final List<List<TagGroup>> tagsByPosition;
    private final List<YearGroup> archive;
    private final List<Problem> warnings;
    private final RelatedArticles related;
    private final Map<Long, int[]> relatedKnown = new ConcurrentHashMap<>();

    /**
     * @param newestFirst the published articles' entries, newest first
     * @param locale the language whose alphabetical order tags are listed in
     */
    public SiteIndex(List<IndexEntry> newestFirst, Locale locale) {
        this.entries = List.copyOf(newestFirst);
        Map<String, Integer> byPosition = new HashMap<>(entries.size() * 2);
        for (int i = 0; i < entries.size(); i++) {
            byPosition.put(entries.get(i).source(), i);
        }
        this.positions = byPosition;
        List<Problem> found = new ArrayList<>();
        this.tags = groupTags(entries, Collator.getInstance(locale), found);
        this.warnings = List.copyOf(found);
        Map<String, TagGroup> bySlug = new HashMap<>();
        tags.forEach(tag -> bySlug.put(tag.slug(), tag));
        this.tagsBySlug = bySlug;
        this.tagsByPosition = tagsByPosition(entries, bySlug);
        this.archive = archive(entries);
        this.related = new RelatedArticles(entries.size(), tags);
    }

    /** The entries this index was made from: an index made from equal entries is equal. */
    public List<IndexEntry> entries() {
        return entries;
    }

    int size() {
        return entries.size();
    }

    Integer positionOf(String source) {
        return positions.get(source);
    }

    List<TagGroup> tags() {
        return tags;
    }

    TagGroup tag(String slug) {
        return tagsBySlug.get(slug);
    }

    /** The tags of the article at {@code position}, in its order, each once. */
    List<TagGroup> tagsAt(int position) {
        return tagsByPosition.get(position);
    }

    List<YearGroup> archive() {
        return archive;
    }

    /** How the tags were spelt: warnings that do not stop the build. */
    List<Problem> warnings() {
        return warnings;
    }

    /** The positions of up to {@code limit} articles related to the one at {@code position}, best first. */
    int[] related(int position, int limit) {
        return relatedKnown.computeIfAbsent(((long) position << 8) | limit, key -> related.of(position, tagsAt(position), limit));
    }

    private static List<TagGroup> groupTags(List<IndexEntry> newestFirst, Collator collator, List<Problem> warnings) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> slugs = new HashMap<>(); // a few hundred names, each slugified once
        newestFirst.stream().sorted(Comparator.comparing(IndexEntry::source)).forEach(entry -> {
            for (String tag : entry.tags()) {
                String slug = slugs.computeIfAbsent(tag, Slug::of);
                if (slug.isEmpty()) {
                    warnings.add(Problem.of(entry.source(), "tag \"" + tag + "\" has no letter or digit and is left out"));
                    continue;
                }
                String first = names.putIfAbsent(slug, tag);
                if (first != null && !first.equals(tag)) {
                    warnings.add(Problem.of(entry.source(), "tag \"" + tag + "\" is shown as \"" + first
                            + "\", its first spelling — write it the same way everywhere"));
                }
            }
        });
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            int position = i;
            newestFirst.get(i).tags().stream().map(slugs::get).filter(names::containsKey).distinct()
                    .forEach(slug -> members.computeIfAbsent(slug, s -> new ArrayList<>()).add(position));
        }
        return members.entrySet().stream()
                .map(e -> new TagGroup(names.get(e.getKey()), e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray()))
                .sorted(Comparator.comparing(TagGroup::name, collator).thenComparing(TagGroup::slug))
                .toList();
    }

    private static List<List<TagGroup>> tagsByPosition(List<IndexEntry> newestFirst, Map<String, TagGroup> bySlug) {
        List<List<TagGroup>> own = new ArrayList<>(newestFirst.size());
        Map<String, String> slugs = new HashMap<>();
        for (IndexEntry entry : newestFirst) {
            List<TagGroup> groups = new ArrayList<>(entry.tags().size());
            for (String name : entry.tags()) {
                TagGroup group = bySlug.get(slugs.computeIfAbsent(name, Slug::of));
                if (group != null && !groups.contains(group)) {
                    groups.add(group);
                }
            }
            own.add(List.copyOf(groups));
        }
        return own;
    }

    /** Positions grouped by year and month of publication (in the site's time zone), newest first. */
    private static List<YearGroup> archive(List<IndexEntry> newestFirst) {
        Map<Integer, Map<Integer, List<Integer>>> years = new LinkedHashMap<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            IndexEntry entry = newestFirst.get(i);
            years.computeIfAbsent(entry.published().getYear(), y -> new LinkedHashMap<>())
                    .computeIfAbsent(entry.published().getMonthValue(), m -> new ArrayList<>()).add(i);
        }
        List<YearGroup> archive = new ArrayList<>();
        years.forEach((year, months) -> {
            List<MonthGroup> list = new ArrayList<>();
            months.forEach((month, members) -> list.add(new MonthGroup(year, month, members.stream().mapToInt(Integer::intValue).toArray())));
            archive.add(new YearGroup(year, list));
        });
        return archive;
    }
}
