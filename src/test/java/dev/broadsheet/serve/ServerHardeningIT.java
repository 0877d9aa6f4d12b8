package dev.broadsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testing.FixtureSite;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests sent byte for byte over a socket, as an attacker would send them. */
class ServerHardeningIT {

    @TempDir
    Path temp;
    FixtureSite site;
    Serve serve;

    @BeforeEach
    void start() throws IOException {
        site = FixtureSite.italian(temp, 10).article("2025-09-03-pechino", "title: Pechino", "Testo.\n");
        Files.writeString(temp.resolve("secret.txt"), "TOP SECRET");
        serve = Serve.start(new Serve.Options(site.root(), "127.0.0.1", 0, false, false, FixtureSite.CLOCK, Duration.ofMillis(50)),
                new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
    }

    @AfterEach
    void stop() {
        serve.close();
    }

    /** The status line and body of a raw request. */
    private String send(String method, String target, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", serve.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String host() {
        return "127.0.0.1:" + serve.port();
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/../secret.txt", "/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/secret.txt",
            "/css/..%2f..%2fsecret.txt", "/..%5c..%5csecret.txt", "/css%2fsite.css", "/index.html%00.css", "/%00",
            "/..\\..\\secret.txt", "/./index.html", "/%c0%ae%c0%ae/secret.txt", "/%ff", "/%", "/%zz"})
    void hostilePathsGetA4xxAndNothingFromOutside(String target) throws IOException {
        String response = send("GET", target, host());
        assertThat(status(response)).as(target).isBetween(400, 499);
        assertThat(response).doesNotContain("TOP SECRET");
        assertThat(status(send("GET", "/", host()))).isEqualTo(200);
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws IOException {
        assertThat(status(send("POST", "/", host()))).isEqualTo(405);
        assertThat(status(send("PUT", "/index.html", host()))).isEqualTo(405);
        assertThat(status(send("DELETE", "/index.html", host()))).isEqualTo(405);
        assertThat(status(send("HEAD", "/", host()))).isEqualTo(200);
        assertThat(status(send("GET", "/", host()))).isEqualTo(200);
    }

    @Test
    void aForeignHostHeaderIsRefused() throws IOException {
        assertThat(status(send("GET", "/", "evil.example"))).isEqualTo(403);
        assertThat(status(send("GET", "/", "evil.example:" + serve.port()))).isEqualTo(403);
        assertThat(status(send("GET", "/", "localhost:" + serve.port()))).isEqualTo(200);
    }

    @Test
    void boundToEveryAddressItAnswersIpLiteralsButNotForeignNames() throws IOException {
        serve.close();
        serve = Serve.start(new Serve.Options(site.root(), "0.0.0.0", 0, false, false, FixtureSite.CLOCK, Duration.ofMillis(50)),
                new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
        assertThat(status(send("GET", "/", "192.168.1.20:" + serve.port()))).isEqualTo(200);
        assertThat(status(send("GET", "/", "[fe80::1]:" + serve.port()))).isEqualTo(200);
        assertThat(status(send("GET", "/", "evil.example:" + serve.port()))).isEqualTo(403);
        assertThat(status(send("GET", "/", "192.168.1.20:1"))).isEqualTo(403);
    }

    @Test
    void symlinksInTheSourcesServeNothingFromOutside() throws IOException {
        Path link = site.root().resolve("content/static/leak.txt");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, temp.resolve("secret.txt"));
        serve.rebuild();
        assertThat(send("GET", "/leak.txt", host())).doesNotContain("TOP SECRET");
        assertThat(serve.problems()).singleElement().asString().contains("content/static/leak.txt", "symbolic link");
    }

    @Test
    void pagesStayCompleteWhileArticlesAreRewritten() throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(4);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            results.add(readers.submit(() -> {
                List<String> bodies = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    bodies.add(send("GET", "/2025/09/pechino/", host()));
                }
                return bodies;
            }));
        }
        for (int version = 1; version <= 15; version++) {
            site.article("2025-09-03-pechino", "title: Pechino versione " + version, ("Paragrafo della versione " + version + ".\n").repeat(200));
            Thread.sleep(15);
        }
        readers.shutdown();
        for (Future<List<String>> result : results) {
            for (String response : result.get()) {
                assertThat(status(response)).isEqualTo(200);
                String body = response.substring(response.indexOf("\r\n\r\n") + 4).strip();
                assertThat(body).startsWithIgnoringCase("<!DOCTYPE html>").endsWith("</html>");
                org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(body);
                String title = page.selectFirst("h1").text();
                assertThat(title).matches("Pechino( versione \\d+)?");
                String version = title.replaceAll("\\D", "");
                long paragraphs = page.select(".article-body p").size();
                assertThat(paragraphs).isEqualTo(1);
                if (!version.isEmpty()) {
                    assertThat(page.selectFirst(".article-body p").text()).startsWith("Paragrafo della versione " + version + ".");
                }
            }
        }
    }
}
