package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testing.FixtureSite;
import dev.broadsheet.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** What GitHub Pages needs: the workflow, and an artifact of plain files. */
class DeployIT {

    @SuppressWarnings("unchecked")
    @Test
    void workflowBuildsWithThePagesUrlAndDeploysWithTheOfficialActions() throws IOException {
        Map<String, Object> workflow = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(FixtureSite.REPOSITORY.resolve(".github/workflows/pages.yml")));
        Map<String, Object> on = (Map<String, Object>) workflow.get("on");
        assertThat(on).containsKeys("push", "workflow_dispatch", "schedule");
        assertThat(((Map<String, Object>) on.get("push")).get("branches")).isEqualTo(List.of("main"));
        assertThat((Map<String, Object>) workflow.get("permissions")).containsEntry("pages", "write").containsEntry("id-token", "write");
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        List<Map<String, Object>> build = (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("build")).get("steps");
        assertThat(build).extracting(step -> String.valueOf(step.get("uses")).replaceAll("@.*", ""))
                .contains("actions/checkout", "actions/setup-java", "actions/configure-pages", "actions/upload-pages-artifact");
        List<String> runs = build.stream().map(step -> String.valueOf(step.get("run"))).toList();
        int siteBuild = indexOf(runs, run -> run.startsWith("java -jar target/broadsheet.jar build")
                && run.contains("--base-url \"${{ steps.pages.outputs.base_url }}/\""));
        // The build cache comes back before the build, under the folder the build looks in by default.
        int cache = java.util.stream.IntStream.range(0, build.size()).filter(i -> build.get(i).get("with") instanceof Map<?, ?> with
                && "target/.site.cache".equals(with.get("path"))).findFirst().orElse(-1);
        assertThat(cache).isNotNegative().isLessThan(siteBuild);
        List<Map<String, Object>> deploy = (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("deploy")).get("steps");
        assertThat(deploy).extracting(step -> String.valueOf(step.get("uses"))).anyMatch(uses -> uses.startsWith("actions/deploy-pages@"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void everyQuarterHourBroadsheetItselfSaysWhetherAnythingIsDueAndOnlyThenTheSiteIsBuiltAndDeployed() throws IOException {
        Map<String, Object> workflow = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(FixtureSite.REPOSITORY.resolve(".github/workflows/pages.yml")));
        assertThat((List<Map<String, Object>>) ((Map<String, Object>) workflow.get("on")).get("schedule"))
                .containsExactly(Map.of("cron", "*/15 * * * *"));
        assertThat((Map<String, Object>) workflow.get("permissions")).containsEntry("actions", "read"); // to read the last run's time
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        Map<String, Object> buildJob = (Map<String, Object>) jobs.get("build");
        List<Map<String, Object>> build = (List<Map<String, Object>>) buildJob.get("steps");
        List<String> runs = build.stream().map(step -> String.valueOf(step.get("run"))).toList();
        Map<String, Object> jar = build.stream().filter(step -> "jar".equals(step.get("id"))).findFirst().orElseThrow();
        assertThat(String.valueOf(((Map<String, Object>) jar.get("with")).get("key"))).contains("hashFiles('pom.xml', 'src/main/**')");
        Map<String, Object> due = build.stream().filter(step -> "due".equals(step.get("id"))).findFirst().orElseThrow();
        assertThat(due.get("if")).isEqualTo("github.event_name == 'schedule'");
        assertThat(String.valueOf(due.get("run"))).contains("java -jar target/broadsheet.jar due --since \"$since\" >> \"$GITHUB_OUTPUT\"")
                .contains("gh run list").contains("--status success");
        int dueAt = build.indexOf(due);
        int siteBuild = indexOf(runs, run -> run.startsWith("java -jar target/broadsheet.jar build"));
        assertThat(dueAt).isLessThan(siteBuild).isGreaterThan(build.indexOf(jar));
        for (Map<String, Object> step : build.subList(dueAt + 1, build.size())) {
            assertThat(step.get("if")).as(String.valueOf(step)).isEqualTo("steps.due.outputs.due != 'false'");
        }
        assertThat((Map<String, Object>) buildJob.get("outputs")).containsEntry("deploy", "${{ steps.due.outputs.due != 'false' }}");
        assertThat(((Map<String, Object>) jobs.get("deploy")).get("if")).isEqualTo("needs.build.outputs.deploy == 'true'");
    }

    private static int indexOf(List<String> runs, java.util.function.Predicate<String> wanted) {
        for (int i = 0; i < runs.size(); i++) {
            if (wanted.test(runs.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no step runs what is wanted: " + runs);
    }

    @Test
    void siteHoldsOnlyPlainFilesWithNojekyllAndTheCname(@TempDir Path temp) throws IOException {
        FixtureSite site = FixtureSite.italian(temp, 10)
                .article("2025-09-03-uno", "title: Uno", "Testo.\n")
                .write("content/static/CNAME", "cronache.example\n");
        site.build();
        assertThat(site.output().resolve("CNAME")).hasContent("cronache.example");
        assertThat(site.output().resolve(".nojekyll")).isRegularFile();
        try (var walk = Files.walk(site.output())) {
            for (Path path : walk.toList()) {
                assertThat(Files.isSymbolicLink(path)).as(path.toString()).isFalse();
                if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    assertThat((Integer) Files.getAttribute(path, "unix:nlink")).as(path.toString()).isEqualTo(1);
                }
            }
        }
        assertThat(SiteFiles.files(site.output(), ".html")).isNotEmpty();
    }
}
