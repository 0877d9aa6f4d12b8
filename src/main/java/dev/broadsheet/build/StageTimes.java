package dev.broadsheet.build;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall time of each pipeline stage of one build, in the order the stages ran. */
public final class StageTimes {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final Map<String, java.util.concurrent.atomic.LongAdder> threadNanos = new java.util.concurrent.ConcurrentHashMap<>();
    private long last = System.nanoTime();

    /**
     * Adds {@code time} of one thread to the work called {@code name}: steps that run inside a
     * stage on many threads at once (post-processing and writing run while pages render).
     */
    void addThreadTime(String name, long time) {
        threadNanos.computeIfAbsent(name, n -> new java.util.concurrent.atomic.LongAdder()).add(time);
    }

    /** Work → milliseconds of thread time, all threads together. */
    public Map<String, Long> threadMillis() {
        Map<String, Long> millis = new java.util.TreeMap<>();
        threadNanos.forEach((name, time) -> millis.put(name, time.sum() / 1_000_000));
        return millis;
    }

    /** Ends the stage called {@code name}: the time since the previous stage ended is its time. */
    void end(String name) {
        long now = System.nanoTime();
        nanos.merge(name, now - last, Long::sum);
        last = now;
    }

    /** Stage → milliseconds. */
    public Map<String, Long> millis() {
        Map<String, Long> millis = new LinkedHashMap<>();
        nanos.forEach((stage, time) -> millis.put(stage, time / 1_000_000));
        return millis;
    }
}
