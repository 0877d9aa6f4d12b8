package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.BuildException;
import dev.broadsheet.site.SiteIndexer;
import dev.broadsheet.testing.FixtureSite;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What changes the site by itself, with the build's clock set: the banner until it expires, and articles that come due. */
class ScheduleIT {

    @TempDir
    Path dir;
    FixtureSite site;

    @BeforeEach
    void siteWithABannerAndAScheduledArticle() {
        site = FixtureSite.create(dir, """
                title: Cronache di prova
                language: it
                timeZone: Europe/Rome
                banner:
                  text: "Vertice di Pechino: la diretta"
                  link: /2025/09/vertice/
                  expires: 2025-09-04T20:00
                """)
                .article("2025-09-03-vertice", "title: Il vertice\ndate: 2025-09-03T18:30:00+02:00", "Testo.\n")
                .article("2025-09-04-analisi", "title: L'analisi\ndate: 2025-09-04T08:00:00+02:00", "Testo.\n")
                .article("2025-09-02-bozza", "title: Bozza\ndraft: true\ndate: 2025-09-04T07:00:00+02:00", "Testo.\n");
    }

    private BuildResult buildAt(String instant) {
        return new Build().run(BuildOptions.of(site.root(), site.output(), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)));
    }

    @Test
    void theBannerIsOnEveryPageUntilItExpiresAndGoneAtTheFirstBuildAfter() {
        buildAt("2025-09-04T17:59:00Z"); // 19:59 in Rome
        for (String page : List.of("index.html", "2025/09/vertice/index.html", "tags/index.html", "archive/index.html", "404.html")) {
            Document document = site.page(page);
            assertThat(document.select("p.breaking")).as(page).hasSize(1);
            assertThat(document.expectFirst("p.breaking").text()).isEqualTo("Ultim’ora Vertice di Pechino: la diretta");
        }
        assertThat(site.page("index.html").expectFirst("p.breaking a").attr("href")).isEqualTo("2025/09/vertice/index.html");
        assertThat(site.page("2025/09/vertice/index.html").expectFirst("p.breaking a").attr("href")).isEqualTo("index.html");

        buildAt("2025-09-04T18:00:00Z"); // 20:00 in Rome: expired

        for (String page : List.of("index.html", "2025/09/vertice/index.html", "tags/index.html")) {
            assertThat(site.page(page).select("p.breaking")).as(page).isEmpty();
        }
    }

    @Test
    void theBuildSaysWhenTheSiteChangesNextInTheSitesLanguage() {
        BuildResult before = buildAt("2025-09-03T20:00:00Z");
        assertThat(before.next().orElseThrow().note()).isEqualTo("prossima pubblicazione: 4 settembre 2025, 08:00");
        assertThat(before.next().orElseThrow().change().source()).isEqualTo("content/articles/2025-09-04-analisi.md");

        BuildResult after = buildAt("2025-09-04T07:00:00Z");
        assertThat(after.next().orElseThrow().note()).isEqualTo("il banner scade: 4 settembre 2025, 20:00");

        assertThat(buildAt("2025-09-05T00:00:00Z").next()).isEmpty();
    }

    @Test
    void whatIsDueSinceALastRunFollowsTheBuildsOwnRules() {
        Build build = new Build();
        BuildOptions quarterPast = BuildOptions.of(site.root(), site.output(), Clock.fixed(Instant.parse("2025-09-04T06:05:00Z"), ZoneOffset.UTC));

        List<SiteIndexer.ScheduledChange> due = build.scheduledChanges(quarterPast, Instant.parse("2025-09-04T05:50:00Z"));
        assertThat(due).extracting(SiteIndexer.ScheduledChange::source).containsExactly("content/articles/2025-09-04-analisi.md");
        assertThat(build.scheduledChanges(quarterPast, Instant.parse("2025-09-04T06:01:00Z"))).isEmpty(); // the draft is not due

        BuildOptions evening = BuildOptions.of(site.root(), site.output(), Clock.fixed(Instant.parse("2025-09-04T18:10:00Z"), ZoneOffset.UTC));
        assertThat(build.scheduledChanges(evening, Instant.parse("2025-09-04T17:55:00Z")))
                .singleElement().satisfies(change -> assertThat(change.banner()).isTrue());
    }

    @Test
    void aBannerWithoutItsExpiryIsAProblemAtItsLine() {
        site.write("content/site.yaml", "title: Cronache\nlanguage: it\nbanner:\n  text: Ultim'ora\n");

        assertThatThrownBy(() -> buildAt("2025-09-04T07:00:00Z")).isInstanceOf(BuildException.class)
                .hasMessageContaining("content/site.yaml:3: 'banner' needs a 'text' and the moment it 'expires'");
    }
}
