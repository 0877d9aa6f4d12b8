package dev.broadsheet.build;

import java.util.concurrent.atomic.AtomicInteger;

/** How far a build has got: outputs rendered of those planned. Read from another thread to show progress. */
public final class BuildProgress {

    private final AtomicInteger rendered = new AtomicInteger();
    private volatile int planned;

    void plan(int outputs) {
        planned = outputs;
    }

    void rendered(int outputs) {
        rendered.addAndGet(outputs);
    }

    public int renderedCount() {
        return rendered.get();
    }

    /** Outputs to render; 0 until the build has planned them. */
    public int plannedCount() {
        return planned;
    }
}
