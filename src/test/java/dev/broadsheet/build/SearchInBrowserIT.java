package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.broadsheet.testing.Browser;
import dev.broadsheet.testing.FixtureSite;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader types in the search box of the built site, opened from disk and served over HTTP. */
class SearchInBrowserIT {

    @TempDir
    Path temp;
    FixtureSite site;
    ChromeDriver browser;

    @BeforeEach
    void buildAndOpen() {
        site = FixtureSite.italian(temp, 10)
                .article("2025-09-03-pechino", "title: Vertice a Pechino\ntags: [Cina, Russia]", "Un incontro nella capitale cinese.\n")
                .article("2025-09-10-milano", "title: Cronaca da Milano\ntags: [Italia]",
                        "La città di Milano ha ospitato il vertice dei sindaci. La città era in festa.\n")
                .article("2025-09-12-citta", "title: La Città eterna\ntags: [Roma]", "Roma e i suoi quartieri.\n");
        browser = Browser.start(temp.resolve("profile"));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private List<WebElement> searchFor(String query) {
        WebElement box = browser.findElement(By.id("site-search-query"));
        box.sendKeys(query);
        box.submit();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> !driver.findElements(By.cssSelector("#search-results li")).isEmpty());
        return browser.findElements(By.cssSelector("#search-results li"));
    }

    @Test
    void searchWorksOpenedFromDisk() {
        site.build();
        browser.get(site.output().resolve("index.html").toUri().toString());
        List<WebElement> results = searchFor("citta");
        assertThat(results.get(0).findElement(By.cssSelector("h2")).getText()).isEqualTo("La Città eterna");
        assertThat(results).extracting(r -> r.findElement(By.cssSelector("h2")).getText())
                .containsExactly("La Città eterna", "Cronaca da Milano");
        assertThat(results.get(1).findElements(By.cssSelector(".search-excerpt mark"))).extracting(WebElement::getText).contains("città");
        results.get(0).findElement(By.cssSelector("h2 a")).click();
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("La Città eterna");
    }

    @Test
    void searchWorksServedOverHttpUnderASubPath() throws Exception {
        new Build().run(site.options().withBaseUrl("http://127.0.0.1/my-blog/"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Path root = site.output();
        server.createContext("/my-blog/", exchange -> {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring("/my-blog/".length())).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            byte[] body = file.startsWith(root) && Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            String type = file.toString().endsWith(".js") ? "text/javascript" : file.toString().endsWith(".css") ? "text/css" : "text/html; charset=utf-8";
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            browser.get("http://127.0.0.1:" + server.getAddress().getPort() + "/my-blog/2025/09/pechino/");
            List<WebElement> results = searchFor("pechino");
            assertThat(results.get(0).findElement(By.cssSelector("h2")).getText()).isEqualTo("Vertice a Pechino");
            results.get(0).findElement(By.cssSelector("h2 a")).click();
            assertThat(browser.getCurrentUrl()).endsWith("/my-blog/2025/09/pechino/");
        } finally {
            server.stop(0);
        }
    }
}
