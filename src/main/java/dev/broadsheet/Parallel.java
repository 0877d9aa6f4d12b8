package dev.broadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work spread over every core in small batches, the calling thread included.
 *
 * <p>A parallel stream splits a list into four pieces per worker before it starts, so on two cores
 * the last piece — a quarter of the work — often runs while the other core waits. Here each thread
 * takes the next {@value #BATCH} items when it is free, so the cores finish within one batch of
 * each other. Results keep the list's order, whatever the number of threads.
 */
public final class Parallel {

    /** Items a thread takes at a time: small against thousands of pages, large against the counter. */
    private static final int BATCH = 4;

    private Parallel() {
    }

    /** {@code function} of every item, in the items' order; {@code null} results are kept. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        Object[] results = new Object[items.size()];
        forEachIndex(items.size(), i -> results[i] = function.apply(items.get(i)));
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return list;
    }

    /** Runs {@code action} on every item, in no particular order. */
    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        forEachIndex(items.size(), i -> action.accept(items.get(i)));
    }

    private static void forEachIndex(int count, java.util.function.IntConsumer action) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable work = () -> {
            try {
                for (int start = next.getAndAdd(BATCH); start < count; start = next.getAndAdd(BATCH)) {
                    for (int i = start, end = Math.min(count, start + BATCH); i < end; i++) {
                        action.accept(i);
                    }
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
                next.set(count); // the other threads stop after their batch
            }
        };
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), (count - 1) / BATCH);
        List<ForkJoinTask<?>> started = new ArrayList<>(helpers);
        for (int i = 0; i < helpers; i++) {
            started.add(ForkJoinPool.commonPool().submit(work));
        }
        work.run();
        started.forEach(ForkJoinTask::join);
        if (failure.get() != null) {
            throw failure.get(); // as thrown, not the copy a join would make
        }
    }
}
