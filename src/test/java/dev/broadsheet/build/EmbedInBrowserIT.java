package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.broadsheet.testing.Browser;
import dev.broadsheet.testing.FixtureSite;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An embed in a real browser, the site served on loopback and YouTube's frame host faked by a
 * local HTTPS server that the browser is told {@code www.youtube-nocookie.com} resolves to: until
 * the button is pressed, Chromium's network log shows no request outside the site; pressing it
 * loads the provider's frame.
 */
class EmbedInBrowserIT {

    @TempDir
    Path dir;
    private HttpServer site;
    private HttpsServer provider;
    private ChromeDriver browser;
    private final List<String> providerRequests = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.stop(0);
        }
        if (provider != null) {
            provider.stop(0);
        }
    }

    @Test
    void nothingLeavesThePageUntilTheReaderPressesTheButton() throws Exception {
        FixtureSite fixture = FixtureSite.italian(dir, 10).article("2025-09-03-video", "title: Il discorso", """
                Il discorso di Putin:

                ```embed
                https://www.youtube.com/watch?v=aqz-KE-bpKQ
                title: Il discorso a Diaoyutai
                ```
                """);
        fixture.build();
        String siteRoot = serve(fixture.output());
        int providerPort = fakeProvider();
        browser = Browser.start(dir.resolve("profile"), List.of("--ignore-certificate-errors",
                "--host-resolver-rules=MAP www.youtube-nocookie.com 127.0.0.1:" + providerPort + ", MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"), true);

        browser.get(siteRoot + "2025/09/video/index.html");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("button.embed-load")).isEmpty());
        Thread.sleep(500);
        List<String> onOpening = requests();
        assertThat(onOpening).isNotEmpty().allMatch(url -> url.startsWith(siteRoot) || url.startsWith("data:"));
        assertThat(providerRequests).isEmpty();
        assertThat(browser.findElement(By.cssSelector("a.embed-link")).getAttribute("href")).isEqualTo("https://www.youtube.com/watch?v=aqz-KE-bpKQ");

        browser.findElement(By.cssSelector("button.embed-load")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !providerRequests.isEmpty());

        assertThat(requests()).contains("https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1");
        assertThat(providerRequests).first().isEqualTo("www.youtube-nocookie.com /embed/aqz-KE-bpKQ");
        browser.switchTo().frame(browser.findElement(By.cssSelector("figure.embed iframe")));
        assertThat(new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("fake-player"))).getText())
                .isEqualTo("the provider's player");
    }

    /** The URL of every request the browser made since last asked. */
    private List<String> requests() throws IOException {
        List<String> urls = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).get("message");
            String url = message.at("/params/request/url").asText();
            // The browser's own pages (chrome://) are not the site's: only what could reach a server counts.
            if (message.get("method").asText().equals("Network.requestWillBeSent") && !url.startsWith("chrome")) {
                urls.add(url);
            }
        }
        return urls;
    }

    private String serve(Path root) throws IOException {
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            boolean found = file.startsWith(root) && Files.isRegularFile(file);
            byte[] body = found ? Files.readAllBytes(file) : new byte[0];
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".css") ? "text/css" : name.endsWith(".js") ? "text/javascript" : "application/octet-stream");
            exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        site.start();
        return "http://127.0.0.1:" + site.getAddress().getPort() + "/";
    }

    /** An HTTPS server with a certificate made by keytool, answering every path with a stand-in player. */
    private int fakeProvider() throws Exception {
        Path keystore = dir.resolve("provider.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit",
                "-alias", "provider", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=www.youtube-nocookie.com", "-ext", "SAN=dns:www.youtube-nocookie.com").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor()).as(output).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        provider = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.setHttpsConfigurator(new HttpsConfigurator(tls));
        // A thread per connection: the browser opens connections it does not use at once, which would hold a single thread.
        provider.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        provider.createContext("/", exchange -> {
            providerRequests.add(exchange.getRequestHeaders().getFirst("Host").replaceFirst(":\\d+$", "") + " "
                    + exchange.getRequestURI().getPath());
            byte[] body = "<!DOCTYPE html><title>player</title><p id=\"fake-player\">the provider's player</p>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        provider.start();
        return provider.getAddress().getPort();
    }
}
