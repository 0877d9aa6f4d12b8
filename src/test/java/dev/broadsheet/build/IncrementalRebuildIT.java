package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.BuildException;
import dev.broadsheet.render.Output;
import dev.broadsheet.testing.FixtureSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev server's rebuilds: after an article changes, a memoizing Build renders again only what
 * that article shows on, and the result is byte for byte what a full build of the same sources gives.
 */
class IncrementalRebuildIT {

    private static final String FIRST = "content/articles/2025-02-02-notizia-1.md";
    private static final String SEVENTH = "content/articles/2025-08-08-notizia-7.md";
    /** The three sections every article starts with, so pages have headings to link to. */
    private static final String SECTIONS = "\n\n## Uno\n\nPrimo.\n\n## Due\n\nSecondo.\n\n## Tre\n\nTerzo.\n";

    @TempDir
    Path temp;

    private FixtureSite site;
    private Build build;

    @BeforeEach
    void makeSite() {
        site = FixtureSite.create(temp, """
                title: Cronache di prova
                language: it
                timeZone: Europe/Rome
                author: Redazione
                perPage: 4
                feedSize: 5
                googleNews: true
                """);
        for (int i = 1; i <= 40; i++) {
            site.article("2025-%02d-%02d-notizia-%d".formatted(1 + i % 9, 1 + i % 28, i),
                    "title: Notizia %d\ntags: [T%d, T%d, Comune]".formatted(i, i % 5, i % 7),
                    "Testo " + i + "." + SECTIONS);
        }
        site.article("2025-09-30-rimandi", "title: Rimandi\naliases: [vecchio/rimandi.html]\ntags: [Comune]",
                "Vedi [il secondo punto](2025-08-08-notizia-7.md#due) e [chi siamo](../pages/chi-siamo.md).\n");
        site.article("2025-09-29-bozza", "title: Bozza\ndraft: true", "Non ancora.\n");
        site.write("content/pages/chi-siamo.md", "---\ntitle: Chi siamo\n---\nLeggi la [notizia 7](../articles/2025-08-08-notizia-7.md#uno).\n");
        build = new Build(true);
        build.produce(options());
    }

    private BuildOptions options() {
        return site.options().withBaseUrl("https://example.org/news/");
    }

    /** Writes a new version of the seventh article, the one most tests edit. */
    private void rewriteSeventh(String frontMatter, String body) {
        site.article("2025-08-08-notizia-7", frontMatter, body);
    }

    private BuiltSite rebuildAfter(String... changed) {
        return build.produce(options(), SourceChanges.of(Set.of(changed)));
    }

    @Test
    void aBodyEditRewritesOnlyWhatShowsTheArticle() {
        rewriteSeventh("title: Notizia 7\ntags: [T2, T0, Comune]",
                "Testo nuovo." + SECTIONS);

        BuiltSite rebuilt = rebuildAfter(SEVENTH);

        assertThat(rebuilt.isComplete()).isFalse();
        assertThat(rebuilt.rewritten()).contains("2025/08/notizia-7/index.html", "tags/t2/index.html", "tags/t2/feed.xml")
                .doesNotContain("2025/01/notizia-9/index.html", "tags/index.html", "404.html", "feed.xml", "sitemap.xml", "search-index.js");
        assertThat(rebuilt.rewritten()).as("the article's excerpt and the shard of its new word")
                .anyMatch(path -> path.startsWith("search/excerpts/")).anyMatch(path -> path.startsWith("search/terms/"));
        assertThat(rebuilt.rewritten().stream().filter(path -> path.startsWith("search/excerpts/"))).hasSize(1);
        assertThat(rebuilt.rewritten().size()).isLessThan(rebuilt.outputs().size() / 3);
        assertThat(rebuilt.rewritten()).as("the archive shows titles, not bodies").doesNotContain("archive/index.html");
        assertSameAsFullBuild(rebuilt);
    }

    @Test
    void aRedirectPageFollowsItsArticlesTitle() {
        site.article("2025-09-30-rimandi", "title: Rimandi, nuovo titolo\naliases: [vecchio/rimandi.html]\ntags: [Comune]",
                "Vedi [il secondo punto](2025-08-08-notizia-7.md#due) e [chi siamo](../pages/chi-siamo.md).\n");

        BuiltSite rebuilt = rebuildAfter("content/articles/2025-09-30-rimandi.md");

        assertThat(rebuilt.rewritten()).contains("vecchio/rimandi.html", "index.html", "feed.xml")
                .as("the archive shows months, not titles").doesNotContain("archive/index.html");
        assertThat(outputOf(rebuilt, "vecchio/rimandi.html")).contains("Rimandi, nuovo titolo");
        assertSameAsFullBuild(rebuilt);
    }

