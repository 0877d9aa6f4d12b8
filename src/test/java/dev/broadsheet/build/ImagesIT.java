package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.BuildException;
import dev.broadsheet.testing.FixtureSite;
import dev.broadsheet.testing.Photos;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures through the whole pipeline: sized, resized, stripped, captioned, shared, and loaded by nobody else. */
class ImagesIT {

    @TempDir
    Path dir;
    FixtureSite site;

    @BeforeEach
    void photoSite() throws IOException {
        site = FixtureSite.create(dir, """
                title: Cronache di prova
                language: it
                timeZone: Europe/Rome
                shareImage: /images/condivisione.jpg
                logo: /images/logo.png
                """);
        picture("images/pechino.jpg", Photos.jpeg(4000, 3000, 1, 11));
        picture("images/verticale.jpg", Photos.jpeg(3000, 2000, 6, 12));
        picture("images/condivisione.jpg", Photos.jpeg(1600, 900, 1, 13));
        picture("images/logo.png", Photos.pngWithText(600, 60));
        site.write("content/static/images/mappa.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 300\"/>");
        site.article("2025-09-03-vertice", """
                title: Il vertice
                image: /images/pechino.jpg
                imageAlt: Il padiglione di Diaoyutai
                imageCaption: La residenza di Stato
                imageCredit: Foto Mario Rossi/Agenzia
                """, """
                Primo paragrafo.

                ![Il leader in piedi](/images/verticale.jpg "Il leader all'arrivo | Foto: Agenzia")

                Una mappa: ![Mappa del centro](/images/mappa.svg)
                """);
        site.article("2025-09-04-senza-foto", "title: Senza foto", "Solo testo.\n");
    }

    private void picture(String path, byte[] bytes) throws IOException {
        Path file = site.root().resolve("content/static").resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private BuildResult build(String baseUrl) {
        return new Build().run(site.options().withBaseUrl(baseUrl).withCache(Optional.of(dir.resolve("cache"))));
    }

    @Test
    void bodyPicturesGetTheirSizesCopiesAndLazyLoading() {
        build("");
        Document page = site.page("2025/09/vertice/index.html");

        Element figure = page.expectFirst(".article-body figure");
        Element img = figure.expectFirst("img");
        assertThat(img.attr("width")).isEqualTo("2000"); // stored 3000 × 2000, turned upright by its EXIF orientation
        assertThat(img.attr("height")).isEqualTo("3000");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("decoding")).isEqualTo("async");
        assertThat(img.attr("sizes")).isNotEmpty();
        assertThat(img.attr("srcset")).isEqualTo("../../../images/verticale-480w.jpg 480w, ../../../images/verticale-800w.jpg 800w, "
                + "../../../images/verticale-1200w.jpg 1200w, ../../../images/verticale-1600w.jpg 1600w, ../../../images/verticale.jpg 2000w");
        assertThat(img.attr("src")).isEqualTo("../../../images/verticale-1200w.jpg");
        assertThat(figure.expectFirst("figcaption").ownText()).isEqualTo("Il leader all'arrivo");
        assertThat(figure.expectFirst("figcaption small.credit").text()).isEqualTo("Foto: Agenzia");
        Element svg = page.expectFirst(".article-body img[src$=mappa.svg]");
        assertThat(List.of(svg.attr("width"), svg.attr("height"), svg.attr("srcset"))).containsExactly("400", "300", "");
    }

    @Test
    void theLeadImageIsFetchedFirstWithItsDescriptionCaptionAndCredit() {
        build("");
        Element lead = site.page("2025/09/vertice/index.html").expectFirst("figure.lead-image");

        Element img = lead.expectFirst("img");
        assertThat(img.attr("fetchpriority")).isEqualTo("high");
        assertThat(img.hasAttr("loading")).isFalse();
        assertThat(img.attr("alt")).isEqualTo("Il padiglione di Diaoyutai");
        assertThat(List.of(img.attr("width"), img.attr("height"))).containsExactly("4000", "3000");
        assertThat(img.attr("srcset")).doesNotContain("pechino.jpg 4000w"); // a 4000 px original is not offered to screens
        assertThat(lead.expectFirst("figcaption").ownText()).isEqualTo("La residenza di Stato");
        assertThat(lead.expectFirst("small.credit").text()).isEqualTo("Foto Mario Rossi/Agenzia");
    }

