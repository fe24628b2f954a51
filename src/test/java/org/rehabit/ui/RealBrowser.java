package org.rehabit.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rehabit.NoonClock;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A test in headless Chromium (Debian's chromium and chromium-driver) against the running application. Outside CI
 * it is skipped when Chromium is not installed; in CI ({@code CI=true}) a missing browser fails it. Tests make the
 * accounts they sign in with ({@link TestData}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestData.class, NoonClock.class})
abstract class RealBrowser {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path
            .of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    @LocalServerPort
    int port;
    WebDriver browser;
    WebDriverWait wait;

    /** A phone's screen, 360 by 740 CSS pixels (headless Chromium's window cannot be narrower than 500). */
    boolean phone() {
        return false;
    }

    @BeforeEach
    void openBrowser() throws Exception {
        var installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        assumeTrue(installed || "true".equals(System.getenv("CI")),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        var options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,800",
                "--user-data-dir=" + Files.createTempDirectory("rehabit-chromium"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        var chrome = new ChromeDriver(service, options);
        if (phone()) {
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
        }
        browser = chrome;
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    void signIn(String username, String password) {
        browser.get(url("login"));
        // typed before the form's web components are ready, the text can be lost and the form sends nothing
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!customElements.get('vaadin-login-form') && !!customElements.get('vaadin-password-field')")));
        var user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        var secret = browser.findElement(By.cssSelector("input[name=password]"));
        user.sendKeys(username);
        secret.sendKeys(password);
        wait.until(
                d -> username.equals(user.getDomProperty("value")) && password.equals(secret.getDomProperty("value")));
        browser.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
    }

    /** Signs in through the login form as an account {@link TestData} made. */
    void signIn(TestAccount account) {
        signIn(account.username(), TestData.PASSWORD);
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    void saveScreenshot(String name) throws Exception {
        var file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }
}
