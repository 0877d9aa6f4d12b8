package dev.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rometools.rome.feed.synd.SyndFeed;
import dev.broadsheet.BuildException;
import dev.broadsheet.build.Build;
import dev.broadsheet.build.BuildResult;
import dev.broadsheet.testing.Feeds;
import dev.broadsheet.testing.FixtureSite;
import dev.broadsheet.testing.SiteFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A Blogger blog, from either export, imported and built, then checked from the outside. */
class BloggerImportIT {

    enum Format { CLASSIC, TAKEOUT }

    @TempDir
    Path temp;

    private FixtureSite site;
    private ImportReport report;

    /** Imports the fixture blog into a site with the repository's templates and no settings yet, then builds it. */
    private BuildResult importAndBuild(Format format) {
        importOnly(format, BloggerExports.taccuino());
        return new Build().run(site.options().withBaseUrl(FixtureSite.PAGES_URL));
    }

    private ImportReport importOnly(Format format, BloggerExports blog) {
        if (site == null) {
            site = FixtureSite.create(temp, "unused: true\n");
            delete(site.root().resolve("content/site.yaml"));
        }
        Path export = write(format, blog);
        ImportOptions options = ImportOptions.of(site.root(), export, FixtureSite.CLOCK).withDownload(false)
                .withBlogUrl(BloggerExports.BLOGSPOT + "/");
        if (format == Format.TAKEOUT) {
            options = options.withTimeZone(BloggerExports.ROME).withLanguage("it");
        }
        report = new BloggerImport().run(options);
        return report;
    }

