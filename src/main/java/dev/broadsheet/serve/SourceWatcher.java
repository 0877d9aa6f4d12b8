package dev.broadsheet.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches {@code content/} and {@code templates/} (every folder below them, new ones included) and
 * calls back once per burst of changes, with the paths that changed: an editor's save is often
 * several events.
 *
 * <p>The events come from directory-watcher: on macOS from FSEvents, the system's own notification
 * (the JDK's {@code WatchService} has no native implementation there and polls every 10 s), on
 * Linux and Windows from the JDK's service (inotify, ReadDirectoryChangesW), which it registers on
 * every new folder as it appears.
 */
final class SourceWatcher implements AutoCloseable {

    /**
     * One burst of changes.
     *
     * @param paths the files and folders created, modified or deleted; empty when events were lost
     *              (the system's queue overflowed), so anything may have changed
     * @param firstEvent {@link System#nanoTime()} when the burst's first event arrived
     */
    record Burst(Optional<Set<Path>> paths, long firstEvent) {
    }

    /** A change as it arrived; {@code path} is empty when events were lost. */
    private record Change(Optional<Path> path, long at) {
    }

    private final DirectoryWatcher watcher;
    private final BlockingQueue<Change> changes = new LinkedBlockingQueue<>();
    private final Consumer<Burst> onChange;
    private final Duration quiet;
    private final Thread thread;

    /**
     * @param roots the folders to watch, with everything below them
     * @param quiet how long the files must stay unchanged before {@code onChange} runs
     */
    SourceWatcher(List<Path> roots, Duration quiet, Consumer<Burst> onChange) throws IOException {
        this.onChange = onChange;
        this.quiet = quiet;
        this.watcher = DirectoryWatcher.builder()
                .paths(roots.stream().filter(Files::isDirectory).toList())
                .fileHashing(false) // hashing every file up front would cost seconds at 10,000 articles
                .listener(this::arrived)
                .build();
        this.thread = new Thread(this::loop, "broadsheet-watch");
        this.thread.setDaemon(true);
    }

    void start() {
        watcher.watchAsync(command -> {
            Thread events = new Thread(command, "broadsheet-watch-events");
            events.setDaemon(true);
            events.start();
        });
        thread.start();
    }

    private void arrived(DirectoryChangeEvent event) {
        long now = System.nanoTime();
        changes.add(new Change(event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW ? Optional.empty()
                : Optional.of(event.path()), now));
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Change first = changes.take();
                Set<Path> changed = new HashSet<>();
                boolean lost = note(first, changed);
                // Let the burst finish: rebuild once the files have been quiet for a moment.
                for (Change next = changes.poll(quiet.toMillis(), TimeUnit.MILLISECONDS); next != null;
                        next = changes.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) {
                    lost |= note(next, changed);
                }
                onChange.accept(new Burst(lost ? Optional.empty() : Optional.of(changed), first.at()));
            }
        } catch (InterruptedException e) {
            // stopping
        }
    }

    /** Adds the change's path to {@code changed}; true when events were lost instead. */
    private static boolean note(Change change, Set<Path> changed) {
        change.path().ifPresent(changed::add);
        return change.path().isEmpty();
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        watcher.close();
    }
}
