package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser harness: a demo hub (as {@code ./run-hub} starts it) and Debian's headless Chromium driven by Selenium
 * WebDriver through Debian's chromedriver, nothing downloaded. A test signs in as a demo user through the real login
 * form, and {@link #check} every page it visits: an axe accessibility check against WCAG 2.2 AA (any violation fails
 * the test, naming the rule and the elements) and, with {@code -Dehc.screenshots.write=true}, a screenshot into
 * {@code docs/screenshots/} for the README. One hub and one browser per test class.
 */
abstract class BrowserHarness {

    /** axe-core's tags for WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final Path SCREENSHOTS = Path.of(System.getProperty("user.dir")).resolve("../docs/screenshots")
            .normalize();

    protected static DemoSignIn hub;
    protected static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void startHubAndBrowser() throws Exception {
        hub = new DemoSignIn(Files.createTempDirectory("ehc-browser"));
        profile = Files.createTempDirectory("ehc-chromium");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowserAndHub() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (hub != null) {
            hub.close();
        }
    }

    /** Opens a page of the hub. */
    protected static void visit(String path) {
        browser.get(hub.baseUrl() + path);
    }

    /**
     * Signs in from wherever the browser is sent for {@code page}: the demo provider's login form (checked too, and
     * shot as {@code sign-in}), filled in as a person would.
     */
    protected static void signIn(String page, String user) {
        visit(page);
        assertThat(browser.getCurrentUrl()).as("sent to the provider's login form").contains("/demo-idp/login");
        check("sign-in");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(hub.password(user));
        browser.findElement(By.id("sign-in")).click();
        arrivedAwayFrom("/demo-idp/login");
    }

    /** Signs out with the account page's button (a form POST with its CSRF token), as a person would. */
    protected static void signOut() {
        visit("/dashboard/account");
        browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches("/signed-out$"));
        browser.manage().deleteAllCookies();
    }

    /** A form's submission has finished once the browser shows another page: WebDriver's click does not wait. */
    private static void arrivedAwayFrom(String path) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> !driver.getCurrentUrl().contains(path) && "complete".equals(
                        ((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /**
     * The accessibility check of the page the browser shows, and its screenshot when asked for ({@code null}: a page
     * checked but not shot).
     */
    protected static void check(String screenshotName) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser);
        assertThat(results.getViolations()).as("WCAG 2.2 AA violations on " + browser.getCurrentUrl() + ":\n"
                + describe(results.getViolations())).isEmpty();
        if (screenshotName != null && Boolean.getBoolean("ehc.screenshots.write")) {
            screenshot(screenshotName);
        }
    }

    /**
     * Another screenshot of the page just {@link #check checked}, scrolled to the element with this id (a long page's
     * lower part: its due list, a chart), when screenshots are asked for.
     */
    protected static void screenshotAt(String screenshotName, String elementId) {
        if (Boolean.getBoolean("ehc.screenshots.write")) {
            ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()",
                    elementId);
            screenshot(screenshotName);
            ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        }
    }

    private static void screenshot(String name) {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