    private Path write(Format format, BloggerExports blog) {
        Path export = temp.resolve(format == Format.CLASSIC ? "blog-09-30-2025.xml" : "feed.atom");
        try {
            Files.writeString(export, format == Format.CLASSIC ? blog.classic() : blog.takeout());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return export;
    }

    /** Headline of every article page of the built site. */
    private Set<String> articleTitles() {
        return SiteFiles.files(site.output(), "index.html").stream()
                .filter(p -> site.output().relativize(p).toString().matches("\\d{4}/\\d{2}/[^/]+/index.html"))
                .map(p -> FixtureSite.parse(p).selectFirst("h1.headline").text()).collect(Collectors.toSet());
    }

    private Document article(String slug) {
        return site.page("2025/" + slug + "/index.html");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void everyPublishedPostBecomesOneArticleAndDraftsAndScheduledPostsWait(Format format) throws IOException {
        importAndBuild(format);
        Set<String> expected = BloggerExports.taccuino().posts.stream()
                .filter(p -> !p.page() && p.status() == BloggerExports.Status.LIVE && !p.published().toInstant().isAfter(FixtureSite.CLOCK.instant()))
                .map(p -> p.title().isEmpty() ? "Hakyll-convert provides a library and utility." : p.title()).collect(Collectors.toSet());
        assertThat(articleTitles()).isEqualTo(expected);
        assertThat(report.posts()).isEqualTo(38);
        assertThat(report.drafts()).isEqualTo(2);
        assertThat(report.scheduled()).isEqualTo(1);
        assertThat(report.pages()).isEqualTo(3);
        assertThat(Files.readString(site.root().resolve("content/articles/2025-09-22-bozza-riservata.md"))).contains("draft: true");
        assertThat(Files.readString(site.root().resolve("content/articles/2025-11-15-programmato-per-novembre.md")))
                .contains("date: 2025-11-15T08:00:00+01:00").doesNotContain("draft");
        assertThat(site.output().resolve("2025/11")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void bodiesAreRealParagraphsWithoutBrSoupOrVisibleEntities(Format format) {
        importAndBuild(format);
        for (Path page : SiteFiles.files(site.output().resolve("2025"), "index.html")) {
            Element body = FixtureSite.parse(page).selectFirst(".article-body");
            if (body != null) {
                assertThat(body.select("br + br")).as(page.toString()).isEmpty();
                assertThat(body.text()).as(page.toString()).doesNotContain("&nbsp;", "&amp;", "&egrave;", "&#", "<br");
            }
        }
        Element seed = article("09/putin-e-kim-colloquio-porte-chiuse").selectFirst(".article-body");
        assertThat(seed.select("> p")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(seed.select("h2").eachText()).containsExactly("Contenuti politici del colloquio", "Il contesto cinese");
        assertThat(seed.select("ul > li")).hasSize(3);
        assertThat(seed.selectFirst("ul > li").text()).isEqualTo("eventuale annuncio di date/luoghi per la visita di Kim in Russia;");
        Element soup = article("07/soup-dal-nuovo-editor").selectFirst(".article-body");
        assertThat(soup.selectFirst("p").text()).isEqualTo("Caffè e cornetto alle 8’30.");
        assertThat(soup.select(".article-body [style], font, span")).isEmpty();
        assertThat(soup.select("table").first().select("th").eachText()).containsExactly("Paese", "Capitale");
        assertThat(soup.select("td[colspan=2]")).hasSize(1);
        Element word = article("07/incollato-da-word").selectFirst(".article-body");
        assertThat(word.select("li").eachText()).containsExactly("Prima voce", "Seconda voce");
        assertThat(word.select(".article-body [class]")).isEmpty();
        assertThat(word.text()).doesNotContain("·", "mso", "WordDocument");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void theJumpBreakEndsTheTeaserAndThePostsMetadataComesOver(Format format) {
        importAndBuild(format);
        Document seed = article("09/putin-e-kim-colloquio-porte-chiuse");
        assertThat(seed.selectFirst(".standfirst").text()).isEqualTo("Il presidente russo e il leader nordcoreano si sono visti a Pechino.");
        assertThat(seed.selectFirst(".dateline").text()).isEqualTo("Pechino, Cina");
        assertThat(seed.selectFirst(".author").text()).isEqualTo("di Redazione Esteri");
        assertThat(seed.selectFirst(".meta time").attr("datetime")).isEqualTo("2025-09-03T18:30:00+02:00");
        Document month = site.page("2025/02/index.html");
        Element teaser = month.select(".teaser").stream().filter(t -> t.text().contains("Notizia numero 1:")).findFirst().orElseThrow();
        assertThat(teaser.selectFirst(".teaser-summary").text()).contains("Primo paragrafo").contains("Secondo paragrafo").doesNotContain("Terzo");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void tagsAreTheLabelsAsWrittenAndCaseVariantsAreOneTag(Format format) {
        BuildResult result = importAndBuild(format);
        assertThat(site.page("tags/index.html").select(".tag-index a").eachText())
                .containsExactlyInAnyOrder("Cina", "Città", "Corea del Nord", "Cronaca", "Diplomazia", "Economia", "Politica estera", "Russia");
        assertThat(result.warnings()).anyMatch(w -> w.toString().contains("tag \"russia\" is shown as \"Russia\""));
        assertThat(report.labels()).isEqualTo(8);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void everyOldAddressLeadsToTheNewPage(Format format) {
        importAndBuild(format);
        for (BloggerExports.Post post : BloggerExports.taccuino().posts) {
            if (post.status() != BloggerExports.Status.LIVE || post.path().isEmpty() || post.published().toInstant().isAfter(FixtureSite.CLOCK.instant())) {
                continue;
            }
            Document redirect = site.page(post.path().substring(1));
            String target = redirect.selectFirst("link[rel=canonical]").attr("href");
            Document landing = site.page(target.substring(FixtureSite.PAGES_URL.length()) + "index.html");
            assertThat(landing.selectFirst("h1").text()).as(post.path()).isEqualTo(post.title().isEmpty()
                    ? "Hakyll-convert provides a library and utility." : post.title());
            assertThat(redirect.selectFirst("script").data()).contains("location.hash");
        }
        // the month in an old address is Blogger's, not recomputed: this post is on 1 October in Rome
        assertThat(site.page("2025/09/notte-di-ottobre.html").selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo(FixtureSite.PAGES_URL + "2025/10/notte-di-ottobre/");
        assertThat(site.page("search/label/Corea del Nord/index.html").selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo(FixtureSite.PAGES_URL + "tags/corea-del-nord/");
        assertThat(site.page("search/label/Città/index.html").selectFirst("body a").attr("href")).isEqualTo("../../../tags/citta/");
        assertThat(site.page("p/archive.html").selectFirst("link[rel=canonical]").attr("href")).isEqualTo(FixtureSite.PAGES_URL + "archive-2/");
        SyndFeed old = Feeds.read(site.output().resolve("feeds/posts/default"));
        assertThat(old.getEntries()).isNotEmpty();
        assertThat(Feeds.read(site.output().resolve("atom.xml")).getEntries()).hasSameSizeAs(old.getEntries());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void linksToTheOldBlogLeadToTheNewPages(Format format) {
        importAndBuild(format);
        Map<String, String> links = new TreeMap<>();
        article("09/link-tra-articoli").select(".article-body a").forEach(a -> links.put(a.text(), a.attr("href")));
        assertThat(links).containsEntry("il colloquio", "../putin-e-kim-colloquio-porte-chiuse/")
                .containsEntry("la versione mobile", "../../03/python-3/")
                .containsEntry("chi siamo", "../../../chi-siamo/")
                .containsEntry("l’etichetta", "../../../tags/corea-del-nord/")
                .containsEntry("il commento", "../putin-e-kim-colloquio-porte-chiuse/#c9001")
                .containsEntry("la prima pagina", "../../../")
                .containsEntry("una bozza", BloggerExports.BLOGSPOT + "/2025/09/bozza-riservata.html")
                .containsEntry("un sito esterno", "https://example.org/altro");
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("post 212 (“Link tra articoli”): links to " + BloggerExports.BLOGSPOT
                + "/2025/09/bozza-riservata.html"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void commentsComeOverInThreadsWithTheirAuthorsAndSpamStaysOut(Format format) {
        importAndBuild(format);
        Document seed = article("09/putin-e-kim-colloquio-porte-chiuse");
        assertThat(seed.select(".comment").eachAttr("id")).containsExactly("c9001", "c9002", "c9004", "c9003");
        assertThat(seed.select(".comment-author").eachText()).containsExactly("Marco Rossi", "Anonimo", "Marco Rossi", "Giulia");
        assertThat(seed.select(".comment.depth-1").eachAttr("id")).containsExactly("c9002", "c9004");
        assertThat(seed.getElementById("c9003").selectFirst(".comment-removed")).isNotNull();
        assertThat(seed.getElementById("c9002").selectFirst(".comment-text a").attr("href")).isEqualTo("../link-tra-articoli/");
        assertThat(seed.text()).doesNotContain("Compra", "Spammer", "Testo rimosso");
        assertThat(report.comments()).isEqualTo(11);
        assertThat(report.spam()).isEqualTo(format == Format.TAKEOUT ? 1 : 0);
        assertThat(site.page("2025/09/index.html").select(".teaser .meta a[href$=#comments]").eachText()).contains("4 commenti");
    }

    @Test
    void trashedPostsOfATakeoutExportAreLeftOutAndCounted() {
        importAndBuild(Format.TAKEOUT);
        assertThat(site.root().resolve("content/articles/2025-06-06-cestinato.md")).doesNotExist();
        assertThat(site.output().resolve("2025/06/cestinato")).doesNotExist();
        assertThat(report.trashed()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void picturesAreTheFullSizeCaptionsFiguresAndEmbedsStay(Format format) {
        importAndBuild(format);
        Element body = article("07/foto-e-video").selectFirst(".article-body");
        assertThat(body.select("img").eachAttr("src")).contains("https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh1/s0/parata.jpg",
                "https://blogger.googleusercontent.com/img/a/AVvXsEiNoName123=s0");
        assertThat(body.selectFirst("figure figcaption").text()).isEqualTo("Piazza Tian’anmen, 3 settembre");
        // Blogger's frames become placeholders that load them only when the reader asks.
        assertThat(body.select("iframe")).isEmpty();
        assertThat(body.select("figure.embed").eachAttr("data-embed-src")).containsExactly(
                "https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1", "https://www.google.com/maps/embed?pb=!1m18");
        assertThat(report.imagesRemote()).isEqualTo(5);
        assertThat(report.remoteHosts()).contains("blogger.googleusercontent.com", "www.ansa.example");
    }

    @Test
    void templateSyntaxInImportedTextIsShownAsWritten() {
        importAndBuild(Format.CLASSIC);
        Document page = article("09/graffe-7-7-nel-titolo");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Graffe {{ 7 * 7 }} nel titolo");
        assertThat(page.selectFirst(".article-body").text()).isEqualTo("{{ 7 * 7 }} e {% if true %}sì{% endif %} restano scritti.");
    }

    @Test
    void siteSettingsComeFromTheClassicExportWhenThereAreNone() throws IOException {
        importAndBuild(Format.CLASSIC);
        assertThat(Files.readString(site.root().resolve("content/site.yaml"))).contains("title: \"Il Taccuino\"",
                "description: \"Notizie e analisi, con calma.\"", "language: it", "timeZone: Europe/Rome", "author: \"Redazione\"");
        assertThat(site.page("index.html").selectFirst("html").attr("lang")).isEqualTo("it");
        // Each author the posts name is described, to be completed: name and Blogger profile.
        assertThat(Files.readString(site.root().resolve("content/authors/redazione.md")))
                .isEqualTo("---\nname: \"Redazione\"\nwebsite: \"https://www.blogger.com/profile/1234\"\n---\n");
        assertThat(site.page("authors/redazione/index.html").expectFirst("h1").text()).isEqualTo("Redazione");
    }

    @Test
    void anUntitledPostIsTitledFromItsFirstSentenceWithAWarning() {
        importAndBuild(Format.CLASSIC);
        assertThat(report.warnings()).anyMatch(w -> w.equals("post 202: has no title; it is titled "
                + "“Hakyll-convert provides a library and utility.” from its first sentence"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void importingTheSameExportAgainChangesNoFile(Format format) {
        importOnly(format, BloggerExports.taccuino());
        Map<String, String> before = hashes(site.root().resolve("content"));
        ImportReport again = importOnly(format, BloggerExports.taccuino());
        assertThat(hashes(site.root().resolve("content"))).isEqualTo(before);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.kept()).isZero();
        assertThat(again.unchanged()).isEqualTo(before.size() - 2); // all but the import's record and site.yaml, written only when missing
    }

    @Test
    void aLaterExportAddsNewPostsUpdatesUneditedOnesAndKeepsWhatTheWriterEdited() throws IOException {
        importOnly(Format.CLASSIC, BloggerExports.taccuino());
        Path edited = site.root().resolve("content/articles/2025-09-20-link-tra-articoli.md");
        Files.writeString(edited, Files.readString(edited) + "\nUna nota aggiunta a mano.\n");
        BloggerExports later = BloggerExports.taccuino();
        later.posts.replaceAll(p -> switch (p.id()) {
            case "101" -> p.withHtml("Corretto su Blogger.").withUpdated(p.updated().plusDays(3));
            case "212" -> p.withHtml("<p>Anche questo cambiato su Blogger.</p>").withUpdated(p.updated().plusDays(3));
            default -> p;
        });
        later.posts.add(new BloggerExports.Post("401", false, "Una notizia nuova", "<p>Appena scritta.</p>",
                java.time.OffsetDateTime.parse("2025-09-29T10:00:00+02:00"), java.time.OffsetDateTime.parse("2025-09-29T10:00:00+02:00"),
                List.of("Cronaca"), "/2025/09/una-notizia-nuova.html", BloggerExports.Status.LIVE, "Redazione", "", ""));
        ImportReport second = importOnly(Format.CLASSIC, later);
        assertThat(second.created()).isEqualTo(1);
        assertThat(second.updated()).isEqualTo(1);
        assertThat(second.kept()).isEqualTo(1);
        assertThat(Files.readString(site.root().resolve("content/articles/2025-02-04-notizia-numero-1.md"))).contains("Corretto su Blogger.");
        assertThat(Files.readString(edited)).contains("Una nota aggiunta a mano.").doesNotContain("Anche questo cambiato");
        assertThat(second.warnings()).anyMatch(w -> w.startsWith("content/articles/2025-09-20-link-tra-articoli.md was edited since the last import"));
        assertThat(site.root().resolve("content/articles/2025-09-29-una-notizia-nuova.md")).exists();
    }

    @Test
    void forceOverwritesWhatTheWriterEdited() throws IOException {
        importOnly(Format.CLASSIC, BloggerExports.taccuino());
        Path edited = site.root().resolve("content/articles/2025-09-20-link-tra-articoli.md");
        String original = Files.readString(edited);
        Files.writeString(edited, original + "\nNota.\n");
        Path export = write(Format.CLASSIC, BloggerExports.taccuino());
        new BloggerImport().run(ImportOptions.of(site.root(), export, FixtureSite.CLOCK).withDownload(false)
                .withBlogUrl(BloggerExports.BLOGSPOT + "/").withForce(true));
        assertThat(Files.readString(edited)).isEqualTo(original);
    }

    @Test
    void aDryRunReportsAndWritesNothing() {
        site = FixtureSite.create(temp, "unused: true\n");
        delete(site.root().resolve("content/site.yaml"));
        Map<String, String> before = hashes(site.root());
        Path export = write(Format.CLASSIC, BloggerExports.taccuino());
        ImportReport dry = new BloggerImport().run(ImportOptions.of(site.root(), export, FixtureSite.CLOCK).withDryRun(true));
        assertThat(hashes(site.root())).isEqualTo(before);
        assertThat(dry.posts()).isEqualTo(38);
        assertThat(dry.created()).isGreaterThan(38);
        assertThat(dry.lines().get(0)).startsWith("Dry run (nothing written)");
    }

    @Test
    void aTakeoutExportWithoutATimeZoneIsAnErrorThatSaysWhatToAdd() {
        site = FixtureSite.create(temp, "unused: true\n");
        delete(site.root().resolve("content/site.yaml"));
        Path export = write(Format.TAKEOUT, BloggerExports.taccuino());
        Map<String, String> before = hashes(site.root());
        assertThatThrownBy(() -> new BloggerImport().run(ImportOptions.of(site.root(), export, FixtureSite.CLOCK)))
                .isInstanceOf(BuildException.class).hasMessageContaining("does not say the blog's time zone")
                .hasMessageContaining("--time-zone Europe/Rome");
        assertThat(hashes(site.root())).isEqualTo(before);
    }

    @Test
    void aTakeoutExportTakesTheTimeZoneOfAnExistingSiteYaml() throws IOException {
        site = FixtureSite.italian(temp, 10);
        Path export = write(Format.TAKEOUT, BloggerExports.taccuino());
        new BloggerImport().run(ImportOptions.of(site.root(), export, FixtureSite.CLOCK).withDownload(false));
        assertThat(Files.readString(site.root().resolve("content/articles/2025-10-01-notte-di-ottobre.md"))).contains("date: 2025-10-01T00:30:00+02:00");
        assertThat(Files.readString(site.root().resolve("content/site.yaml"))).contains("Cronache di prova"); // not replaced
    }

    @Test
    void aMalformedExportIsReportedAtItsLineAndColumnAndWritesNothing() {
        site = FixtureSite.italian(temp, 10);
        Map<String, String> before = hashes(site.root());
        Path export = temp.resolve("broken.xml");
        writeText(export, "<?xml version='1.0'?>\n<feed xmlns='http://www.w3.org/2005/Atom'>\n<entry><id>x</id>\n<title>Senza fine</feed>\n");
        assertThatThrownBy(() -> new BloggerImport().run(ImportOptions.of(site.root(), export, FixtureSite.CLOCK)))
                .isInstanceOf(BuildException.class).hasMessageStartingWith(export + ":4:")
                .hasMessageContaining("not a readable export");
        assertThat(hashes(site.root())).isEqualTo(before);
    }

    @Test
    void anExportWithExternalEntitiesIsRefused() {
        site = FixtureSite.italian(temp, 10);
        Map<String, String> before = hashes(site.root());
        Path secret = temp.resolve("secret.txt");
        writeText(secret, "password");
        Path export = temp.resolve("xxe.xml");
        writeText(export, "<?xml version='1.0'?>\n<!DOCTYPE feed [<!ENTITY xxe SYSTEM \"file://" + secret + "\">]>\n"
                + "<feed xmlns='http://www.w3.org/2005/Atom'><entry><id>tag:blogger.com,1999:blog-1.post-1</id>"
                + "<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/>"
                + "<published>2025-09-03T10:00:00Z</published><title>&xxe;</title><content type='html'>&xxe;</content></entry></feed>");
        assertThatThrownBy(() -> new BloggerImport().run(ImportOptions.of(site.root(), export, FixtureSite.CLOCK)))
                .isInstanceOf(BuildException.class).hasMessageContaining("DOCTYPE");
        assertThat(hashes(site.root())).isEqualTo(before);
    }

    @Test
    void anEmptyExportSaysToDownloadItAgain() {
        site = FixtureSite.italian(temp, 10);
        Path export = temp.resolve("blog-09-30-2025.xml");
        writeText(export, "");
        assertThatThrownBy(() -> new BloggerImport().run(ImportOptions.of(site.root(), export, FixtureSite.CLOCK)))
                .isInstanceOf(BuildException.class).hasMessageContaining("is empty").hasMessageContaining("download the export again");
    }

    @Test
    void oneBadEntryIsReportedByItsIdAndTheRestImports() throws IOException {
        site = FixtureSite.italian(temp, 10);
        String xml = BloggerExports.taccuino().classic().replace("<published>2025-07-08T07:07:00.000+02:00</published>",
                "<published>ieri sera</published>");
        Path export = temp.resolve("blog.xml");
        writeText(export, xml);
        ImportReport result = new BloggerImport().run(ImportOptions.of(site.root(), export, FixtureSite.CLOCK).withDownload(false));
        assertThat(result.posts()).isEqualTo(37);
        assertThat(result.warnings()).anyMatch(w -> w.contains("entry tag:blogger.com,1999:blog-" + BloggerExports.BLOG_ID
                + ".post-210 has a date that is not one"));
    }

    @Test
    void aReserializedExportThatLostTheDraftNamespaceStillReadsDrafts() throws IOException {
        site = FixtureSite.italian(temp, 10);
        String xml = BloggerExports.taccuino().classic().replace("<app:control xmlns:app='http://purl.org/atom/app#'>", "<app:control>");
        Path export = temp.resolve("blog.xml");
        writeText(export, xml);
        ImportReport result = new BloggerImport().run(ImportOptions.of(site.root(), export, FixtureSite.CLOCK).withDownload(false));
        assertThat(result.drafts()).isEqualTo(2);
    }

    @Test
    void anotherBlogsExportIsNotMixedInWithoutForce() {
        importOnly(Format.CLASSIC, BloggerExports.taccuino());
        Path other = temp.resolve("other.xml");
        writeText(other, BloggerExports.taccuino().classic().replace(BloggerExports.BLOG_ID, "999"));
        assertThatThrownBy(() -> new BloggerImport().run(ImportOptions.of(site.root(), other, FixtureSite.CLOCK)))
                .isInstanceOf(BuildException.class).hasMessageContaining("records an import of another blog");
    }

    static Map<String, String> hashes(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            Map<String, String> hashes = new TreeMap<>();
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                hashes.put(folder.relativize(file).toString(), ContentFiles.sha256(Files.readAllBytes(file)));
            }
            return hashes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeText(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
