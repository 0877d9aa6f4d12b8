package dev.broadsheet.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testing.ChildBuild;
import dev.broadsheet.testing.FixtureSite;
import dev.broadsheet.testing.SiteFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds run as a user runs them, in a child JVM: killed at random, or fed pathological files. */
class InterruptedAndPathologicalBuildIT {

    @TempDir
    Path temp;

    private static Map<String, byte[]> snapshot(Path site) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        for (Path file : SiteFiles.files(site, "")) {
            files.put(site.relativize(file).toString(), Files.readAllBytes(file));
        }
        return files;
    }

    private static boolean sameTree(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        return expected.keySet().equals(actual.keySet())
                && expected.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), actual.get(e.getKey())));
    }

    @Test
    void aBuildKilledAtAnyPointLeavesTheWholePreviousSiteOrTheWholeNewOne() throws Exception {
        FixtureSite site = FixtureSite.italian(temp, 10);
        for (int i = 1; i <= 150; i++) {
            site.article("2025-09-%02d-notizia-%d".formatted(1 + i % 28, i), "title: Notizia %d\ntags: [T%d, Comune]".formatted(i, i % 7),
                    ("Paragrafo della notizia " + i + ".\n\n").repeat(30));
        }
        site.build();
        Map<String, byte[]> previous = snapshot(site.output());
        site.article("2025-09-30-nuova", "title: Nuova", "Testo.\n");
        Map<String, byte[]> next = null;
        Random random = new Random(20250903);
        for (int round = 0; round < 10; round++) {
            Process build = ChildBuild.start(temp.resolve("log.txt"), "512m", "build", "--source", site.root().toString(),
                    "--output", site.output().toString());
            Thread.sleep(200 + random.nextInt(2500));
            build.destroyForcibly();
            build.waitFor(30, TimeUnit.SECONDS);
            Map<String, byte[]> now = snapshot(site.output());
            if (next == null && !sameTree(previous, now)) {
                next = now; // this run got through: from now on the new site is the previous one
            }
            assertThat(sameTree(previous, now) || sameTree(next, now)).as("round " + round).isTrue();
        }
        assertThat(site.root().resolve("target")).doesNotExist();
    }

    @Test
    void pathologicalFilesGiveOneProblemEachWithoutCrashingInHalfAGigabyte() throws Exception {
        FixtureSite site = FixtureSite.italian(temp, 10)
                .article("2025-09-01-normale", "title: Normale", "Testo.\n")
                .article("2025-09-02-citazioni", "title: Citazioni", "> ".repeat(100_000) + "fondo\n")
                .article("2025-09-03-liste", "title: Liste", deepList(5_000))
                .write("content/articles/2025-09-04-yaml.md", "---\ntitle: Yaml\ntags: " + "[".repeat(5_000) + "\n---\nTesto.\n")
                .write("content/articles/2025-09-05-grande-yaml.md", "---\ntitle: Grande\nnote: \"" + "x".repeat(5 * 1024 * 1024) + "\"\n---\nTesto.\n");
        Path huge = site.root().resolve("content/articles/2025-09-06-enorme.md");
        Files.writeString(huge, "---\ntitle: Enorme\n---\n" + "Una riga di testo abbastanza lunga.\n".repeat(50 * 1024 * 1024 / 36), StandardCharsets.UTF_8);
        Path log = temp.resolve("log.txt");
        Process build = ChildBuild.start(log, "512m", "build", "--source", site.root().toString(), "--output", site.output().toString());
        assertThat(build.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log);
        assertThat(build.exitValue()).as(output).isEqualTo(1);
        assertThat(output).doesNotContain("StackOverflowError", "OutOfMemoryError", "Exception");
        assertThat(output.lines().filter(l -> l.startsWith("error: "))).extracting(l -> l.substring(7, l.indexOf(".md") + 3))
                .containsExactlyInAnyOrder("content/articles/2025-09-04-yaml.md", "content/articles/2025-09-05-grande-yaml.md",
                        "content/articles/2025-09-06-enorme.md");
    }

    @Test
    void deeplyNestedQuotesAndListsRender() {
        FixtureSite site = FixtureSite.italian(temp, 10)
                .article("2025-09-02-citazioni", "title: Citazioni", "> ".repeat(100_000) + "fondo\n")
                .article("2025-09-03-liste", "title: Liste", deepList(5_000));
        site.build();
        assertThat(site.page("2025/09/citazioni/index.html").selectFirst(".article-body").text()).contains("fondo");
        assertThat(site.page("2025/09/liste/index.html").selectFirst(".article-body").text()).contains("fondo della lista", "livello 199");
    }

    /** A list nested {@code depth} deep on one line ("- - - … fondo"), plus one written out with indents. */
    private static String deepList(int depth) {
        StringBuilder list = new StringBuilder("- ".repeat(depth)).append("fondo della lista\n\n");
        for (int i = 0; i < 200; i++) {
            list.append("  ".repeat(i)).append("- livello ").append(i).append('\n');
        }
        return list.toString();
    }

    @Test
    void bomCrlfAndCrGiveTheSameSite() throws IOException {
        String article = "---\ntitle: Città\ntags: [Roma]\n---\nPrimo paragrafo\nsu due righe.\n\n## Titolo\n\nFine.\n";
        Map<String, Map<String, byte[]>> sites = new HashMap<>();
        for (String variant : new String[] {"lf", "bom-crlf", "cr"}) {
            FixtureSite site = FixtureSite.create(temp.resolve(variant), "title: Prova\nlanguage: it\n");
            String text = switch (variant) {
                case "bom-crlf" -> "\uFEFF" + article.replace("\n", "\r\n");
                case "cr" -> article.replace("\n", "\r");
                default -> article;
            };
            site.write("content/articles/2025-09-03-citta.md", text);
            site.build();
            sites.put(variant, snapshot(site.output()));
        }
        assertThat(sameTree(sites.get("lf"), sites.get("bom-crlf"))).isTrue();
        assertThat(sameTree(sites.get("lf"), sites.get("cr"))).isTrue();
    }

    @Test
    void symlinksLeavingTheSourcesAreProblemsNamingTheLink() throws IOException {
        Files.writeString(temp.resolve("fuori.md"), "---\ntitle: Fuori\n---\nSegreto.\n");
        Files.writeString(temp.resolve("fuori.peb"), "SEGRETO");
        FixtureSite site = FixtureSite.italian(temp, 10).article("2025-09-01-dentro", "title: Dentro", "Testo.\n");
        Files.createSymbolicLink(site.root().resolve("content/articles/2025-09-02-link.md"), temp.resolve("fuori.md"));
        Files.createSymbolicLink(site.root().resolve("templates/extra.peb"), temp.resolve("fuori.peb"));
        Files.createDirectories(site.root().resolve("templates/static"));
        Files.createSymbolicLink(site.root().resolve("templates/static/extra.css"), temp.resolve("fuori.peb"));
        org.assertj.core.api.Assertions.assertThatThrownBy(site::build)
                .hasMessageContaining("content/articles/2025-09-02-link.md: is a symbolic link")
                .hasMessageContaining("templates/extra.peb: is a symbolic link")
                .satisfies(e -> assertThat(((dev.broadsheet.BuildException) e).problems())
                        .as("each link named once, though its folder serves two purposes")
                        .extracting(Object::toString).filteredOn(p -> p.contains("is a symbolic link"))
                        .containsExactlyInAnyOrder(
                                "content/articles/2025-09-02-link.md: is a symbolic link to a file outside content/ and templates/, which Broadsheet does not follow — copy the file here instead",
                                "templates/extra.peb: is a symbolic link to a file outside content/ and templates/, which Broadsheet does not follow — copy the file here instead",
                                "templates/static/extra.css: is a symbolic link to a file outside content/ and templates/, which Broadsheet does not follow — copy the file here instead"));
    }
}