    @Test
    void sharingUsesARealSizedCopyAtLeast1200PixelsWideAndTheSitesImageOtherwise() throws IOException {
        build(FixtureSite.PAGES_URL);
        Document article = site.page("2025/09/vertice/index.html");

        assertThat(article.expectFirst("meta[property=og:image]").attr("content")).isEqualTo(FixtureSite.PAGES_URL + "images/pechino-1200w.jpg");
        assertThat(article.expectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
        assertThat(article.expectFirst("meta[property=og:image:height]").attr("content")).isEqualTo("900");
        assertThat(article.expectFirst("meta[name=robots]").attr("content")).isEqualTo("max-image-preview:large");
        JsonNode json = new ObjectMapper().readTree(article.expectFirst("script[type=application/ld+json]").data());
        JsonNode image = json.get("image").get(0);
        assertThat(image.get("@type").asText()).isEqualTo("ImageObject");
        assertThat(image.get("url").asText()).isEqualTo(FixtureSite.PAGES_URL + "images/pechino-1200w.jpg");
        assertThat(List.of(image.get("width").asInt(), image.get("height").asInt())).containsExactly(1200, 900);
        assertThat(image.get("caption").asText()).isEqualTo("La residenza di Stato");
        assertThat(image.get("creditText").asText()).isEqualTo("Foto Mario Rossi/Agenzia");
        assertThat(json.at("/publisher/logo/url").asText()).isEqualTo(FixtureSite.PAGES_URL + "images/logo.png");

        Document plain = site.page("2025/09/senza-foto/index.html");
        assertThat(plain.expectFirst("meta[property=og:image]").attr("content")).isEqualTo(FixtureSite.PAGES_URL + "images/condivisione-1200w.jpg");
        assertThat(site.page("index.html").expectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
    }

    @Test
    void noPublishedPictureCarriesGpsOrTheCamerasMetadata() throws Exception {
        build("");
        List<Path> published;
        try (Stream<Path> files = Files.walk(site.output().resolve("images"))) {
            published = files.filter(f -> f.toString().endsWith(".jpg") || f.toString().endsWith(".png")).toList();
        }

        assertThat(published).hasSize(4 + 5 + 4 + 3); // pechino: 4 copies (the original is 4000 wide), verticale 5, condivisione 4, logo 3
        for (Path file : published) {
            Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
            assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).as(file.toString()).isNull();
            for (Directory directory : metadata.getDirectories()) {
                assertThat(directory.getTags().toString()).as(file.toString()).doesNotContain("Mario Rossi", "SN-4711", "Test Camera");
            }
        }
        BufferedImage upright = ImageIO.read(site.output().resolve("images/verticale-480w.jpg").toFile());
        assertThat(List.of(upright.getWidth(), upright.getHeight())).containsExactly(480, 720);
    }

    @Test
    void aSecondBuildResizesNothingAndPublishesTheSameBytes() throws IOException {
        build("");
        Path cache = dir.resolve("cache/images");
        List<String> madeFirst = listing(cache);
        for (String name : madeFirst) {
            Files.setLastModifiedTime(cache.resolve(name), java.nio.file.attribute.FileTime.fromMillis(0));
        }
        byte[] before = Files.readAllBytes(site.output().resolve("images/pechino-800w.jpg"));

        build("");

        assertThat(listing(cache)).isEqualTo(madeFirst);
        for (String name : madeFirst) {
            assertThat(Files.getLastModifiedTime(cache.resolve(name)).toMillis()).as(name).isZero();
        }
        assertThat(Files.readAllBytes(site.output().resolve("images/pechino-800w.jpg"))).isEqualTo(before);
    }

    @Test
    void aBrokenPictureStopsTheBuildAtTheLineThatShowsItAndKeepsThePreviousSite() throws IOException {
        build("");
        Files.writeString(site.root().resolve("content/static/images/verticale.jpg"), "<html>not a photo</html>");

        assertThatThrownBy(() -> build("")).isInstanceOf(BuildException.class).satisfies(e -> assertThat(((BuildException) e).problems())
                .extracting(Object::toString)
                .anyMatch(p -> p.startsWith("content/articles/2025-09-03-vertice.md:10: the picture /images/verticale.jpg cannot be published"))
                .anyMatch(p -> p.startsWith("content/static/images/verticale.jpg: this picture cannot be published")));
        assertThat(site.output().resolve("images/verticale-800w.jpg")).exists();
    }

    @Test
    void aPictureWithoutADescriptionIsAWarningWithItsLine() {
        site.article("2025-09-05-muta", "title: Muta", "Testo.\n\n![](/images/mappa.svg)\n");

        BuildResult result = build("");

        assertThat(result.warnings()).extracting(Object::toString)
                .contains("content/articles/2025-09-05-muta.md:6: the picture /images/mappa.svg has no description: write what it shows "
                        + "between the brackets, ![…](/images/mappa.svg), for readers who cannot see it");
    }

    @Test
    void aPictureFromAnotherSiteFailsTheBuildUntilItsOriginIsAllowed() {
        site.article("2025-09-06-remota", "title: Remota", "Testo.\n\n![Foto](https://blogger.googleusercontent.com/img/a.jpg)\n");

        assertThatThrownBy(() -> build("")).isInstanceOf(BuildException.class).satisfies(e -> assertThat(((BuildException) e).problems())
                .extracting(Object::toString).singleElement().satisfies(p -> assertThat(p)
                        .startsWith("content/articles/2025-09-06-remota.md:6: the page 2025/09/remota/index.html fetches "
                                + "https://blogger.googleusercontent.com/img/a.jpg (<img src>) from https://blogger.googleusercontent.com")
                        .endsWith("allowedOrigins: [https://blogger.googleusercontent.com]")));

        site.write("content/site.yaml", "title: Cronache di prova\nlanguage: it\nallowedOrigins: [https://blogger.googleusercontent.com]\n");
        build("");
        assertThat(site.page("2025/09/remota/index.html").expectFirst(".article-body img").attr("loading")).isEqualTo("lazy");
    }

    @Test
    void aPastedProviderFrameBecomesThePlaceholderAndTheSiteContactsNobody() {
        site.article("2025-09-07-video", "title: Video", """
                Il discorso:

                <iframe width="560" height="315" src="https://www.youtube.com/embed/aqz-KE-bpKQ" title="Il discorso" allowfullscreen></iframe>
                """);

        build("");

        Document page = site.page("2025/09/video/index.html");
        assertThat(page.select("iframe")).isEmpty();
        Element embed = page.expectFirst("figure.embed");
        assertThat(embed.attr("data-embed-src")).isEqualTo("https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1");
        assertThat(embed.expectFirst(".embed-title").text()).isEqualTo("Il discorso");
        assertThat(page.select("script[src$=embeds.js]")).hasSize(1);
    }

    @Test
    void checkListsThePagesThatContactAllowedOriginsAndPassesWithAdviceOnly() {
        site.write("content/site.yaml", "title: Cronache di prova\nlanguage: it\nallowedOrigins: [https://cdn.example.org]\n");
        site.article("2025-09-08-cdn", "title: Dal CDN", "Testo.\n\n![Grafico](https://cdn.example.org/grafico.png)\n\n![](/images/mappa.svg)\n");

        dev.broadsheet.check.SiteCheck.Report report = new dev.broadsheet.check.SiteCheck().check(site.options());

        assertThat(report.errors()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.advice()).singleElement().asString().startsWith("content/articles/2025-09-08-cdn.md:8: the picture /images/mappa.svg has no description");
        assertThat(report.otherOrigins()).containsExactly(java.util.Map.entry("2025/09/cdn/index.html", List.of("https://cdn.example.org")));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
