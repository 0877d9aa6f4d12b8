package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void mapKeepsTheOrderOfTheItems() {
        List<Integer> items = IntStream.range(0, 10_001).boxed().toList();

        List<String> mapped = Parallel.map(items, i -> "#" + i);

        assertThat(mapped).hasSize(items.size());
        assertThat(mapped).isEqualTo(items.stream().map(i -> "#" + i).toList());
    }

    @Test
    void everyItemIsVisitedOnceAndTheWorkIsShared() {
        List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        AtomicInteger visits = new AtomicInteger();
        String first = Thread.currentThread().getName();
        CountDownLatch another = new CountDownLatch(1);

        Parallel.forEach(items, i -> {
            seen.add(i);
            visits.incrementAndGet();
            String thread = Thread.currentThread().getName();
            threads.add(thread);
            if (!thread.equals(first)) {
                another.countDown();
            } else if (i == 0) {
                await(another); // hold the first batch until another thread has taken one
            }
        });

        assertThat(visits.get()).isEqualTo(items.size());
        assertThat(seen).hasSize(items.size());
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertThat(threads).as("threads that took part").hasSizeGreaterThan(1);
        }
    }

    @Test
    void emptyAndSingleItemListsWork() {
        assertThat(Parallel.map(List.of(), x -> x)).isEmpty();
        assertThat(Parallel.map(List.of("a"), String::toUpperCase)).containsExactly("A");
    }

    @Test
    void nullResultsAreKeptInPlace() {
        assertThat(Parallel.map(List.of(1, 2, 3), i -> i == 2 ? null : i)).containsExactly(1, null, 3);
    }

    @Test
    void theFirstFailureIsThrownAsItWasThrown() {
        IllegalStateException failure = new IllegalStateException("item 700 is bad");
        List<Integer> items = IntStream.range(0, 2_000).boxed().toList();

        assertThatThrownBy(() -> Parallel.forEach(items, i -> {
            if (i == 700) {
                throw failure;
            }
        })).isSameAs(failure);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
