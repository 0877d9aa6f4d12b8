package dev.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    private static final long MB = 1024 * 1024;

    @Test
    void aSmallSiteGetsTheSmallestHeap(@TempDir Path site) throws IOException {
        sizedFile(site.resolve("content/articles/2025-09-03-a.md"), 10_000);
        assertThat(Launcher.heapMegabytes(new String[] {"build", "--source", site.toString()})).isEqualTo(512);
    }

    @Test
    void theHeapGrowsWithTheMarkdownOfContentOnly(@TempDir Path site) throws IOException {
        sizedFile(site.resolve("content/articles/2025-09-03-a.md"), 50 * MB);
        sizedFile(site.resolve("content/articles/2024/2024-01-01-b.md"), 20 * MB);
        sizedFile(site.resolve("content/pages/chi-siamo.md"), 10 * MB);
        // Not counted: hidden files, files that are not Markdown, Markdown outside content/.
        sizedFile(site.resolve("content/articles/.bozza.md"), 100 * MB);
        sizedFile(site.resolve("content/static/video.mp4"), 100 * MB);
        sizedFile(site.resolve("templates/static/readme.md"), 100 * MB);

        long expected = Math.min(256 + 13 * 80, Runtime.getRuntime().maxMemory() * 3 / MB);
        assertThat(Launcher.heapMegabytes(new String[] {"build", "--source=" + site})).isEqualTo(Math.max(512, expected));
    }

    @Test
    void aMissingContentFolderLeavesTheErrorToTheBuild(@TempDir Path site) {
        assertThat(Launcher.heapMegabytes(new String[] {"build", "--source", site.resolve("nowhere").toString()})).isEqualTo(512);
    }

    /** A file of {@code bytes} that takes no disk space (sparse). */
    private static void sizedFile(Path file, long bytes) throws IOException {
        Files.createDirectories(file.getParent());
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(bytes);
        }
    }
}
