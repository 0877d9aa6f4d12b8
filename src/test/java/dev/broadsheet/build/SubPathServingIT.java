package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.broadsheet.testing.FixtureSite;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example site built for a GitHub Pages project path and served there on loopback the way
 * Pages serves it (folders → index.html, anything missing → 404.html): every link a reader can
 * follow from the front page answers 200, and the 404 page is styled at any depth.
 */
class SubPathServingIT {

    private static final String BASE = "/my-blog/";
    @TempDir
    static Path temp;
    static HttpServer server;
    static HttpClient client = HttpClient.newHttpClient();
    static String root;
    static Path site;

    @BeforeAll
    static void buildAndServe() throws IOException {
        site = temp.resolve("site");
        new Build().run(BuildOptions.of(FixtureSite.REPOSITORY, site,
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)).withBaseUrl(FixtureSite.PAGES_URL));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(BASE, exchange -> {
            String path = exchange.getRequestURI().getPath().substring(BASE.length());
            Path file = site.resolve(path).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                file = site.resolve("404.html");
                status = 404;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        root = "http://127.0.0.1:" + server.getAddress().getPort() + BASE;
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyLinkFromTheFrontPageAnswersUnderTheSubPath() throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of(root));
        Set<String> seen = new HashSet<>(queue);
        List<String> failures = new ArrayList<>();
        while (!queue.isEmpty() && seen.size() < 500) {
            String url = queue.poll();
            HttpResponse<String> response = get(url);
            if (response.statusCode() != 200) {
                failures.add(url + " → " + response.statusCode());
                continue;
            }
            if (!url.endsWith("/") && !url.endsWith(".html")) {
                continue;
            }
            Document page = Jsoup.parse(response.body(), url);
            for (Element link : page.select("a[href], link[href], img[src]")) {
                String target = link.absUrl(link.hasAttr("href") ? "href" : "src").replaceAll("#.*$", "");
                if (target.startsWith(root) && seen.add(target)) {
                    queue.add(target);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(seen).hasSizeGreaterThan(15)
                .contains(root + "2025/09/putin-kim-pechino/", root + "tags/russia/", root + "css/site.css");
    }

    @Test
    void everyPageOfThePublishedBuildPassesTheHtmlChecker() {
        assertThat(dev.broadsheet.testing.HtmlValidator.errors(site)).isEmpty();
    }

    @Test
    void everyFeedOfThePublishedBuildParses() {
        List<Path> feeds = dev.broadsheet.testing.SiteFiles.files(site, "feed.xml");
        assertThat(feeds).hasSizeGreaterThan(5);
        for (Path feed : feeds) {
            assertThat(dev.broadsheet.testing.Feeds.read(feed).getEntries()).as(feed.toString()).isNotEmpty()
                    .allSatisfy(entry -> assertThat(entry.getLink()).startsWith(FixtureSite.PAGES_URL));
        }
    }

    @Test
    void notFoundPageIsStyledAndLinkedAtAnyDepth() throws Exception {
        String missing = root + "2031/01/missing/";
        HttpResponse<String> response = get(missing);
        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body(), missing);
        assertThat(get(page.selectFirst("link[rel=stylesheet]").absUrl("href")).statusCode()).isEqualTo(200);
        assertThat(page.selectFirst(".site-title a").absUrl("href")).isEqualTo(root);
        for (Element link : page.select("a[href]:not([href^=#])")) {
            assertThat(get(link.absUrl("href")).statusCode()).as(link.attr("href")).isEqualTo(200);
        }
    }
}