    @Test
    void aNewTitleReachesListingsFeedsNeighboursAndRelatedArticles() {
        rewriteSeventh("title: Notizia sette, corretta\ntags: [T2, T0, Comune]",
                "Testo 7." + SECTIONS);

        BuiltSite rebuilt = rebuildAfter(SEVENTH);

        assertThat(rebuilt.isComplete()).isFalse();
        assertThat(outputOf(rebuilt, "tags/t2/index.html")).contains("Notizia sette, corretta");
        assertSameAsFullBuild(rebuilt);
    }

    @Test
    void editsInARowStayEqualToAFullBuild() {
        for (int round = 1; round <= 3; round++) {
            site.article("2025-02-02-notizia-1", "title: Notizia 1, versione %d\ntags: [T1, T1, Comune]".formatted(round),
                    "Versione " + round + ".\n\n## Uno\n");
            rewriteSeventh("title: Notizia 7\ntags: [T2, T0, Comune]\nsummary: Riassunto " + round,
                    "Testo.\n\n## Uno\n\n## Due\n");
            BuiltSite rebuilt = rebuildAfter(FIRST, SEVENTH);
            assertThat(rebuilt.isComplete()).isFalse();
            assertSameAsFullBuild(rebuilt);
        }
    }

    @Test
    void editsOfDifferentArticlesOneAfterTheOtherKeepEachOthersChanges() {
        // Notizia 18 and notizia 9 are both on the January page.
        site.article("2025-01-19-notizia-18", "title: Primo ritocco\ntags: [T3, T4, Comune]", "Diciotto.\n");
        assertThat(rebuildAfter("content/articles/2025-01-19-notizia-18.md").isComplete()).isFalse();
        site.article("2025-01-10-notizia-9", "title: Secondo ritocco\ntags: [T4, T2, Comune]", "Nove.\n");
        BuiltSite second = rebuildAfter("content/articles/2025-01-10-notizia-9.md");

        assertThat(second.isComplete()).isFalse();
        assertThat(outputOf(second, "2025/01/index.html")).contains("Primo ritocco", "Secondo ritocco");
        assertSameAsFullBuild(second);
    }

