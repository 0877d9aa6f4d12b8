package dev.broadsheet.build;

import dev.broadsheet.render.Output;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a {@code build} puts each output as it is made: written into the new folder, or — when the
 * cache says it came out as last time — linked from the previous site, which the cache vouches for.
 */
final class WritingSink implements RenderStage.Sink {

    private final SiteWriter writer;
    private final boolean previousIsCached;
    private final LongAdder writing = new LongAdder();

    /** @param previousIsCached whether the files in the output folder are the ones the cache describes */
    WritingSink(SiteWriter writer, boolean previousIsCached) {
        this.writer = writer;
        this.previousIsCached = previousIsCached;
    }

    @Override
    public void accept(int place, Output output) {
        long at = System.nanoTime();
        writer.write(output.path(), output.parts());
        writing.add(System.nanoTime() - at);
    }

    @Override
    public boolean reuse(String path, long size) {
        return previousIsCached && writer.linkPrevious(path, size);
    }

    @Override
    public Optional<byte[]> read(String path) {
        return writer.read(path);
    }

    /** The thread time spent writing, in nanoseconds. */
    long writingNanos() {
        return writing.sum();
    }
}
