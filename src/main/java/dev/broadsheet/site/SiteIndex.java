package dev.broadsheet.site;

import dev.broadsheet.Problem;
import dev.broadsheet.Slug;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    /**
     * What follows from the articles' places, dates and slugs, not their tags: shared by an index
     * made again after only tags changed.
     *
     * @param bySource the positions in the order of the source paths (tags' first spellings follow it)
     */
    private record Placement(List<IndexEntry> entries, String[] paths, Map<String, Integer> positions, int[] bySource,
                             List<YearGroup> archive) {

        static Placement of(List<IndexEntry> newestFirst, java.util.function.Function<IndexEntry, String> pathOf) {
            List<IndexEntry> entries = List.copyOf(newestFirst);
            String[] paths = new String[entries.size()];
            Map<String, Integer> positions = new HashMap<>(entries.size() * 2);
            for (int i = 0; i < paths.length; i++) {
                paths[i] = pathOf.apply(entries.get(i));
                positions.put(entries.get(i).source(), i);
            }
            int[] bySource = java.util.stream.IntStream.range(0, entries.size()).boxed()
                    .sorted(Comparator.comparing(i -> entries.get(i).source())).mapToInt(Integer::intValue).toArray();
            return new Placement(entries, paths, positions, bySource, SiteIndex.archive(entries));
        }

        /** Whether {@code others} have the same sources, dates and slugs in the same order. */
        boolean placesTheSame(List<IndexEntry> others) {
            if (others.size() != entries.size()) {
                return false;
            }
            for (int i = 0; i < entries.size(); i++) {
                IndexEntry one = entries.get(i);
                IndexEntry other = others.get(i);
                if (one != other && !(one.source().equals(other.source()) && one.published().equals(other.published())
                        && one.slug().equals(other.slug()))) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<IndexEntry> entries;
    private final Placement placement;
    private final Locale locale;
    private final TagGroups groups;
    private final List<Problem> warnings;
    private final RelatedArticles related;
    private final Map<Long, int[]> relatedKnown = new ConcurrentHashMap<>();

    /**
     * @param newestFirst the published articles' entries, newest first
     * @param locale the language whose alphabetical order tags are listed in
     * @param pathOf the output path of an article with this entry
     */
    public SiteIndex(List<IndexEntry> newestFirst, Locale locale, java.util.function.Function<IndexEntry, String> pathOf) {
        this(Placement.of(newestFirst, pathOf), List.copyOf(newestFirst), locale, Optional.empty());
    }

    /** @param before an index on the same placement whose entries differ from these in tags only */
    private SiteIndex(Placement placement, List<IndexEntry> entries, Locale locale, Optional<SiteIndex> before) {
        this.placement = placement;
        this.entries = entries;
        this.locale = locale;
        Collator collator = Collator.getInstance(locale);
        this.groups = before.map(index -> index.groups.with(entries, index.entries, retagged(index.entries, entries), collator))
                .orElseGet(() -> TagGroups.of(entries, placement.bySource(), collator));
        this.warnings = List.copyOf(groups.warnings(placement.bySource()));
        this.related = new RelatedArticles(entries.size(), groups.sorted());
    }

    /** The positions whose tags differ. */
    private static Set<Integer> retagged(List<IndexEntry> before, List<IndexEntry> after) {
        Set<Integer> changed = new HashSet<>();
        for (int i = 0; i < after.size(); i++) {
            if (before.get(i) != after.get(i) && !before.get(i).tags().equals(after.get(i).tags())) {
                changed.add(i);
            }
        }
        return changed;
    }

    /**
     * The index of {@code newestFirst}: when only their tags differ from this index's entries, made
     * on this one's placement (paths, positions, archive), else made whole with {@code pathOf}.
     */
    public SiteIndex with(List<IndexEntry> newestFirst, java.util.function.Function<IndexEntry, String> pathOf) {
        return placement.placesTheSame(newestFirst) ? new SiteIndex(placement, List.copyOf(newestFirst), locale, Optional.of(this))
                : new SiteIndex(newestFirst, locale, pathOf);
    }

    /** The entries this index was made from: an index made from equal entries is equal. */
    /** Whether {@code other} has the same sources, dates and slugs in the same order: the same places in every list. */
    public boolean placesTheSame(SiteIndex other) {
        return placement == other.placement || placement.placesTheSame(other.entries());
    }

    public List<IndexEntry> entries() {
        return entries;
    }

    int size() {
        return entries.size();
    }

    /** The output path of the article at {@code position}. */
    String pathAt(int position) {
        return placement.paths()[position];
    }

    /** The place of the article made from {@code source} in the newest-first order, if it is published. */
    public Optional<Integer> placeOf(String source) {
        return Optional.ofNullable(placement.positions().get(source));
    }

    /** The place of the published article made from {@code source}, which must be one. */
    int positionOf(String source) {
        Integer position = placement.positions().get(source);
        if (position == null) {
            throw new IllegalArgumentException("not a published article of this site: " + source);
        }
        return position;
    }

    List<TagGroup> tags() {
        return groups.sorted();
    }

    /** The tags of the article at {@code position}, in its order, each once. */
    List<TagGroup> tagsAt(int position) {
        return groups.byPosition().get(position);
    }

    List<YearGroup> archive() {
        return placement.archive();
    }

    /** How the tags were spelt: warnings that do not stop the build. */
    List<Problem> warnings() {
        return warnings;
    }

    /** The positions of up to {@code limit} articles related to the one at {@code position}, best first. */
    int[] related(int position, int limit) {
        return relatedKnown.computeIfAbsent(((long) position << 8) | limit, key -> related.of(position, tagsAt(position), limit));
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
