package dev.broadsheet.render;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * How long each template took to render, over all the pages made with it (like Hugo's
 * {@code --templateMetrics}). Safe to add to from many threads.
 */
public final class TemplateTimes {

    /**
     * One template's figures.
     *
     * @param template the template name, such as {@code article}
     * @param pages how many outputs it rendered
     * @param totalNanos thread time spent in it, all outputs together
     * @param slowestNanos the slowest single output
     */
    public record Entry(String template, long pages, long totalNanos, long slowestNanos) {

        public long averageNanos() {
            return pages == 0 ? 0 : totalNanos / pages;
        }
    }

    private record Tally(LongAdder pages, LongAdder nanos, LongAccumulator slowest) {
    }

    private final Map<String, Tally> tallies = new ConcurrentHashMap<>();

    void add(String template, long nanos) {
        Tally tally = tallies.computeIfAbsent(template, t -> new Tally(new LongAdder(), new LongAdder(), new LongAccumulator(Math::max, 0)));
        tally.pages().increment();
        tally.nanos().add(nanos);
        tally.slowest().accumulate(nanos);
    }

    /** The {@code n} templates that took the most time in all, most first (ties by name). */
    public List<Entry> slowest(int n) {
        return tallies.entrySet().stream()
                .map(e -> new Entry(e.getKey(), e.getValue().pages().sum(), e.getValue().nanos().sum(), e.getValue().slowest().get()))
                .sorted(Comparator.comparingLong(Entry::totalNanos).reversed().thenComparing(Entry::template))
                .limit(n)
                .toList();
    }
}
