package dev.broadsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testing.FixtureSite;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writing loop: edit, rebuild, reload; break, see the problems, fix. */
class ServeIT {

    @TempDir
    Path temp;
    FixtureSite site;
    Serve serve;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        site = FixtureSite.italian(temp, 10)
                .article("2025-09-03-pechino", "title: Vertice a Pechino\ntags: [Cina]", "Primo testo.\n")
                .article("2025-09-20-bozza", "title: Bozza in lavorazione\ndraft: true", "Bozza.\n");
        serve = Serve.start(new Serve.Options(site.root(), "127.0.0.1", 0, true, false, FixtureSite.CLOCK, Duration.ofMillis(50)),
                new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @AfterEach
    void stop() {
        serve.close();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(serve.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Reads the event stream in the background; each "event:" line lands in the queue. */
    BlockingQueue<String> listen() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(serve.url() + "__broadsheet/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("event:")) {
                        events.add(line);
                    }
                }
            } catch (IOException e) {
                // the server stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        for (int i = 0; i < 100 && serve.liveReloadListeners() == 0; i++) {
            Thread.sleep(20);
        }
        return events;
    }

    @Test
    void servesPagesWithTheLiveReloadScriptAndDrafts() throws Exception {
        HttpResponse<String> home = get("");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        Document page = Jsoup.parse(home.body());
        assertThat(page.select("script[src=/__broadsheet/live.js]")).hasSize(1);
        assertThat(page.select(".teaser-title").eachText()).contains("Bozza in lavorazione", "Vertice a Pechino");
        assertThat(get("__broadsheet/live.js").body()).contains("EventSource");
        assertThat(get("2025/09/pechino/").statusCode()).isEqualTo(200);
    }

    @Test
    void savingAnArticleRebuildsAndSendsOneReload() throws Exception {
        BlockingQueue<String> events = listen();
        site.article("2025-09-03-pechino", "title: Vertice a Pechino, aggiornato\ntags: [Cina]", "Secondo testo.\n");
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("event: reload");
        assertThat(Jsoup.parse(get("2025/09/pechino/").body()).selectFirst("h1").text()).isEqualTo("Vertice a Pechino, aggiornato");
        assertThat(events.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void savingAnArticleRewritesOnlyThePagesThatShowIt() throws Exception {
        BlockingQueue<String> events = listen();
        site.article("2025-09-03-pechino", "title: Vertice a Pechino\ntags: [Cina]", "Terzo testo, più lungo del primo.\n");
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("event: reload");
        assertThat(get("2025/09/pechino/").body()).contains("Terzo testo, più lungo del primo.");
        assertThat(get("tags/cina/feed.xml").body()).contains("Terzo testo, più lungo del primo.");
        for (int i = 0; i < 100 && !out.toString().contains("Rebuilt"); i++) {
            Thread.sleep(20);
        }
        assertThat(out.toString()).containsPattern("Rebuilt \\d+ of \\d+ files in \\d+ ms");
    }

    @Test
    void aDeletedArticleIsNoLongerServed() throws Exception {
        site.article("2025-09-10-breve", "title: Notizia breve", "Breve.\n");
        BlockingQueue<String> events = listen();
        for (int i = 0; i < 250 && get("2025/09/breve/").statusCode() != 200; i++) {
            Thread.sleep(20);
        }
        assertThat(get("2025/09/breve/").statusCode()).isEqualTo(200);
        events.clear();
        Files.delete(site.root().resolve("content/articles/2025-09-10-breve.md"));
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("event: reload");
        assertThat(get("2025/09/breve/").statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(get("").body()).select(".teaser-title").eachText()).doesNotContain("Notizia breve");
    }

    @Test
    void aFolderMovedInWithArticlesIsWatchedAndItsArticlesServed() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside/2024"));
        Files.writeString(outside.resolve("2024-05-01-primavera.md"), "---\ntitle: Primavera\n---\nFiori.\n");
        BlockingQueue<String> events = listen();
        Files.move(outside, site.root().resolve("content/articles/2024"));
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("event: reload");
        assertThat(get("2024/05/primavera/").statusCode()).isEqualTo(200);

        // The new folder itself is watched: a later save in it arrives too.
        events.clear();
        Files.writeString(site.root().resolve("content/articles/2024/2024-05-01-primavera.md"), "---\ntitle: Primavera tardiva\n---\nFiori.\n");
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("event: reload");
        assertThat(Jsoup.parse(get("2024/05/primavera/").body()).selectFirst("h1").text()).isEqualTo("Primavera tardiva");
    }

    @Test
    void anEditedStaticFileIsServedAsItIsNow() throws Exception {
        Path css = site.root().resolve("content/static/extra.css");
        Files.createDirectories(css.getParent());
        Files.writeString(css, "body { color: red; }\n");
        BlockingQueue<String> events = listen();
        for (int i = 0; i < 250 && get("extra.css").statusCode() != 200; i++) {
            Thread.sleep(20);
        }
        assertThat(get("extra.css").body()).contains("red");
        events.clear();
        Files.writeString(css, "body { color: navy; }\n");
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("event: reload");
        assertThat(get("extra.css").body()).contains("navy").doesNotContain("red");
    }

    @Test
    void aBrokenArticleShowsItsProblemsOverTheLastGoodSiteUntilFixed() throws Exception {
        BlockingQueue<String> events = listen();
        Path file = site.root().resolve("content/articles/2025-09-03-pechino.md");
        String good = Files.readString(file);
        Files.writeString(file, "---\ntitle: [rotto\n---\nTesto.\n");
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("event: reload");
        Document broken = Jsoup.parse(get("2025/09/pechino/").body());
        assertThat(broken.selectFirst("h1").text()).isEqualTo("Vertice a Pechino");
        assertThat(broken.selectFirst("#broadsheet-problems").text()).contains("content/articles/2025-09-03-pechino.md:");
        assertThat(Jsoup.parse(get("").body()).select("#broadsheet-problems")).hasSize(1);
        assertThat(err.toString()).contains("error: content/articles/2025-09-03-pechino.md:");

        Files.writeString(file, good);
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("event: reload");
        assertThat(Jsoup.parse(get("2025/09/pechino/").body()).select("#broadsheet-problems")).isEmpty();
    }

    @Test
    void theBuiltSiteFolderNeverGetsTheLiveReloadScript() throws Exception {
        site.build();
        for (Path page : dev.broadsheet.testing.SiteFiles.files(site.output(), ".html")) {
            assertThat(Files.readString(page)).doesNotContain("__broadsheet");
        }
        assertThat(site.root().resolve("target")).doesNotExist();
    }

    @Test
    void missingPagesGetTheSites404WithStatus404() throws Exception {
        HttpResponse<String> missing = get("2031/01/missing/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.body()).selectFirst("h1").text()).isEqualTo("Pagina non trovata");
    }

    @Test
    void contentTypesFollowTheExtension() throws Exception {
        assertThat(get("css/site.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(get("feed.xml").headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
        assertThat(get("favicon.svg").headers().firstValue("Content-Type")).hasValue("image/svg+xml");
    }
}
