package uk.send.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven by its own ChromeDriver (set explicitly, so Selenium Manager never
 * tries to download one). Where Chromium is not installed the browser tests do not pass silently: they
 * are skipped with a message on the console, and fail when {@code SEND_BROWSER_TESTS=required} (as in CI).
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("SEND_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("SEND_CHROMEDRIVER", "/usr/bin/chromedriver"));

    /** The narrowest phone the service is designed for. */
    static final int PHONE_WIDTH = 375;

    private Browser() {
    }

    static ChromeDriver start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String message = "BROWSER TESTS NOT RUN: no " + CHROMIUM + " or " + DRIVER
                    + ". Install them with `apt-get install -y chromium chromium-driver`.";
            System.err.println("\n*** " + message + " ***\n");
            if ("required".equalsIgnoreCase(System.getenv("SEND_BROWSER_TESTS"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 900));
        return driver;
    }
}
