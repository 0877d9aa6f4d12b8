package dev.broadsheet.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages, driven by its chromedriver. Never downloads a browser
 * or driver. Outside CI a machine without them skips browser tests; in CI (where .ci/run installs
 * both) a missing browser fails them.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    public static ChromeDriver start(Path profile) {
        return start(profile, java.util.List.of(), false);
    }

    /**
     * A browser with {@code arguments} besides the usual ones; with {@code networkLog}, every
     * request it makes can be read from the {@code performance} log.
     */
    public static ChromeDriver start(Path profile, java.util.List<String> arguments, boolean networkLog) {
        // Selenium warns that it has no DevTools bindings for this Chromium: these tests do not use them.
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--allow-file-access-from-files", "--user-data-dir=" + profile.toAbsolutePath());
        options.addArguments(arguments);
        // The driver's own certificate policy wins over the flag unless it is told the same.
        options.setAcceptInsecureCerts(arguments.contains("--ignore-certificate-errors"));
        if (networkLog) {
            org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
            logs.enable(org.openqa.selenium.logging.LogType.PERFORMANCE, java.util.logging.Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }
}
