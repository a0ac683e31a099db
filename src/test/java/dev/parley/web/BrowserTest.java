package dev.parley.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.testing.ServeFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromium-driver, paths given, so Selenium Manager
 * downloads nothing): what a reader sees and can do, and that a hostile mail's script never runs. SKIPPED where the
 * browser is missing, except in CI, whose {@code .ci/run} installs it.
 */
class BrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";
    private static final ServeFixture f = ServeFixture.shared();
    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws IOException {
        for (String p : List.of(CHROMIUM, DRIVER)) {
            if (Files.isExecutable(Path.of(p))) continue;
            String why = p + " is missing (Debian: apt-get install chromium chromium-driver)";
            if (System.getenv("CI") != null) throw new AssertionError(why + "; .ci/run should have installed it");
            Assumptions.abort(why);
        }
        profile = Files.createTempDirectory("parley-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.quit();
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void aReaderSearchesAndOpensAMessage() {
        open("/all/");
        WebElement box = browser.findElement(By.cssSelector("form.search input[name=q]"));
        box.sendKeys("s:wavefs nak", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("q="));
        List<WebElement> threads = browser.findElements(By.cssSelector("ol.threads > li"));
        assertEquals(1, threads.size());
        WebElement thread = threads.get(0);
        assertEquals("[PATCH] staging: wavefs: delete the filesystem from the tree.", thread.findElement(By.cssSelector("a.subject")).getText());
        assertTrue(thread.findElement(By.cssSelector(".meta")).getText().contains("17 messages"));
        assertFalse(thread.findElements(By.cssSelector(".snippet mark")).isEmpty(), "matched words are marked");
        thread.findElement(By.cssSelector(".hit a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("pre.body")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector("article h1")).getText().contains("wavefs"));
        assertTrue(browser.findElement(By.cssSelector("ol.tree li.current")).isDisplayed(), "its place in the thread");
        assertPolicyKept();
    }

    @Test
    void theThreadTreeHasEveryMessage() {
        open("/all/" + ServeFixture.WAVEFS_ROOT + "/t/");
        List<WebElement> lines = browser.findElements(By.cssSelector("ol.tree > li"));
        assertEquals(17, lines.size());
        assertEquals(1, browser.findElements(By.cssSelector("ol.tree > li.current")).size());
        assertFalse(browser.findElements(By.cssSelector("ol.tree > li.d-2")).isEmpty(), "replies to replies are indented");
        String indented = browser.findElement(By.cssSelector("ol.tree > li.d-2")).getCssValue("padding-left");
        assertEquals("38.4px", indented, "the style sheet applies under the policy"); // 2 x 1.2rem at 16px
    }

    @Test
    void theDebatePageShowsStancesGraphAndTone() {
        open("/all/" + ServeFixture.WAVEFS_ROOT + "/debate/");
        assertEquals("for", row("Grant Kessler").findElement(By.cssSelector("td.stance")).getText());
        assertEquals("against", row("Neil Bramble").findElement(By.cssSelector("td.stance")).getText());
        assertEquals("against", row("Anders Dahlgren").findElement(By.cssSelector("td.stance")).getText());
        assertTrue(row("Neil Bramble").findElement(By.cssSelector("td.confidence")).getText().matches("\\d\\.\\d\\d"));
        assertEquals("robot", row("kbuild test robot").findElement(By.cssSelector("td.stance")).getText());
        List<WebElement> forCircles = browser.findElements(By.cssSelector("svg.reply-graph g.nodes circle.person.for"));
        List<WebElement> against = browser.findElements(By.cssSelector("svg.reply-graph g.nodes circle.person.against"));
        assertEquals(3, forCircles.size(), "Grant, Helena, Tobias wrote and are for");
        assertEquals(2, against.size());
        assertEquals("rgb(46, 125, 50)", forCircles.get(0).getCssValue("fill"), "coloured by stance");
        assertEquals("rgb(198, 40, 40)", against.get(0).getCssValue("fill"));
        assertFalse(browser.findElements(By.cssSelector("svg.reply-graph path.reply.disagree")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("svg.reply-graph path.reply.agree")).isEmpty());
        List<String> bars = new ArrayList<>();
        for (WebElement day : browser.findElements(By.cssSelector("svg.tone-chart rect.day"))) {
            bars.add(day.getAttribute("class").replace("day tone-", ""));
        }
        List<String> days = new ArrayList<>();
        for (JsonNode day : json("/all/" + ServeFixture.WAVEFS_ROOT + "/debate.json").path("tone").path("days")) {
            days.add(day.path("label").asText());
        }
        // the sample's sharpest words ("This is absurd.", "stop wasting everyone's time") are civil disagreement
        assertEquals(List.of("neutral", "neutral", "neutral", "neutral"), days, "the sample's four days");
        assertEquals(days, bars, "a bar a day, coloured by its tone");
        WebElement evidence = row("Neil Bramble").findElement(By.cssSelector("ul.evidence a"));
        String href = evidence.getAttribute("href");
        evidence.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().equals(href));
        assertTrue(browser.findElement(By.cssSelector("pre.body")).getText().contains("Nacked-by: Neil Bramble"));
        open("/all/" + ServeFixture.WAVEFS_ROOT + "/debate/");
        assertEquals(f.base + "/all/" + ServeFixture.WAVEFS_ROOT + "/debate.json",
                browser.findElement(By.cssSelector("footer a[type='application/json']")).getAttribute("href"));
        assertPolicyKept();
    }

    @Test
    void aQuotesButtonCopiesTheAttributionLine() {
        browser.setPermission("clipboard-read", "granted");
        browser.setPermission("clipboard-write", "granted");
        open("/all/" + ServeFixture.WAVEFS_ROOT + "/quotes/?from=grant");
        WebElement first = browser.findElement(By.cssSelector("ol.quote-list > li"));
        String line = first.findElement(By.cssSelector(".attribution .line")).getText();
        assertTrue(line.startsWith("As Grant Kessler put it in the thread on 2018-0"), line);
        WebElement button = first.findElement(By.cssSelector("button.copy"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> button.getText().equals("copied"));
        Object clipboard = ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done('error: ' + e));");
        assertEquals(line, clipboard);
        assertPolicyKept();
    }

    @Test
    void aHostileMailsScriptNeverRuns() {
        for (String path : List.of("/all/" + ServeFixture.HOSTILE_ROOT + "/", "/all/" + ServeFixture.HOSTILE_HTML + "/",
                "/all/" + ServeFixture.HOSTILE_ROOT + "/T/", "/all/?q=f%3Amallory", "/hostile/",
                "/all/" + ServeFixture.HOSTILE_ROOT + "/debate/", "/all/" + ServeFixture.HOSTILE_ROOT + "/quotes/")) {
            open(path);
            assertEquals("undefined", ((JavascriptExecutor) browser).executeScript("return typeof window." + ServeFixture.PWNED), path);
            assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), path);
            assertTrue(browser.findElements(By.tagName("iframe")).isEmpty(), path);
        }
        open("/all/" + ServeFixture.HOSTILE_ROOT + "/");
        assertTrue(browser.findElement(By.cssSelector("article h1")).getText()
                .startsWith("<script>window." + ServeFixture.PWNED + "=1</script>"), "the reader sees the tag as text");
        assertTrue(browser.findElement(By.cssSelector("pre.body")).isDisplayed(), "its CSS did not hide the page");
        assertPolicyKept();
    }

    private static JsonNode json(String path) {
        try {
            return new ObjectMapper().readTree(f.page(path));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private WebElement row(String name) {
        for (WebElement tr : browser.findElements(By.cssSelector("table.stances tbody tr"))) {
            if (tr.findElement(By.cssSelector("td.participant")).getText().startsWith(name)) return tr;
        }
        throw new AssertionError("no row for " + name);
    }

    private static void open(String path) {
        browser.get(f.base + path);
    }

    /** Nothing of the page's own was refused by the Content-Security-Policy, and nothing failed to load. */
    private static void assertPolicyKept() {
        List<String> problems = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) problems.add(e.getMessage());
        }
        assertEquals(List.of(), problems);
    }
}
