package dev.broadsheet.importer;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tasks run on every core while the export is read: at most a few per core wait at a time, so
 * memory holds a handful of posts however large the export. The first failure is rethrown.
 */
final class BoundedWork implements AutoCloseable {

    private final ExecutorService pool;
    private final Semaphore slots;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    BoundedWork() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "broadsheet-import");
            thread.setDaemon(true);
            return thread;
        });
        this.slots = new Semaphore(threads * 4);
    }

    /** Runs {@code task} on a free core, waiting while too many are queued. */
    void submit(Runnable task) {
        rethrow();
        slots.acquireUninterruptibly();
        pool.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } catch (Error e) {
                failure.compareAndSet(null, new IllegalStateException(e));
            } finally {
                slots.release();
            }
        });
    }

    /** Waits for every task; rethrows the first failure. */
    void finish() {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // still writing
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        }
        rethrow();
    }

    private void rethrow() {
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
