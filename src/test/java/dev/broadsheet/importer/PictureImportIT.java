package dev.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.broadsheet.build.Build;
import dev.broadsheet.testing.FixtureSite;
import dev.broadsheet.testing.SiteFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blog's pictures come over: copied from the Takeout albums, else downloaded — from a server on
 * 127.0.0.1 standing in for Google's — with retries; what cannot be had stays remote and is reported.
 */
class PictureImportIT {

    private static final byte[] JPEG = picture("jpg");
    private static final byte[] PNG = picture("png");

    @TempDir
    Path temp;
    private HttpServer server;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            int count = requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            byte[] body = new byte[0];
            int status = 404;
            if (path.endsWith("/s0/parata.jpg")) {
                status = 200;
                body = JPEG;
            } else if (path.endsWith("/s0/piazza.png")) {
                status = count == 1 ? 503 : 200; // fails once, then answers: the import asks again
                body = count == 1 ? new byte[0] : PNG;
            } else if (path.endsWith("AVvXsEiNoName123=s0")) {
                status = 200;
                body = PNG;
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    /** Blogger's addresses, asked of the local server instead: http://127.0.0.1:port/<host><path>. */
    private URI local(URI address) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + address.getHost() + address.getRawPath());
    }

    private FixtureSite site() {
        return FixtureSite.italian(temp, 10);
    }

    private ImportReport importInto(FixtureSite site, Path export) {
        return new BloggerImport().run(ImportOptions.of(site.root(), export, FixtureSite.CLOCK).withFetchAddress(this::local));
    }

    private Path classicExport() throws IOException {
        Path export = temp.resolve("blog.xml");
        Files.writeString(export, BloggerExports.taccuino().classic());
        return export;
    }

    @Test
    void picturesAreDownloadedInFullSizeUnderStableNamesAndTheBodyShowsTheCopies() throws IOException {
        FixtureSite site = site();
        ImportReport report = importInto(site, classicExport());
        assertThat(report.imagesDownloaded()).isEqualTo(3);
        assertThat(report.imagesRemote()).isEqualTo(2);
        assertThat(requests.get("/1.bp.blogspot.com/-Ab/Xy/AAAAAAAA/Cd/s0/piazza.png")).hasValue(2);
        Path folder = site.root().resolve("content/static/images/blogger");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .hasSize(3).anyMatch(n -> n.endsWith("-parata.jpg")).anyMatch(n -> n.endsWith("-piazza.png"))
                    .anyMatch(n -> n.matches("[0-9a-f]{10}\\.png"));
        }
        String markdown = Files.readString(site.root().resolve("content/articles/2025-07-09-foto-e-video.md"));
        assertThat(markdown).contains("](/images/blogger/").contains("<img src=\"/images/blogger/")
                .contains("https://2.bp.blogspot.com/-Zz/Yy/AAAAAAAA/Ee/s0/perduta.jpg");
        assertThat(report.warnings()).anyMatch(w -> w.equals("picture https://2.bp.blogspot.com/-Zz/Yy/AAAAAAAA/Ee/s0/perduta.jpg stays remote: HTTP 404"));
        assertThat(report.warnings()).contains("pictures stay on other sites, which the build refuses until content/site.yaml allows them: add "
                + "allowedOrigins: [https://2.bp.blogspot.com, https://www.ansa.example], or import again where they can be downloaded");
        assertThatThrownBy(() -> new Build().run(site.options())).isInstanceOf(dev.broadsheet.BuildException.class)
                .hasMessageContaining("fetches https://2.bp.blogspot.com/-Zz/Yy/AAAAAAAA/Ee/s0/perduta.jpg");
        site.write("content/site.yaml", Files.readString(site.root().resolve("content/site.yaml"))
                + "allowedOrigins: [https://2.bp.blogspot.com, https://www.ansa.example]\n");
        new Build().run(site.options());
        Element body = site.page("2025/07/foto-e-video/index.html").selectFirst(".article-body");
        assertThat(body.select("img").eachAttr("src")).contains("../../../images/blogger/" + name(folder, "-parata.jpg"));
        assertThat(SiteFiles.brokenLinks(site.output())).isEmpty();
        byte[] copied = Files.readAllBytes(folder.resolve(name(folder, "-parata.jpg")));
        assertThat(copied).isEqualTo(JPEG);
    }

    @Test
    void aSecondImportDownloadsNothingAndChangesNothing() throws IOException {
        FixtureSite site = site();
        Path export = classicExport();
        importInto(site, export);
        Map<String, String> before = BloggerImportIT.hashes(site.root().resolve("content"));
        int asked = requests.values().stream().mapToInt(AtomicInteger::get).sum();
        ImportReport again = importInto(site, export);
        assertThat(BloggerImportIT.hashes(site.root().resolve("content"))).isEqualTo(before);
        assertThat(again.imagesKept()).isEqualTo(3);
        // only the picture that was missing is asked for again
        assertThat(requests.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(asked + 1);
    }

    @Test
    void noDownloadLeavesPicturesOnGooglesServers() throws IOException {
        FixtureSite site = site();
        ImportReport report = new BloggerImport().run(ImportOptions.of(site.root(), classicExport(), FixtureSite.CLOCK)
                .withFetchAddress(this::local).withDownload(false));
        assertThat(report.imagesDownloaded()).isZero();
        assertThat(requests).isEmpty();
        assertThat(site.root().resolve("content/static/images/blogger")).doesNotExist();
    }

    @Test
    void takeoutAlbumsAreCopiedInsteadOfDownloaded() throws IOException {
        FixtureSite site = site();
        Path zip = temp.resolve("takeout-20251001T000000Z-001.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            put(out, "Takeout/Blogger/Blogs/Il Taccuino/feed.atom", BloggerExports.taccuino().takeout().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            put(out, "Takeout/Blogger/Blogs/Il Taccuino/theme-classic.html", "<html></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            put(out, "Takeout/Blogger/Albums/Il Taccuino/parata.jpg", JPEG);
            put(out, "Takeout/Blogger/Albums/Il Taccuino/piazza.png", PNG);
            put(out, "__MACOSX/Takeout/Blogger/Albums/Il Taccuino/._parata.jpg", new byte[] {0, 5, 22, 7});
        }
        ImportReport report = new BloggerImport().run(ImportOptions.of(site.root(), zip, FixtureSite.CLOCK)
                .withFetchAddress(this::local).withTimeZone(BloggerExports.ROME));
        assertThat(report.imagesCopied()).isEqualTo(2);
        assertThat(report.imagesDownloaded()).isEqualTo(1); // the picture whose address has no file name
        assertThat(requests.keySet()).noneMatch(p -> p.endsWith("parata.jpg") || p.endsWith("piazza.png"));
        assertThat(report.export()).endsWith("!/Takeout/Blogger/Blogs/Il Taccuino/feed.atom");
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String name(Path folder, String suffix) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).findFirst().orElseThrow();
        }
    }

    private static byte[] picture(String format) {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 2, 0xa4492f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
