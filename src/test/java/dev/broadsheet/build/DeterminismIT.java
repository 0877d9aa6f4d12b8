package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.render.Output;
import dev.broadsheet.testing.FixtureSite;
import dev.broadsheet.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same sources give the same bytes: on one thread or many, and after an incremental rebuild. */
class DeterminismIT {

    @TempDir
    Path temp;

    private FixtureSite site() {
        FixtureSite site = FixtureSite.italian(temp, 3);
        for (int i = 1; i <= 60; i++) {
            site.article("2025-%02d-%02d-notizia-%d".formatted(1 + i % 12, 1 + i % 28, i),
                    "title: Notizia %d\ntags: [T%d, T%d, Comune]".formatted(i, i % 5, i % 7), "Testo " + i + ".\n\n## Uno\n\n## Due\n\n## Tre\n");
        }
        return site;
    }

    @Test
    void oneThreadAndAllCoresWriteTheSameBytes() throws Exception {
        FixtureSite site = site();
        Path one = temp.resolve("one");
        Path many = temp.resolve("many");
        build(site, many, "-Djava.util.concurrent.ForkJoinPool.common.parallelism=" + Math.max(2, Runtime.getRuntime().availableProcessors()));
        build(site, one, "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1");
        assertSameTree(one, many);
    }

    private void build(FixtureSite site, Path output, String parallelism) throws Exception {
        Path log = temp.resolve("log-" + output.getFileName());
        Process build = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), parallelism,
                "-cp", System.getProperty("java.class.path"), "dev.broadsheet.cli.Main", "build",
                "--source", site.root().toString(), "--output", output.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(build.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(build.exitValue()).as(Files.readString(log)).isZero();
    }

    @Test
    void anIncrementalRebuildGivesTheBytesOfAFullBuild() {
        FixtureSite site = site();
        Build reused = new Build(true);
        reused.produce(site.options());
        site.article("2025-03-04-notizia-7", "title: Notizia sette, corretta\ntags: [T2, Nuovo]", "Testo nuovo.\n");
        site.write("content/articles/2025-05-06-aggiunta.md", "---\ntitle: Aggiunta\n---\nAltro.\n");
        BuiltSite incremental = reused.produce(site.options());
        BuiltSite full = new Build().produce(site.options());
        assertThat(incremental.outputs()).extracting(Output::path).isEqualTo(full.outputs().stream().map(Output::path).toList());
        for (int i = 0; i < full.outputs().size(); i++) {
            assertThat(incremental.outputs().get(i).content()).as(full.outputs().get(i).path()).isEqualTo(full.outputs().get(i).content());
        }
    }

    private static void assertSameTree(Path a, Path b) throws IOException {
        List<Path> left = SiteFiles.files(a, "");
        assertThat(SiteFiles.files(b, "").stream().map(b::relativize).toList()).isEqualTo(left.stream().map(a::relativize).toList());
        for (Path file : left) {
            assertThat(Files.readAllBytes(b.resolve(a.relativize(file)))).as(a.relativize(file).toString()).isEqualTo(Files.readAllBytes(file));
        }
    }
}
