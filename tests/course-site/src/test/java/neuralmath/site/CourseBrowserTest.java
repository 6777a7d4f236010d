package neuralmath.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import neuralmath.testing.RequiredTool;
import neuralmath.testing.SystemTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens every page of the exported fixture course, site and slides, in headless Chromium (Debian's chromium and
 * chromium-driver, which .ci/run installs) and checks what a reader would see: all maths typeset by KaTeX and no
 * formula left as raw {@code $} text, every image loaded, every internal link resolving, no console errors. It saves
 * screenshots under target/course-screenshots: each site page in full (screen and print), and each slide. Without
 * Chromium or ChromeDriver each test is reported as skipped, saying so, or fails where CI requires every check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourseBrowserTest {

    @RegisterExtension
    static final RequiredTool BROWSER = SystemTools.chromium();

    /**
     * How long a page may take to render before the test gives up on it: a guard against a page that never
     * renders, not a measurement, so it is long enough for any load (a page renders in well under a second here).
     */
    private static final Duration RENDER_TIMEOUT = Duration.ofMinutes(5);

    /** Text of a block (code and typeset maths removed) that still looks like maths: $..$, $$, \( or \begin{. */
    private static final String RAW_MATHS_JS = """
            const raw = /\\$\\$|\\$[^\\s$]([^$]*[^\\s$])?\\$|\\\\\\(|\\\\\\[|\\\\begin\\{/;
            const found = [];
            document.body.querySelectorAll('p, li, td, th, h1, h2, h3, h4, h5, h6, summary, dt, dd, blockquote')
              .forEach(block => {
                const copy = block.cloneNode(true);
                copy.querySelectorAll('script, style, pre, code, .katex').forEach(e => e.remove());
                if (raw.test(copy.textContent)) found.push(copy.textContent.trim().slice(0, 120));
              });
            return found;""";

    /**
     * Selenium warns that it has no DevTools bindings for this Chromium version; the test uses none (its CDP
     * calls go through ChromeDriver), so the warning is noise. Held here so the setting is not garbage-collected.
     */
    private static final java.util.logging.Logger CDP_VERSION_LOG =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private ChromeDriver browser;
    private Path userDataDir;
    private int typesetFormulas;
    private Instant started;

    @BeforeAll
    void startChromium() throws IOException {
        started = Instant.now();
        CDP_VERSION_LOG.setLevel(Level.SEVERE);
        course();
        userDataDir = Files.createTempDirectory("course-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(SystemTools.chromiumPath().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + userDataDir.toAbsolutePath(), "--window-size=1280,800");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(SystemTools.chromedriverPath().toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(RENDER_TIMEOUT).pageLoadTimeout(RENDER_TIMEOUT);
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        if (Files.isDirectory(screenshots())) {
            try (Stream<Path> old = Files.list(screenshots())) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(screenshots());
    }

    @AfterAll
    void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
            System.out.printf("Browser check of %s took %d ms; %d formulas typeset%n", course().root(),
                    Duration.between(started, Instant.now()).toMillis(), typesetFormulas);
        }
        if (userDataDir != null) {
            try (Stream<Path> walk = Files.walk(userDataDir)) {
                walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> sitePages() throws IOException {
        return course().sitePages().stream()
                .map(page -> DynamicTest.dynamicTest("site/" + page.getFileName(), () -> checkSitePage(page)));
    }

    @TestFactory
    Stream<DynamicTest> slideDecks() throws IOException {
        return course().slideDecks().stream()
                .map(deck -> DynamicTest.dynamicTest("slides/" + deck.getFileName(), () -> checkSlideDeck(deck)));
    }

    /** The course whose pages are opened: here the fixture course. */
    CourseSite.Exported course() throws IOException {
        return CourseFixtures.course();
    }

    /** Where the screenshots go. */
    Path screenshots() {
        return Path.of("target", "course-screenshots");
    }

    @Test
    void theChecksCatchABrokenPage() throws IOException {
        Path page = Path.of("target", "course-broken", "site", "broken.html");
        Files.createDirectories(page.getParent());
        // The scripts of the course under test (the fixture course here, the real one in BuiltCourseBrowserIT).
        String assets = page.getParent().toAbsolutePath().normalize()
                .relativize(course().root().toAbsolutePath().normalize().resolve("assets")) + "/";
        Files.writeString(page, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>broken</title>"
                + "</head><body><p>Raw maths $w_i x_i$ here.</p><p><span class=\"math inline\">\\frac{1}{</span></p>"
                + "<img src=\"missing.png\" alt=\"missing\"><a href=\"nowhere.html\">dead link</a>"
                + "<details class=\"solution\"><summary>Solution</summary><pre><code>int plain = 1;</code></pre></details>"
                + "<script src=\"" + assets + "katex/katex.min.js\"></script>"
                + "<script src=\"" + assets + "highlight/highlight.min.js\"></script>"
                + "<script src=\"" + assets + "course/render.js\"></script></body></html>");

        String problems = String.join("\n", open(page));

        for (String expected : List.of("maths left as raw text: Raw maths $w_i x_i$ here.",
                "0 of 1 formulas typeset by KaTeX", "image did not load: file:", "link to missing file: file:",
                "console error: ", "KaTeX cannot typeset", "0 of 1 blocks of solution code highlighted by highlight.js")) {
            assertTrue(problems.contains(expected), "expected \"" + expected + "\" among:\n" + problems);
        }
    }

    private void checkSitePage(Path page) throws IOException {
        List<String> problems = open(page);
        String name = "site-" + stem(page);
        screenshot(name, true);
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        screenshot(name + "-print", true);
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        assertEquals(List.of(), problems, page.toString());
    }

    private void checkSlideDeck(Path deck) throws IOException {
        List<String> problems = open(deck);
        waitFor("return typeof Reveal !== 'undefined' && Reveal.isReady();", deck);
        browser.executeScript("Reveal.configure({ transition: 'none', backgroundTransition: 'none' });");
        List<?> stacks = (List<?>) browser.executeScript(
                "return Reveal.getHorizontalSlides().map(s => Math.max(1, s.querySelectorAll(':scope > section').length));");
        assertTrue(stacks.size() > 0, deck + " has no slides");
        for (int h = 0; h < stacks.size(); h++) {
            for (int v = 0; v < ((Number) stacks.get(h)).intValue(); v++) {
                browser.executeScript("Reveal.slide(arguments[0], arguments[1]); while (Reveal.nextFragment()) {}",
                        h, v);
                browser.executeScript("return Reveal.layout();");
                screenshot("slides-" + stem(deck) + "-" + (h + 1) + "-" + (v + 1), false);
            }
        }
        problems.addAll(consoleErrors());
        assertEquals(List.of(), problems, deck.toString());
    }

    /** Opens a page, waits until maths and fonts are done, and lists what is wrong with it. */
    private List<String> open(Path page) {
        browser.get(page.toUri().toString());
        waitFor("return document.documentElement.getAttribute('data-rendered') === 'true';", page);
        browser.executeAsyncScript("const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));");
        List<String> problems = new ArrayList<>();
        for (Object raw : (List<?>) browser.executeScript(RAW_MATHS_JS)) {
            problems.add("maths left as raw text: " + raw);
        }
        long formulas = (Long) browser.executeScript("return document.querySelectorAll('span.math').length;");
        long typeset = (Long) browser.executeScript(
                "return Array.from(document.querySelectorAll('span.math')).filter(m => m.querySelector('.katex')).length;");
        if (typeset != formulas) {
            problems.add(typeset + " of " + formulas + " formulas typeset by KaTeX");
        }
        typesetFormulas += (int) typeset;
        long solutionCode = (Long) browser.executeScript(
                "return document.querySelectorAll('details.solution pre code').length;");
        long highlighted = (Long) browser.executeScript(
                "return document.querySelectorAll('details.solution pre code.hljs').length;");
        if (highlighted != solutionCode) {
            problems.add(highlighted + " of " + solutionCode + " blocks of solution code highlighted by highlight.js");
        }
        for (Object image : (List<?>) browser.executeScript(
                "return Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0))"
                        + ".map(i => i.src.slice(0, 80));")) {
            problems.add("image did not load: " + image);
        }
        for (Object href : (List<?>) browser.executeScript(
                "return Array.from(document.querySelectorAll('a[href]')).map(a => a.href);")) {
            brokenLink(page, String.valueOf(href)).ifPresent(problems::add);
        }
        problems.addAll(consoleErrors());
        return problems;
    }

    private java.util.Optional<String> brokenLink(Path page, String href) {
        URI uri = URI.create(href);
        if (!"file".equals(uri.getScheme())) {
            return java.util.Optional.empty();
        }
        Path target = Path.of(URI.create("file://" + uri.getRawPath()));
        if (!Files.isRegularFile(target)) {
            return java.util.Optional.of("link to missing file: " + href);
        }
        if (uri.getFragment() != null && !uri.getFragment().isEmpty() && target.equals(page.toAbsolutePath())) {
            Object found = browser.executeScript("return document.getElementById(arguments[0]) !== null;",
                    uri.getFragment());
            if (!Boolean.TRUE.equals(found) && !target.toString().contains("/slides/")) {
                return java.util.Optional.of("link to missing anchor: " + href);
            }
        }
        return java.util.Optional.empty();
    }

    private List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .map(message -> "console error: " + message)
                .toList();
    }

    private void waitFor(String condition, Path page) {
        Instant deadline = Instant.now().plus(RENDER_TIMEOUT);
        while (!Boolean.TRUE.equals(browser.executeScript(condition))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(page + ": not rendered within " + RENDER_TIMEOUT.toSeconds() + " s ("
                        + condition + "); console: " + consoleErrors());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** Saves a PNG of the viewport, or of the whole page when {@code fullPage}. */
    private void screenshot(String name, boolean fullPage) throws IOException {
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of("format", "png"));
        if (fullPage) {
            Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight;");
            parameters.put("captureBeyondViewport", true);
            parameters.put("clip", Map.of("x", 0, "y", 0, "width", 1280, "height", height, "scale", 1));
        }
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", parameters);
        Files.write(screenshots().resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static String stem(Path page) {
        String file = page.getFileName().toString();
        return file.substring(0, file.lastIndexOf('.'));
    }
}