    @Test
    void aSaveThroughATemporaryFileIsStillAnArticleEdit() throws Exception {
        // sed -i, vim and JetBrains editors write a temporary file and rename it over the article.
        Path temporary = site.root().resolve("content/articles/sedXk3Qa9");
        Files.writeString(temporary, Files.readString(site.root().resolve(SEVENTH)).replace("Testo 7.", "Testo rivisto."));
        Files.move(temporary, site.root().resolve(SEVENTH), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        BuiltSite rebuilt = rebuildAfter(SEVENTH, "content/articles/sedXk3Qa9", "content/articles/.notizia-7.md.swp");

        assertThat(rebuilt.isComplete()).isFalse();
        assertThat(outputOf(rebuilt, "2025/08/notizia-7/index.html")).contains("Testo rivisto.");
        assertSameAsFullBuild(rebuilt);
    }

    @Test
    void aDraftEditChangesNothingPublished() {
        site.article("2025-09-29-bozza", "title: Bozza rivista\ndraft: true", "Quasi pronta.\n");

        BuiltSite rebuilt = rebuildAfter("content/articles/2025-09-29-bozza.md");

        assertThat(rebuilt.rewritten()).isEmpty();
        assertSameAsFullBuild(rebuilt);
    }

    @Test
    void retaggingOrRedatingAnArticleRewritesTheListsItLeavesAndJoins() {
        rewriteSeventh("title: Notizia 7\ntags: [T2, Nuovo]", "Testo 7.\n\n## Uno\n\n## Due\n");
        BuiltSite retagged = rebuildAfter(SEVENTH);
        assertThat(retagged.rewritten()).contains("tags/nuovo/index.html", "tags/t0/index.html", "tags/index.html")
                .doesNotContain("2025/01/notizia-9/index.html", "404.html");
        assertSameAsFullBuild(retagged);

        rewriteSeventh("title: Notizia 7\ndate: 2025-08-01\ntags: [T2, Nuovo]", "Testo 7.\n\n## Uno\n\n## Due\n");
        BuiltSite redated = rebuildAfter(SEVENTH);
        assertThat(redated.rewritten()).contains("2025/08/notizia-7/index.html", "2025/08/index.html");
        assertSameAsFullBuild(redated);
    }

    @Test
    void addedAndRemovedArticlesRewriteWhatShowsThem() throws Exception {
        site.article("2025-09-15-aggiunta", "title: Aggiunta\ntags: [Comune]", "Altro.\n");
        BuiltSite added = rebuildAfter("content/articles/2025-09-15-aggiunta.md");
        assertThat(added.rewritten()).contains("2025/09/aggiunta/index.html", "index.html", "tags/comune/index.html")
                .doesNotContain("2025/01/notizia-9/index.html");
        assertSameAsFullBuild(added);

        Files.delete(site.root().resolve(FIRST));
        BuiltSite removed = rebuildAfter(FIRST);
        assertThat(removed.outputs()).extracting(Output::path).doesNotContain("2025/02/notizia-1/index.html");
        assertSameAsFullBuild(removed);
    }

    @Test
    void aTemplateEditRendersAgainEveryPageMadeWithIt() throws Exception {
        Path base = site.root().resolve("templates/base.peb");
        Files.writeString(base, Files.readString(base).replace("<footer class=\"site-footer\">", "<footer class=\"site-footer\" data-edited>"));

        BuiltSite rebuilt = rebuildAfter("templates/base.peb");

        assertThat(rebuilt.outputs().stream().filter(o -> o.isHtml() && !o.content().contains("http-equiv=\"refresh\""))
                .map(Output::path)).as("every page extends base.peb").allMatch(rebuilt.rewritten()::contains);
        assertThat(rebuilt.rewritten()).as("feeds do not use base.peb").doesNotContain("feed.xml", "robots.txt");
        assertThat(outputOf(rebuilt, "2025/08/notizia-7/index.html")).contains("data-edited");
        assertSameAsFullBuild(rebuilt);
    }

    @Test
    void aPartialEditRendersAgainOnlyThePagesThatIncludeIt() throws Exception {
        Path teaser = site.root().resolve("templates/partials/teaser.peb");
        Files.writeString(teaser, Files.readString(teaser).replace("class=\"teaser\"", "class=\"teaser\" data-edited"));

        BuiltSite rebuilt = rebuildAfter("templates/partials/teaser.peb");

        assertThat(rebuilt.rewritten()).contains("index.html", "tags/t2/index.html", "2025/08/index.html")
                .doesNotContain("2025/08/notizia-7/index.html", "feed.xml", "archive/index.html");
        assertThat(outputOf(rebuilt, "index.html")).contains("data-edited");
        assertSameAsFullBuild(rebuilt);
    }

    @Test
    void aHeadingOthersLinkToCannotBeRemovedUnnoticed() {
        rewriteSeventh("title: Notizia 7\ntags: [T2, T0, Comune]", "Testo 7.\n\n## Uno\n\n## Tre\n");

        assertThatThrownBy(() -> rebuildAfter(SEVENTH)).isInstanceOf(BuildException.class)
                .hasMessageContaining("content/articles/2025-09-30-rimandi.md:6")
                .hasMessageContaining("has no anchor #due");
        assertThatThrownBy(() -> new Build().produce(options())).isInstanceOf(BuildException.class)
                .hasMessageContaining("content/articles/2025-09-30-rimandi.md:6");
    }

    @Test
    void aBrokenFileStaysBrokenUntilFixedWhateverElseChanges() {
        site.write(FIRST, "---\ntitle: [non chiuso\n---\nTesto.\n");
        assertThatThrownBy(() -> rebuildAfter(FIRST)).isInstanceOf(BuildException.class).hasMessageContaining(FIRST);

        rewriteSeventh("title: Notizia 7\ntags: [T2, T0, Comune]", "Altro testo.\n\n## Uno\n\n## Due\n");
        assertThatThrownBy(() -> rebuildAfter(SEVENTH)).isInstanceOf(BuildException.class).hasMessageContaining(FIRST);

        site.article("2025-02-02-notizia-1", "title: Notizia 1\ntags: [T1, T1, Comune]", "Corretto.\n");
        BuiltSite fixed = rebuildAfter(FIRST);
        assertThat(fixed.isComplete()).isFalse();
        assertThat(outputOf(fixed, "2025/08/notizia-7/index.html")).contains("Altro testo.");
        assertSameAsFullBuild(fixed);
    }

    private static String outputOf(BuiltSite built, String path) {
        return built.outputs().stream().filter(o -> o.path().equals(path)).findFirst().orElseThrow().content();
    }

    private void assertSameAsFullBuild(BuiltSite rebuilt) {
        BuiltSite full = new Build().produce(options());
        assertThat(rebuilt.outputs()).extracting(Output::path).containsExactlyElementsOf(full.outputs().stream().map(Output::path).toList());
        for (int i = 0; i < full.outputs().size(); i++) {
            assertThat(rebuilt.outputs().get(i).bytes()).as(full.outputs().get(i).path()).isEqualTo(full.outputs().get(i).bytes());
        }
    }
}
