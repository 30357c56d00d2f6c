package org.bilet.it.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.bilet.it.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver: nothing is downloaded. Each test
 * gets its own browser, so cookies and sessions never leak between tests, except the signed-in
 * browser a class keeps for its tests ({@link ScreenTestCase#atDesk}, {@link ScreenTestCase#inPortal}),
 * which each test takes on the start page where a new sign-in would leave it.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("bilet.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("bilet.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final URL base;
    private final WebDriverWait wait;
    private boolean kept;

    private Browser(URL base, String acceptLanguage) {
        this.base = base;
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=" + acceptLanguage);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        this.driver = new ChromeDriver(service, options);
        // Looked at every 100 ms rather than Selenium's 500: most waits are for one Ajax request of a few dozen
        // milliseconds, and each of them used to cost half a second.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(100)) {
            @Override
            protected RuntimeException timeoutException(String message, Throwable lastException) {
                // What the page showed when the wait gave up is the first thing to look at.
                var shot = screenshot("timeout-" + System.currentTimeMillis());
                return super.timeoutException(message + " (page " + driver.getCurrentUrl() + ", screenshot " + shot + ")",
                        lastException);
            }
        };
    }

    public static boolean isInstalled() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    public static Browser at(URL base) {
        return new Browser(base, "en-GB,en");
    }

    /** A browser whose Accept-Language asks for the given languages first. */
    public static Browser speaking(URL base, String acceptLanguage) {
        return new Browser(base, acceptLanguage);
    }

    public Browser open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
        settle();
        return this;
    }

    /** Signs in through the form as a demo user and waits for the start page. */
    public Browser signIn(String username) {
        return signIn(username, Api.DEMO_PASSWORD);
    }

    public Browser signIn(String username, String password) {
        if (!driver.getCurrentUrl().contains("/login.xhtml")) {
            open("/login.xhtml");
        }
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        click(By.id("login:signIn"));
        return this;
    }

    public Browser type(By field, String text) {
        var element = wait.until(ExpectedConditions.elementToBeClickable(field));
        element.clear();
        element.sendKeys(text);
        return this;
    }

    public Browser click(By target) {
        var element = wait.until(ExpectedConditions.elementToBeClickable(target));
        try {
            element.click();
        } catch (ElementClickInterceptedException covered) {
            // A message in the corner lies over it, as it can for a person, who closes the message first.
            closeGrowlMessages();
            element.click();
        }
        settle();
        return this;
    }

    private void closeGrowlMessages() {
        for (var close : driver.findElements(By.cssSelector(".ui-growl-item-container .ui-growl-icon-close"))) {
            driver.executeScript("arguments[0].click();", close);
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-growl-item-container")));
    }

    public WebElement find(By target) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(target));
    }

    public List<WebElement> all(By target) {
        return driver.findElements(target);
    }

    public String text(By target) {
        return find(target).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        var url = driver.getCurrentUrl();
        return url.substring(base.toString().replaceAll("/$", "").length());
    }

    public Browser waitForText(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
        return this;
    }

    public Browser waitForText(By element, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(element, text));
        return this;
    }

    public Browser waitForClass(By element, String cssClass) {
        wait.until(ExpectedConditions.attributeContains(element, "class", cssClass));
        return this;
    }

    public Browser waitForPath(String pathPrefix) {
        wait.until(d -> path().startsWith(pathPrefix));
        settle();
        return this;
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Waits until the page has loaded and no PrimeFaces Ajax request is under way. */
    public Browser settle() {
        wait.until(d -> Boolean.TRUE.equals(script(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty()) && (!window.jQuery || jQuery.active === 0);")));
        return this;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Saves a screenshot of the window under target/screenshots, for people to look at. */
    public Path screenshot(String name) {
        try {
            var directory = Path.of(System.getProperty("bilet.screenshots", "target/screenshots"));
            Files.createDirectories(directory);
            var file = directory.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails on any error the page's scripts reported to the console. */
    public void assertNoJavaScriptErrors() {
        var errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                // A page the test opened on purpose to see a refusal logs the refused status.
                .filter(message -> !message.contains("the server responded with a status of 403")
                        && !message.contains("the server responded with a status of 404"))
                .toList();
        assertThat(errors).as("JavaScript errors in the browser console").isEmpty();
    }

    /** From now on {@link #close()} checks the console as at the end of any test, but leaves the browser open for the next. */
    Browser keep() {
        kept = true;
        return this;
    }

    /** Ends a kept browser. */
    void quit() {
        driver.quit();
    }

    @Override
    public void close() {
        try {
            assertNoJavaScriptErrors();
        } finally {
            if (!kept) {
                driver.quit();
            }
        }
    }
}
