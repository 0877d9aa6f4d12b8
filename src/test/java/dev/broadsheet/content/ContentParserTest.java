package dev.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.Strings;
import dev.broadsheet.config.YamlReader;
import dev.broadsheet.markdown.Markdown;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentParserTest {

    private static final SiteConfig CONFIG = new SiteConfig("T", "", "", "it", ZoneId.of("Europe/Rome"), "Redazione",
            10, 20, "/:year/:month/:slug/", 200, false, java.util.List.of(), false, java.util.List.of(), "", "", java.util.List.of(), dev.broadsheet.config.Banner.NONE, java.util.List.of(), new Strings("it", Map.of(), Map.of()));
    private final ContentParser parser = new ContentParser(CONFIG, new YamlReader(), new Markdown(), java.util.Set.of("article", "page", "wide"), BodyCleaner.NONE);

    private Article parse(String name, String text) {
        return parser.parseArticle(new Source("content/articles/" + name + ".md", text));
    }

    private Problem problem(String name, String text) {
        try {
            parse(name, text);
        } catch (BuildException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("expected a problem");
    }

    @Test
    void dateAndSlugComeFromTheFileName() {
        Article article = parse("2025-09-03-putin-kim", "---\ntitle: T\n---\nTesto.\n");
        assertThat(article.slug()).isEqualTo("putin-kim");
        assertThat(article.published().toString()).isEqualTo("2025-09-03T00:00+02:00[Europe/Rome]");
        assertThat(article.updated()).isEqualTo(article.published());
    }

    @Test
    void dateWithoutOffsetIsReadInTheSiteTimeZone() {
        assertThat(parse("x", "---\ntitle: T\ndate: 2025-09-03T18:30\n---\n").published().toOffsetDateTime().toString())
                .isEqualTo("2025-09-03T18:30+02:00");
        assertThat(parse("x", "---\ntitle: T\ndate: 2025-01-03 08:00:00\n---\n").published().toOffsetDateTime().toString())
                .isEqualTo("2025-01-03T08:00+01:00");
    }

    @Test
    void dateWithOffsetKeepsItsInstant() {
        Article article = parse("x", "---\ntitle: T\ndate: 2025-09-03T16:30:00Z\nupdated: 2025-09-04\n---\n");
        assertThat(article.published().toOffsetDateTime().toString()).isEqualTo("2025-09-03T18:30+02:00");
        assertThat(article.isUpdated()).isTrue();
    }

    @Test
    void defaultsAreFilledIn() {
        Article article = parse("2025-09-03-x", "---\ntitle: Titolo\n---\nPrimo paragrafo.\n\nSecondo.\n");
        assertThat(article.author()).isEqualTo("Redazione");
        assertThat(article.summary()).isEqualTo("Primo paragrafo.");
        assertThat(article.standfirst()).isEmpty();
        assertThat(article.tags()).isEmpty();
        assertThat(article.draft()).isFalse();
    }

    @Test
    void givenFieldsAndUnknownKeysAreKept() {
        Article article = parse("2025-09-03-x", """
                ---
                title: "Titolo: con due punti"
                slug: Città Aperta
                author: Anna
                summary: Il sommario.
                tags: [Russia, Cina, Russia]
                dateline: Pechino
                image: /images/a.jpg
                draft: true
                fonte: ANSA
                version: 1.10
                ---
                Testo.
                """);
        assertThat(article.title()).isEqualTo("Titolo: con due punti");
        assertThat(article.slug()).isEqualTo("citta-aperta");
        assertThat(article.summary()).isEqualTo("Il sommario.");
        assertThat(article.standfirst()).isEqualTo("Il sommario.");
        assertThat(article.tags()).containsExactly("Russia", "Cina");
        assertThat(article.dateline()).isEqualTo("Pechino");
        assertThat(article.image()).isEqualTo("/images/a.jpg");
        assertThat(article.draft()).isTrue();
        assertThat(article.params()).containsExactly(Map.entry("fonte", "ANSA"), Map.entry("version", "1.10"));
    }

    @Test
    void missingTitleIsAProblemAtTheFrontMatter() {
        assertThat(problem("2025-09-03-x", "---\nauthor: A\n---\n").toString())
                .startsWith("content/articles/2025-09-03-x.md:2: 'title' is missing");
    }

    @Test
    void aTagThatIsNotTextIsAProblemAtItsLine() {
        assertThat(problem("2025-09-03-x", "---\ntitle: T\ntags:\n  - a\n  - {b: c}\n---\n").toString())
                .startsWith("content/articles/2025-09-03-x.md:3: every item of 'tags' must be a non-empty text");
    }

    @Test
    void noDateAnywhereIsAProblem() {
        assertThat(problem("senza-data", "---\ntitle: T\n---\n").message()).contains("no date", "YYYY-MM-DD-slug.md");
    }

    @Test
    void impossibleDateInTheFileNameIsAProblem() {
        assertThat(problem("2025-13-01-x", "---\ntitle: T\n---\n").message()).contains("\"2025-13-01\"", "not a real date");
    }

    @Test
    void duplicateKeysAreAProblem() {
        assertThat(problem("2025-09-03-x", "---\ntitle: A\ntitle: B\n---\n").toString())
                .contains(".md:3: duplicate key 'title' (first on line 2)");
    }

    @Test
    void yamlThatIsNotAMappingIsAProblem() {
        assertThatThrownBy(() -> parse("2025-09-03-x", "---\n- a\n- b\n---\n"))
                .isInstanceOf(BuildException.class).hasMessageContaining(".md:2: expected 'key: value' lines");
    }

    @Test
    void frontMatterOnlyFileIsAnArticleWithAnEmptyBody() {
        Article article = parse("2025-09-03-x", "---\ntitle: Solo titolo\n---");
        assertThat(article.bodyHtml()).isEmpty();
        assertThat(article.summary()).isEmpty();
    }

    @Test
    void crlfAndBomGiveTheSameArticleAsLf() {
        String lf = "---\ntitle: T\ntags: [a]\n---\nUno\ndue.\n";
        byte[] crlf = ("\uFEFF" + lf.replace("\n", "\r\n")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Article fromLf = parse("2025-09-03-x", lf);
        Article fromCrlf = parse("2025-09-03-x", SourceText.decode(crlf, "x.md").text());
        assertThat(fromCrlf).isEqualTo(fromLf);
    }
}
