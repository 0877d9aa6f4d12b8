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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches {@code content/} and {@code templates/} (every folder below them, new ones included) and
 * calls back once per burst of changes: an editor's save is often several events.
 */
final class SourceWatcher implements AutoCloseable {

    private final WatchService watcher;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Runnable onChange;
    private final Duration quiet;
    private final Thread thread;

    /**
     * @param roots the folders to watch, with everything below them
     * @param quiet how long the files must stay unchanged before {@code onChange} runs
     */
    SourceWatcher(java.util.List<Path> roots, Duration quiet, Runnable onChange) throws IOException {
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
                handle(key);
                // Let the burst finish: rebuild once the files have been quiet for a moment.
                for (WatchKey next = watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS); next != null;
                        next = watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) {
                    handle(next);
                }
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopping
        }
    }

    private void handle(WatchKey key) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder != null && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                Path created = folder.resolve((Path) event.context());
                if (Files.isDirectory(created)) {
                    registerTree(created);
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
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
