package dev.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testing.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad file gives path:line: message, exit 1, and the previous site stays as it was. */
class BadInputIT {

    @TempDir
    Path temp;
    FixtureSite site;
    String previousHome;

    @BeforeEach
    void buildAGoodSiteFirst() throws IOException {
        site = FixtureSite.italian(temp, 10).article("2025-09-03-buono", "title: Buono", "Testo.\n");
        assertThat(build().exitCode()).isZero();
        previousHome = Files.readString(site.output().resolve("index.html"));
    }

    private CommandLineRun build() {
        return CommandLineRun.of("build", "--source", site.root().toString(), "--output", site.output().toString());
    }

    private String failsWith(int problems) throws IOException {
        CommandLineRun run = build();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err().lines().filter(l -> l.startsWith("error: "))).hasSize(problems);
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(Files.readString(site.output().resolve("index.html"))).isEqualTo(previousHome);
        assertThat(site.output().resolve("2025/09/buono/index.html")).isRegularFile();
        return run.err();
    }

    @Test
    void invalidYamlNamesTheLineOfTheMarkdownFile() throws IOException {
        site.write("content/articles/2025-09-04-rotto.md", "---\ntitle: Rotto\ntags: [a, b\nauthor: x\n---\nTesto\n");
        assertThat(failsWith(1)).contains("error: content/articles/2025-09-04-rotto.md:4:7: invalid YAML");
    }

    @Test
    void missingTitleIsReportedWithAFix() throws IOException {
        site.write("content/articles/2025-09-04-senza.md", "---\nauthor: Anna\n---\nTesto\n");
        assertThat(failsWith(1)).contains("error: content/articles/2025-09-04-senza.md:2: 'title' is missing");
    }

    @Test
    void impossibleDateIsReportedAtItsLineWithTheAcceptedForms() throws IOException {
        site.write("content/articles/2025-09-04-data.md", "---\ntitle: Data\ndate: 2025-02-30\n---\nTesto\n");
        assertThat(failsWith(1)).contains("error: content/articles/2025-09-04-data.md:3: 'date' must be a real date",
                "YYYY-MM-DD", "\"2025-02-30\"");
    }

    @Test
    void unreadableDateFormatIsReported() throws IOException {
        site.write("content/articles/2025-09-04-data.md", "---\ntitle: Data\ndate: 3/9/2025\n---\nTesto\n");
        assertThat(failsWith(1)).contains("2025-09-04-data.md:3:", "\"3/9/2025\"");
    }

    @Test
    void missingFrontMatterAndUnclosedFrontMatterAreReported() throws IOException {
        site.write("content/articles/2025-09-04-nudo.md", "Solo testo\n");
        site.write("content/articles/2025-09-05-aperto.md", "---\ntitle: Aperto\nTesto\n");
        String err = failsWith(2);
        assertThat(err).contains("2025-09-04-nudo.md:1: no front matter", "2025-09-05-aperto.md:1: the front matter opened with '---'");
    }

    @Test
    void allProblemsOfTheBuildAreReportedTogether() throws IOException {
        site.write("content/articles/2025-09-04-a.md", "---\nauthor: A\n---\n");
        site.write("content/articles/2025-09-05-b.md", "---\ntitle: B\ndraft: forse\ntags: [[x]]\n---\n");
        String err = failsWith(3);
        assertThat(err).contains("2025-09-04-a.md:2:", "2025-09-05-b.md:3: 'draft' must be true or false", "2025-09-05-b.md:4:");
    }

    @Test
    void notUtf8IsReportedWithTheByteOffset() throws IOException {
        Files.write(site.root().resolve("content/articles/2025-09-04-latin1.md"),
                new byte[] {'-', '-', '-', '\n', 't', 'i', 't', 'l', 'e', ':', ' ', 'C', 'i', 't', 't', (byte) 0xE0, '\n', '-', '-', '-', '\n'});
        assertThat(failsWith(1)).contains("2025-09-04-latin1.md: not valid UTF-8 near byte 15");
    }

    @Test
    void badSiteSettingIsReportedAtItsLine() throws IOException {
        site.write("content/site.yaml", "title: Prova\nlanguage: it\nperPage: dieci\n");
        assertThat(failsWith(1)).contains("error: content/site.yaml:3: 'perPage' must be a whole number");
    }

    @Test
    void templateSyntaxErrorNamesTheTemplateAndLine() throws IOException {
        site.write("templates/tag.peb", "{% extends \"base\" %}\n{% block content %}\n{{ tag.name \n{% endblock %}\n");
        assertThat(failsWith(1)).contains("error: templates/tag.peb:");
    }

    @Test
    void unknownTemplateVariableNamesTheTemplateAndLine() throws IOException {
        site.write("templates/page.peb", "{% extends \"base\" %}\n{% block content %}\n<p>{{ nonesiste }}</p>\n{% endblock %}\n");
        site.write("content/pages/chi-siamo.md", "---\ntitle: Chi siamo\n---\nNoi.\n");
        assertThat(failsWith(1)).contains("error: templates/page.peb:3:", "nonesiste");
    }

    @Test
    void unknownLayoutListsTheLayoutsThereAre() throws IOException {
        site.write("content/articles/2025-09-04-x.md", "---\ntitle: X\nlayout: largo\n---\nTesto\n");
        assertThat(failsWith(1)).contains("error: content/articles/2025-09-04-x.md:3: unknown layout 'largo' — there is no templates/largo.peb; use one of 404, alias, archive, article");
    }

    @Test
    void contentAndTemplateProblemsAreReportedTogether() throws IOException {
        site.write("content/articles/2025-09-04-x.md", "---\nauthor: X\n---\nTesto\n");
        site.write("templates/tags.peb", "{% extends \"base\" %}\n{% block content %}{{ x }\n{% endblock %}\n");
        assertThat(failsWith(2)).contains("2025-09-04-x.md:2: 'title' is missing", "templates/tags.peb:2:");
    }

    @Test
    void aUserMistakeShowsNoStackTraceButVerboseShowsOneForInternalErrors() throws IOException {
        site.write("content/articles/2025-09-04-x.md", "---\ntitle: [\n---\n");
        CommandLineRun run = CommandLineRun.of("build", "--verbose", "--source", site.root().toString(), "--output", site.output().toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void twoArticlesAtOnePermalinkNameBothFiles() throws IOException {
        site.write("content/articles/2025-09-03-altro.md", "---\ntitle: Altro\nslug: buono\n---\nTesto\n");
        assertThat(failsWith(1)).contains("2025-09-03-altro.md", "2025-09-03-buono.md", "2025/09/buono/index.html");
    }
}
