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
        assertThat(build).extracting(step -> String.valueOf(step.get("run")))
                .anyMatch(run -> run.startsWith("mvn -B package") && run.contains("-Dbroadsheet.baseUrl=${{ steps.pages.outputs.base_url }}/"));
        // The build cache comes back before the build, under the folder the build looks in by default.
        int cache = build.stream().map(step -> String.valueOf(step.get("uses"))).toList().indexOf("actions/cache@v4");
        int mvn = build.stream().map(step -> String.valueOf(step.get("run"))).filter(run -> run.startsWith("mvn")).findFirst()
                .map(run -> build.stream().map(step -> String.valueOf(step.get("run"))).toList().indexOf(run)).orElseThrow();
        assertThat(cache).isNotNegative().isLessThan(mvn);
        assertThat((Map<String, Object>) build.get(cache).get("with")).containsEntry("path", "target/.site.cache");
        List<Map<String, Object>> deploy = (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("deploy")).get("steps");
        assertThat(deploy).extracting(step -> String.valueOf(step.get("uses"))).anyMatch(uses -> uses.startsWith("actions/deploy-pages@"));
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
