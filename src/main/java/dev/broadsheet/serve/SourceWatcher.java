package dev.broadsheet.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches {@code content/} and {@code templates/} (every folder below them, new ones included) and
 * calls back once per burst of changes, with the paths that changed: an editor's save is often
 * several events.
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

    private final WatchService watcher;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Consumer<Burst> onChange;
    private final Duration quiet;
    private final Thread thread;

    /**
     * @param roots the folders to watch, with everything below them
     * @param quiet how long the files must stay unchanged before {@code onChange} runs
     */
    SourceWatcher(java.util.List<Path> roots, Duration quiet, Consumer<Burst> onChange) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        this.quiet = quiet;
        for (Path root : roots) {
            registerTree(root);
        }
        this.thread = new Thread(this::loop, "broadsheet-watch");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                long firstEvent = System.nanoTime();
                Set<Path> changed = new HashSet<>();
                boolean lost = !handle(key, changed);
                // Let the burst finish: rebuild once the files have been quiet for a moment.
                for (WatchKey next = watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS); next != null;
                        next = watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) {
                    lost |= !handle(next, changed);
                }
                onChange.accept(new Burst(lost ? Optional.empty() : Optional.of(changed), firstEvent));
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopping
        }
    }

    /** Notes the paths of {@code key}'s events in {@code changed}; false when events were lost. */
    private boolean handle(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        boolean complete = folder != null;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                complete = false;
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path);
                complete = false; // files may have arrived in the new folder before it was watched
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return complete;
    }

    private void registerTree(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path folder : walk.filter(Files::isDirectory).toList()) {
                WatchKey key = folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                folders.put(key, folder);
            }
        } catch (IOException e) {
            // a folder that vanished while being registered: its parent's events still arrive
        }
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        watcher.close();
    }
}
