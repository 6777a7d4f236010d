package neuralmath.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import neuralmath.testing.RequiredTool;
import neuralmath.testing.SystemTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The site as a reader uses it, in headless Chromium at 1280 px (a desktop) and at 390 and 375 px (phones): no page
 * scrolls sideways on a phone, code has room on a desktop, the search finds a chapter and links to its section, a
 * heading's anchor resolves, a copy button copies, the notebook link is a download of the notebook, the phone menu opens,
 * and body text and code keywords have a contrast of at least 4.5:1 in light and dark mode. Screenshots of the
 * index and one chapter at both widths and in dark mode go to target/site-screenshots. Without Chromium or
 * ChromeDriver each test is reported as skipped, saying so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteReaderBrowserTest {

    @RegisterExtension
    static final RequiredTool BROWSER = SystemTools.chromium();

    /** A guard against a page that never renders, not a measurement. */
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private static final int DESKTOP = 1280;
    private static final List<Integer> PHONES = List.of(390, 375);

    /** WCAG 2 contrast of the computed colour of {@code arguments[0]} on the background behind it. */
    private static final String CONTRAST_JS = """
            const lum = c => { const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(v => v / 255)
                .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
              return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
            const element = arguments[0];
            let back = element;
            while (back && getComputedStyle(back).backgroundColor.match(/rgba\\(.*, 0\\)|transparent/)) back = back.parentElement;
            const bg = back ? getComputedStyle(back).backgroundColor : 'rgb(255, 255, 255)';
            const [a, b] = [lum(getComputedStyle(element).color), lum(bg)].sort((x, y) => y - x);
            return (a + 0.05) / (b + 0.05);""";

    private ChromeDriver browser;
    private Path userDataDir;

    /** The course opened: the fixture course here, the built one in BuiltSiteReaderBrowserIT. */
    CourseSite.Exported course() throws IOException {
        return CourseFixtures.course();
    }

    /** A word to search for, and the page its best result must be on. */
    List<String> searchForAndFind() {
        return List.of("overshoots", "02-gradient.html");
    }

    /** The chapter whose screenshots are saved. */
    String chapterShown() {
        return "01-neuron.html";
    }

    Path screenshots() {
        return Path.of("target", "site-screenshots");
    }

    @BeforeAll
    void startChromium() throws IOException {
        course();
        userDataDir = Files.createTempDirectory("site-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(SystemTools.chromiumPath().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + userDataDir.toAbsolutePath(), "--window-size=1280,800");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(SystemTools.chromedriverPath().toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(TIMEOUT).pageLoadTimeout(TIMEOUT);
        Files.createDirectories(screenshots());
    }

    @AfterAll
    void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        for (Path dir : new Path[] {userDataDir}) {
            if (dir != null) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
                }
            }
        }
    }

    @Test
    void noPageScrollsSidewaysOnAPhone() throws IOException {
        List<String> wide = new ArrayList<>();
        for (int width : PHONES) {
            for (Path page : course().sitePages()) {
                open(page, width, false);
                List<?> found = (List<?>) browser.executeScript("""
                        const view = document.documentElement.clientWidth;
                        const scrolls = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
                          if (getComputedStyle(a).overflowX !== 'visible') return true; return false; };
                        let widest = null, right = 0;
                        document.querySelectorAll('body *').forEach(e => {
                          const r = e.getBoundingClientRect().right;
                          if (r > right && !scrolls(e)) { right = r; widest = e; } });
                        return [document.documentElement.scrollWidth, view, Math.round(right),
                          widest ? widest.tagName + '.' + widest.className : ''];""");
                System.out.printf("%d px %-34s page %s px wide, widest element outside a scroll box ends at %s px (%s)%n", width,
                        page.getFileName(), found.get(0), found.get(2), found.get(3));
                if (((Number) found.get(0)).intValue() > ((Number) found.get(1)).intValue()) {
                    wide.add(width + " px: " + page.getFileName() + " is " + found.get(0) + " px wide: " + found.get(3));
                }
            }
        }
        assertEquals(List.of(), wide);
    }

    @Test
    void codeHasRoomOnADesktop() throws IOException {
        int blocks = 0;
        int scrolling = 0;
        for (Path page : course().sitePages()) {
            open(page, DESKTOP, false);
            List<?> counts = (List<?>) browser.executeScript("""
                    const code = Array.from(document.querySelectorAll('pre.input'));
                    const scrolls = e => e.scrollWidth > e.clientWidth + 1;
                    return [code.length, code.filter(p => scrolls(p) || Array.from(p.children).some(scrolls)).length,
                      code.length ? Math.min(...code.map(p => p.clientWidth)) : 0];""");
            blocks += ((Number) counts.get(0)).intValue();
            scrolling += ((Number) counts.get(1)).intValue();
            if (((Number) counts.get(0)).intValue() > 0) {
                assertTrue(((Number) counts.get(2)).intValue() >= 900, page + ": code column only "
                        + counts.get(2) + " px wide at " + DESKTOP + " px");
            }
        }
        System.out.printf("%d of %d code blocks scroll sideways at %d px%n", scrolling, blocks, DESKTOP);
    }

    @Test
    void theSearchFindsTheChapterAndLinksToItsSection() throws IOException {
        for (int width : List.of(DESKTOP, PHONES.get(0))) {
            open(course().root().resolve("site/index.html"), width, false);
            WebElement input = browser.findElement(By.id("search"));
            assertTrue(input.isDisplayed(), "no search box at " + width + " px");
            input.sendKeys(searchForAndFind().get(0));
            waitFor("return document.querySelectorAll('#search-results a').length > 0;");
            WebElement first = browser.findElement(By.cssSelector("#search-results a"));
            String href = first.getAttribute("href");
            assertTrue(href.contains(searchForAndFind().get(1) + "#"), width + " px: first result " + href);
            first.click();
            waitFor("return document.documentElement.getAttribute('data-rendered') === 'true';");
            String id = href.substring(href.indexOf('#') + 1);
            assertEquals(Boolean.TRUE, browser.executeScript(
                    "return document.getElementById(decodeURIComponent(arguments[0])) !== null;", id), href);
        }
    }

    @Test
    void aHeadingAnchorResolvesAndTheIndexNumbersChaptersOnce() throws IOException {
        Path chapter = course().root().resolve("site/" + chapterShown());
        for (int width : List.of(DESKTOP, PHONES.get(0))) {
            open(chapter, width, false);
            String id = (String) browser.executeScript("return document.querySelector('main h2[id]').id;");
            browser.get(chapter.toUri() + "#" + id);
            waitFor("return document.documentElement.getAttribute('data-rendered') === 'true';");
            assertEquals(id, browser.executeScript("return document.querySelector(':target').id;"));
            Number top = (Number) browser.executeScript(
                    "return document.getElementById(arguments[0]).getBoundingClientRect().top;", id);
            assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 800, "#" + id + " is at " + top + " px");
        }
        open(course().root().resolve("site/index.html"), DESKTOP, false);
        assertEquals("none", browser.executeScript(
                "return getComputedStyle(document.querySelector('ol.chapters > li')).listStyleType;"));
    }

    @Test
    void aCopyButtonCopiesTheCode() throws IOException {
        for (int width : List.of(DESKTOP, PHONES.get(0))) {
            open(course().root().resolve("site/" + chapterShown()), width, false);
            WebElement button = visibleCopyButton();
            button.click();
            waitFor("return document.querySelector('.code-box > button.copy[data-copied]') !== null;");
            // From file:// the fallback selects the code and asks the browser to copy it.
            assertEquals(codeBeside(button), browser.executeScript("return window.getSelection().toString();"));
        }
        // Over http the clipboard API copies: read the clipboard back.
        HttpServer server = serve(course().root());
        try {
            String origin = "http://127.0.0.1:" + server.getAddress().getPort();
            browser.get(origin + "/site/" + chapterShown());
            waitFor("return document.documentElement.getAttribute('data-rendered') === 'true';");
            browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin,
                    "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
            WebElement button = visibleCopyButton();
            button.click();
            waitFor("return document.querySelector('.code-box > button.copy[data-copied]') !== null;");
            assertEquals("copied", button.getAttribute("data-copied"));
            Object clipboard = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " navigator.clipboard.readText().then(done, error => done('cannot read: ' + error));");
            assertEquals(codeBeside(button), clipboard);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theNotebookLinkDownloadsTheNotebook() throws IOException {
        for (int width : List.of(DESKTOP, PHONES.get(0))) {
            open(course().root().resolve("site/" + chapterShown()), width, false);
            WebElement link = browser.findElement(By.cssSelector(".site-header a.notebook"));
            assertTrue(link.isDisplayed(), "no notebook link at " + width + " px");
            assertEquals(chapterShown().replace(".html", ".ipynb"), link.getAttribute("download"));
        }
        // Over http Chromium honours the download attribute; from file:// (no origin) it does not, and the page saves
        // the notebook's text from its script instead: both must give the notebook, byte for byte.
        HttpServer server = serve(course().root());
        try {
            assertTheNotebookLinkSavesTheNotebook(
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/site/" + chapterShown());
        } finally {
            server.stop(0);
        }
        assertTheNotebookLinkSavesTheNotebook(
                course().root().resolve("site/" + chapterShown()).toAbsolutePath().normalize().toUri().toString());
    }

    private void assertTheNotebookLinkSavesTheNotebook(String url) throws IOException {
        String name = chapterShown().replace(".html", ".ipynb");
        Path downloads = Files.createTempDirectory("site-downloads-");
        try {
            browser.get(url);
            waitFor("return document.documentElement.getAttribute('data-rendered') === 'true';");
            browser.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
            browser.findElement(By.cssSelector(".site-header a.notebook")).click();
            Path downloaded = downloads.resolve(name);
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (!Files.isRegularFile(downloaded) && Instant.now().isBefore(deadline)) {
                pause();
            }
            assertTrue(Files.isRegularFile(downloaded), "no download of " + name + " from " + url);
            assertEquals(url, browser.getCurrentUrl(), "the link opened the notebook's JSON instead: " + url);
            assertEquals(Files.readString(course().root().resolve("notebooks/" + name)), Files.readString(downloaded),
                    url);
        } finally {
            try (Stream<Path> walk = Files.walk(downloads)) {
                walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
    }

    /** The first copy button a reader sees (those of folded hide-input cells are not). */
    private WebElement visibleCopyButton() {
        return browser.findElements(By.cssSelector(".code-box > button.copy")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElseThrow(() -> new AssertionError("no visible copy button"));
    }

    private Object codeBeside(WebElement button) {
        return browser.executeScript("return arguments[0].parentElement.querySelector('pre.input').textContent;",
                button);
    }

    /** The course's files over http on a free port of 127.0.0.1, nothing outside {@code root}. */
    private static HttpServer serve(Path root) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Path file = base.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            boolean found = file.startsWith(base) && Files.isRegularFile(file);
            byte[] body = found ? Files.readAllBytes(file) : new byte[0];
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css"
                    : "application/octet-stream");
            exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    @Test
    void thePhoneMenuShowsTheChapters() throws IOException {
        open(course().root().resolve("site/" + chapterShown()), PHONES.get(0), false);
        WebElement sidebar = browser.findElement(By.id("sidebar"));
        assertFalse(sidebar.isDisplayed(), "the sidebar covers a phone's page");
        browser.findElement(By.cssSelector(".menu-button")).click();
        assertTrue(sidebar.isDisplayed(), "the menu does not open");
        open(course().root().resolve("site/" + chapterShown()), DESKTOP, false);
        assertTrue(browser.findElement(By.id("sidebar")).isDisplayed(), "no sidebar on a desktop");
        assertFalse(browser.findElement(By.cssSelector(".menu-button")).isDisplayed(), "a menu button on a desktop");
    }

    @Test
    void textAndCodeKeywordsHaveContrastInLightAndDarkMode() throws IOException {
        Path chapter = course().root().resolve("site/" + chapterShown());
        for (boolean dark : List.of(false, true)) {
            open(chapter, DESKTOP, dark);
            for (String selector : List.of("main p", "pre.input .hljs-keyword", "pre.input .hljs-type",
                    "pre.input code.hljs", "pre.input .hljs-comment", "pre.input .hljs-string", "pre.input .hljs-number",
                    "pre.input .hljs-title", "pre.input .hljs-built_in", "a.notebook", "nav.pager a")) {
                List<WebElement> found = browser.findElements(By.cssSelector(selector));
                if (found.isEmpty()) {
                    continue;
                }
                double contrast = ((Number) browser.executeScript(CONTRAST_JS, found.get(0))).doubleValue();
                assertTrue(contrast >= 4.5, (dark ? "dark" : "light") + " mode: " + selector + " has contrast "
                        + contrast);
            }
            String background = (String) browser.executeScript("return getComputedStyle(document.body).backgroundColor;");
            assertEquals(dark ? "rgb(13, 17, 23)" : "rgb(255, 255, 255)", background, "dark mode " + dark);
        }
    }

    @Test
    void screenshotsOfTheIndexAndAChapter() throws IOException {
        for (String page : List.of("index.html", chapterShown())) {
            for (int width : List.of(DESKTOP, PHONES.get(0))) {
                for (boolean dark : List.of(false, true)) {
                    open(course().root().resolve("site/" + page), width, dark);
                    String name = page.replace(".html", "") + "-" + width + (dark ? "-dark" : "");
                    Map<String, Object> parameters = new HashMap<>(Map.of("format", "png"));
                    Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", parameters);
                    Path file = screenshots().resolve(name + ".png");
                    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
                    assertTrue(Files.size(file) > 1000, file.toString());
                }
            }
        }
    }

    private void open(Path page, int width, boolean dark) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", width < DESKTOP));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "",
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
        browser.get(page.toUri().toString());
        waitFor("return document.documentElement.getAttribute('data-rendered') === 'true';");
    }

    private void waitFor(String condition) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!Boolean.TRUE.equals(browser.executeScript(condition))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + TIMEOUT.toSeconds() + " s: " + condition);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static {
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder").setLevel(Level.SEVERE);
    }
}
