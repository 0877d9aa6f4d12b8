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
                .article("2025-09-12-citta", "title: La Città eterna\ntags: [Roma]", "Roma e i suoi quartieri.\n")
                .article("2025-09-14-governo", "title: Il bilancio approvato\ntags: [Politica]", "Il governo ha approvato il bilancio.\n");
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

    private List<String> titles() {
        return browser.findElements(By.cssSelector("#search-results li h2")).stream().map(WebElement::getText).toList();
    }

    @Test
    void anotherFormOfAWordFindsIt() {
        site.build();
        browser.get(site.output().resolve("index.html").toUri().toString());
        List<WebElement> results = searchFor("governi bilanci");
        assertThat(titles()).containsExactly("Il bilancio approvato");
        assertThat(results.get(0).findElements(By.cssSelector(".search-excerpt mark"))).extracting(WebElement::getText)
                .containsExactly("governo", "bilancio");
        assertThat(results.get(0).findElements(By.cssSelector("h2 mark"))).extracting(WebElement::getText).containsExactly("bilancio");
    }

    @Test
    void resultsFollowTheWordBeingTyped() {
        site.build();
        browser.get(site.output().resolve("search/index.html").toUri().toString());
        WebElement box = browser.findElement(By.id("search-query"));
        box.sendKeys("pech");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> titles().contains("Vertice a Pechino"));
        assertThat(titles()).containsExactly("Vertice a Pechino");
        box.sendKeys(" ");
        box.sendKeys("ross");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> browser.findElement(By.id("search-status")).getText().startsWith("Nessun"));
        assertThat(titles()).isEmpty();
    }

    @Test
    void tenResultsAtATimeEachLoadingOnlyItsShards() {
        for (int i = 1; i <= 23; i++) {
            site.article("2025-08-%02d-cronaca-%d".formatted(i, i), "title: Cronaca numero " + i, "Una cronaca della giornata.\n");
        }
        site.build();
        browser.get(site.output().resolve("search/index.html").toUri().toString() + "?q=cronaca");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> titles().size() == 10);
        assertThat(browser.findElement(By.id("search-status")).getText()).isEqualTo("24 articoli trovati");
        // In the title and the text first, newer first on equal scores; "Cronaca da Milano" has it in its title only.
        assertThat(titles()).containsExactly("Cronaca numero 23", "Cronaca numero 22", "Cronaca numero 21", "Cronaca numero 20",
                "Cronaca numero 19", "Cronaca numero 18", "Cronaca numero 17", "Cronaca numero 16", "Cronaca numero 15", "Cronaca numero 14");
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll('script[src]')).map(s => s.getAttribute('src'));");
        assertThat(loaded.stream().filter(src -> src.contains("/excerpts/"))).as("the excerpts of the ten results shown, no more").hasSize(10);
        assertThat(loaded.stream().filter(src -> src.contains("/terms/"))).as("one word, one term shard").hasSize(1);
        browser.findElement(By.id("search-more")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> titles().size() == 20);
        assertThat(browser.findElements(By.cssSelector("#search-results li h2 a"))).extracting(a -> a.getAttribute("href"))
                .doesNotHaveDuplicates();
        browser.findElement(By.id("search-more")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> titles().size() == 24);
        assertThat(titles().get(23)).isEqualTo("Cronaca da Milano");
        assertThat(browser.findElement(By.id("search-more")).isDisplayed()).isFalse();
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
