package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testing.FixtureSite;
import dev.broadsheet.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build} with its cache on disk: the next build parses only the files that changed and
 * takes the previous site's file (the very file, linked) for every page whose job is the same —
 * and always writes what a cold build writes. A damaged cache, one made for other settings, or a
 * previous site that is not the one the cache describes is not trusted.
 */
class BuildCacheIT {

    @TempDir
    Path temp;

    private FixtureSite site;
    private Path cache;

    @BeforeEach
    void makeSite() {
        site = FixtureSite.italian(temp, 4);
        for (int i = 1; i <= 20; i++) {
            site.article("2025-%02d-%02d-notizia-%d".formatted(1 + i % 9, 1 + i % 27, i), "title: Notizia %d\ntags: [T%d, Comune]".formatted(i, i % 4),
                    "Testo " + i + ".\n\n## Uno\n\nPrimo.\n");
        }
        site.write("content/articles/2025-09-28-commentata.comments.yaml", "c1:\n  author: Lettore\n  date: 2025-09-28T10:00:00+02:00\n  text: Bene.\n");
        site.article("2025-09-28-commentata", "title: Commentata\nfonte: ANSA", "Vedi [la prima](2025-02-02-notizia-1.md#uno).\n");
        cache = temp.resolve("cache");
    }

    private BuildOptions options() {
        return site.options().withCache(Optional.of(cache));
    }

    private Map<String, Object> inodes() throws IOException {
        Map<String, Object> inodes = new TreeMap<>();
        for (Path file : SiteFiles.files(site.output(), "")) {
            inodes.put(site.output().relativize(file).toString(), Files.getAttribute(file, "unix:ino"));
        }
        return inodes;
    }

    /** The site as a cold build, without any cache, writes it. */
    private Map<String, String> coldBuild() throws IOException {
        Path cold = temp.resolve("cold");
        new Build().run(site.options().withOutput(cold));
        Map<String, String> files = new TreeMap<>();
        for (Path file : SiteFiles.files(cold, "")) {
            files.put(cold.relativize(file).toString(), Files.readString(file));
        }
        return files;
    }

    private Map<String, String> built() throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (Path file : SiteFiles.files(site.output(), "")) {
            files.put(site.output().relativize(file).toString(), Files.readString(file));
        }
        return files;
    }

    @Test
    void theSecondBuildTakesEveryPageFromTheFirst() throws IOException {
        new Build().run(options());
        assertThat(DiskCache.currentFile(cache).orElseThrow()).isRegularFile();
        Map<String, Object> first = inodes();

        BuildResult second = new Build().run(options());

        Map<String, Object> now = inodes();
        assertThat(now.entrySet().stream().filter(e -> e.getKey().endsWith(".html") && !e.getValue().equals(first.get(e.getKey()))).map(Map.Entry::getKey))
                .as("pages written again").isEmpty();
        assertThat(second.slowestTemplates()).as("no template ran").isEmpty();
        assertThat(built()).isEqualTo(coldBuild());
        // Each build saves a new generation beside the mapped one and never renames over it; the older goes.
        try (var files = Files.list(cache)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("build-cache-2.bin");
        }
    }

    @Test
    void afterAnEditOnlyThePagesThatShowTheArticleAreNew() throws IOException {
        new Build().run(options());
        Map<String, Object> first = inodes();
        site.article("2025-02-02-notizia-1", "title: Notizia 1, corretta\ntags: [T1, Comune]", "Testo nuovo.\n\n## Uno\n\nPrimo.\n");

        new Build().run(options());

        Map<String, Object> now = inodes();
        java.util.Set<String> rewritten = new java.util.TreeSet<>();
        now.forEach((path, inode) -> {
            if (!inode.equals(first.get(path))) {
                rewritten.add(path);
            }
        });
        assertThat(rewritten).contains("2025/02/notizia-1/index.html", "page/5/index.html", "tags/t1/index.html", "feed.xml")
                .doesNotContain("index.html", "2025/03/notizia-2/index.html", "tags/t3/index.html");
        assertThat(built()).isEqualTo(coldBuild());
    }

    @Test
    void aDamagedCacheIsNotTrusted() throws IOException {
        new Build().run(options());
        Path file = DiskCache.currentFile(cache).orElseThrow();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(file, bytes);
        Map<String, Object> first = inodes();

        new Build().run(options());

        assertThat(inodes().get("index.html")).as("rendered again").isNotEqualTo(first.get("index.html"));
        assertThat(built()).isEqualTo(coldBuild());
        assertThat(DiskCache.open(cache, CacheKey.of(options())).describes(site.output())).as("a good cache was written").isTrue();
    }

    @Test
    void aCacheMadeForOtherSettingsOrAnotherOutputIsNotUsed() throws IOException {
        new Build().run(options());
        Map<String, Object> first = inodes();
        site.write("content/site.yaml", Files.readString(site.root().resolve("content/site.yaml")).replace("title:", "title: Altro"));

        new Build().run(options());
        Map<String, Object> second = inodes();
        assertThat(second.get("2025/02/notizia-1/index.html")).isNotEqualTo(first.get("2025/02/notizia-1/index.html"));
        assertThat(built()).isEqualTo(coldBuild());

        Path copy = temp.resolve("copy");
        FixtureSite.copyTree(site.output(), copy);
        deleteTree(site.output());
        FixtureSite.copyTree(copy, site.output()); // the same files in another folder: the cache does not vouch for them
        new Build().run(options());
        assertThat(inodes().get("index.html")).isNotEqualTo(Files.getAttribute(copy.resolve("index.html"), "unix:ino"));
        assertThat(built()).isEqualTo(coldBuild());
    }

    @Test
    void noCacheLeavesNoCacheFolder() throws IOException {
        new Build().run(site.options());
        new Build().run(site.options());
        assertThat(cache).doesNotExist();
        assertThat(built()).isEqualTo(coldBuild());
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
