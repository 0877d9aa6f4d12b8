package dev.broadsheet.build;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall time of each pipeline stage of one build, in the order the stages ran. */
public final class StageTimes {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long last = System.nanoTime();

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
