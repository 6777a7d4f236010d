package neuralmath.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * Every slide deck of a course in headless Chromium (Debian's chromium and chromium-driver), at a 1280 px and a
 * 390 px wide window: no slide is taller or wider than the slide size reveal.js is configured with (reveal.js
 * scales that slide to the window, so the slide's content is measured against the configured size) and nothing
 * scrolls sideways; {@code ?print-pdf} gives one page per slide, none longer than a page; the help overlay's header
 * is readable; every deck has speaker notes and the notes plugin, loaded from the course's own files, opens the
 * speaker view. Screenshots of one deck's title slide and of one split slide at both widths go under
 * {@link #screenshots()}. Without Chromium or ChromeDriver each test is reported as skipped, saying so, or fails
 * where CI requires every check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SlideDecksInChromium {

    @RegisterExtension
    static final RequiredTool BROWSER = SystemTools.chromium();

    /** The window sizes the decks are checked at: a laptop's, and a phone's held upright. */
    static final List<int[]> WINDOWS = List.of(new int[] {1280, 800}, new int[] {390, 844});

    /** WCAG's minimum contrast for normal text. */
    private static final double MIN_CONTRAST = 4.5;

    /**
     * The slides of a deck in document order, without the stacks that hold vertical slides, in every view reveal.js
     * has: its scroll view on a narrow window and its print view move the slides out of their stacks.
     */
    private static final String SLIDES = "Array.from(document.querySelectorAll('.reveal .slides section'))"
            + ".filter(s => !s.querySelector('section') && s.childElementCount > 0)";

    /** A guard against a deck that never starts, not a measurement (a deck starts in about a second here). */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    /**
     * Each slide measured against reveal.js's configured slide size, visited one by one (reveal.js lays out only the
     * slides near the current one): its height and width, and every block whose content is wider than the block.
     */
    private static final String MEASURE_JS = """
            const config = Reveal.getConfig();
            const problems = [];
            let tallest = 0;
            const slides = SLIDES;
            for (const slide of slides) {
              const at = Reveal.getIndices(slide);
              Reveal.slide(at.h, at.v);
              const title = (slide.querySelector('h1, h2, h3') || { textContent: '' }).textContent.trim().slice(0, 40);
              const name = '#/' + at.h + (at.v ? '/' + at.v : '') + ' "' + title + '"';
              tallest = Math.max(tallest, slide.scrollHeight);
              if (slide.scrollHeight > config.height) {
                problems.push(name + ' is ' + slide.scrollHeight + ' px tall, the slide ' + config.height + ' px');
              }
              if (slide.scrollWidth > config.width) {
                problems.push(name + ' is ' + slide.scrollWidth + ' px wide, the slide ' + config.width + ' px');
              }
              slide.querySelectorAll('pre, code, div.output, span.math.display, table').forEach(block => {
                if (block.scrollWidth > block.clientWidth + 1 && getComputedStyle(block).display !== 'inline') {
                  problems.push(name + ': a ' + block.tagName.toLowerCase() + '.' + block.className
                      + ' scrolls sideways (' + block.scrollWidth + ' px in ' + block.clientWidth + ' px)');
                }
              });
            }
            return { slides: slides.length, tallest: tallest, problems: problems,
                     scale: Reveal.getScale(), width: config.width, height: config.height };""".replace("SLIDES", SLIDES);

    /** Text colour against the colour behind it (backgrounds of the element and its ancestors composited). */
    private static final String CONTRAST_JS = """
            const parse = c => { const v = c.match(/[\\d.]+/g).map(Number); return [v[0], v[1], v[2], v.length > 3 ? v[3] : 1]; };
            const over = (top, below) => [0, 1, 2].map(i => top[i] * top[3] + below[i] * (1 - top[3])).concat([1]);
            const layers = [];
            for (let e = arguments[0]; e; e = e.parentElement) layers.push(parse(getComputedStyle(e).backgroundColor));
            let background = [255, 255, 255, 1];
            for (let i = layers.length - 1; i >= 0; i--) background = over(layers[i], background);
            const text = over(parse(getComputedStyle(arguments[0]).color), background);
            const luminance = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255;
              return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
              return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
            const [a, b] = [luminance(text), luminance(background)].sort((x, y) => y - x);
            return (a + 0.05) / (b + 0.05);""";

    private ChromeDriver browser;
    private Path userDataDir;

    /** The course whose decks are checked. */
    abstract CourseSite.Exported course() throws IOException;

    /** Where the screenshots go. */
    abstract Path screenshots();

    /** The least number of speaker notes each deck has. */
    abstract int minimumNotesPerDeck();

    @BeforeAll
    void startChromium() throws IOException {
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder").setLevel(Level.SEVERE);
        course();
        userDataDir = Files.createTempDirectory("slides-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(SystemTools.chromiumPath().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-popup-blocking", "--user-data-dir=" + userDataDir.toAbsolutePath(), "--window-size=1280,800");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(SystemTools.chromedriverPath().toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(START_TIMEOUT).pageLoadTimeout(START_TIMEOUT);
        Files.createDirectories(screenshots());
    }

    @AfterAll
    void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (userDataDir != null) {
            try (Stream<Path> walk = Files.walk(userDataDir)) {
                walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everySlideFitsTheSlide() throws IOException {
        return course().slideDecks().stream().flatMap(deck -> WINDOWS.stream().map(window -> DynamicTest.dynamicTest(
                stem(deck) + " at " + window[0] + " px", () -> {
                    Map<?, ?> measured = measure(deck, window);
                    System.out.printf("%s at %d px: %s slides, tallest %s px (slide %sx%s, scale %.3f)%n", stem(deck),
                            window[0], measured.get("slides"), measured.get("tallest"), measured.get("width"),
                            measured.get("height"), ((Number) measured.get("scale")).doubleValue());
                    assertEquals(List.of(), measured.get("problems"), deck + " at a " + window[0] + " px window");
                })));
    }

    @TestFactory
    Stream<DynamicTest> theHandoutHasOnePagePerSlide() throws IOException {
        return course().slideDecks().stream().map(deck -> DynamicTest.dynamicTest(stem(deck), () -> {
            start(deck, WINDOWS.get(0));
            long onScreen = (Long) browser.executeScript("return " + SLIDES + ".length;");
            browser.get(deck.toUri() + "?print-pdf");
            waitFor("return typeof Reveal !== 'undefined' && Reveal.isReady()"
                    + " && document.querySelectorAll('.pdf-page').length > 0;", deck);
            Map<?, ?> pages = (Map<?, ?>) browser.executeScript("""
                    const config = Reveal.getConfig();
                    const page = Math.floor(config.height * (1 + config.margin)) + config.pdfPageHeightOffset;
                    const heights = Array.from(document.querySelectorAll('.pdf-page')).map(p => p.offsetHeight);
                    return { page: page, heights: heights, slides: SLIDES.length };""".replace("SLIDES", SLIDES));
            List<?> heights = (List<?>) pages.get("heights");
            long page = ((Number) pages.get("page")).longValue();
            assertEquals(((Number) pages.get("slides")).longValue(), heights.size(), deck + ": pages and slides");
            assertEquals(onScreen, heights.size(), deck + ": pages of the handout and slides on screen");
            List<String> longPages = new ArrayList<>();
            for (int i = 0; i < heights.size(); i++) {
                if (((Number) heights.get(i)).longValue() != page) {
                    longPages.add("page " + (i + 1) + " is " + heights.get(i) + " px, a page " + page + " px");
                }
            }
            assertEquals(List.of(), longPages, deck + "?print-pdf");
        }));
    }

    @TestFactory
    Stream<DynamicTest> theHelpOverlayHeaderIsReadable() throws IOException {
        return course().slideDecks().stream().limit(1).map(deck -> DynamicTest.dynamicTest(stem(deck), () -> {
            start(deck, WINDOWS.get(0));
            new Actions(browser).sendKeys("?").perform();
            waitFor("return document.querySelectorAll('.r-overlay-help th').length > 0;", deck);
            List<?> headers = (List<?>) browser.executeScript(
                    "return Array.from(document.querySelectorAll('.r-overlay-help th'));");
            for (Object header : headers) {
                double contrast = ((Number) browser.executeScript(CONTRAST_JS, header)).doubleValue();
                assertTrue(contrast >= MIN_CONTRAST, "the help overlay's header \""
                        + browser.executeScript("return arguments[0].textContent;", header) + "\" has contrast "
                        + contrast + ":1, less than " + MIN_CONTRAST);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyDeckHasSpeakerNotesAndASpeakerView() throws IOException {
        return course().slideDecks().stream().map(deck -> DynamicTest.dynamicTest(stem(deck), () -> {
            start(deck, WINDOWS.get(0));
            long notes = (Long) browser.executeScript("return document.querySelectorAll('aside.notes').length;");
            assertTrue(notes >= minimumNotesPerDeck(), deck + " has " + notes + " speaker notes, fewer than "
                    + minimumNotesPerDeck());
            assertEquals(Boolean.TRUE, browser.executeScript("return Reveal.hasPlugin('notes');"), deck.toString());
            String plugin = (String) browser.executeScript(
                    "return Array.from(document.scripts).map(s => s.src).find(s => s.endsWith('/notes.js'));");
            assertTrue(plugin.startsWith("file:"), "the notes plugin comes from the course's files: " + plugin);
            String notesShown = (String) browser.executeScript("""
                    const slide = Array.from(Reveal.getSlides()).find(s => s.querySelector('aside.notes'));
                    const at = Reveal.getIndices(slide);
                    Reveal.slide(at.h, at.v);
                    return Reveal.getSlideNotes() || '';""");
            assertTrue(notesShown.contains("</") || !notesShown.isBlank(), deck + ": no notes for the speaker view");
            String deckWindow = browser.getWindowHandle();
            new Actions(browser).sendKeys("s").perform();
            String speakerWindow = awaitSecondWindow(deckWindow, deck);
            browser.switchTo().window(speakerWindow).close();
            browser.switchTo().window(deckWindow);
        }));
    }

    @TestFactory
    Stream<DynamicTest> screenshotsOfATitleSlideAndASplitSlide() throws IOException {
        Path root = course().root();
        Path deck = course().slideDecks().stream().filter(d -> stem(d).equals(screenshotDeck())).findFirst()
                .orElseThrow(() -> new AssertionError("no deck " + screenshotDeck() + " in " + root));
        return WINDOWS.stream().map(window -> DynamicTest.dynamicTest(stem(deck) + " at " + window[0] + " px", () -> {
            start(deck, window);
            screenshot(stem(deck) + "-title-" + window[0]);
            Object split = browser.executeScript("""
                    const slide = Reveal.getSlides().find(s => s.querySelector('h3.continued'));
                    if (!slide) return false;
                    const at = Reveal.getIndices(slide);
                    Reveal.slide(at.h, at.v);
                    return true;""");
            assertEquals(Boolean.TRUE, split, deck + " has no slide split by slides.js");
            screenshot(stem(deck) + "-split-" + window[0]);
        }));
    }

    /** The deck whose title slide and first split slide are saved as screenshots. */
    abstract String screenshotDeck();

    /** Measures every slide of the deck started in a window of this size. */
    Map<?, ?> measure(Path deck, int[] window) {
        start(deck, window);
        return (Map<?, ?>) browser.executeScript(MEASURE_JS);
    }

    /** Opens the deck in a window of this size and waits until reveal.js runs, without transitions. */
    void start(Path deck, int[] window) {
        window(window);
        browser.get(deck.toUri().toString());
        waitFor("return typeof Reveal !== 'undefined' && Reveal.isReady();", deck);
        browser.executeScript("Reveal.configure({ transition: 'none', backgroundTransition: 'none' });");
    }

    ChromeDriver browser() {
        return browser;
    }

    private void window(int[] size) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", size[0], "height", size[1], "deviceScaleFactor", 1, "mobile", size[0] < 600));
    }

    private String awaitSecondWindow(String first, Path deck) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (browser.getWindowHandles().size() < 2) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(deck + ": pressing s opened no speaker view");
            }
            pause();
        }
        return browser.getWindowHandles().stream().filter(handle -> !handle.equals(first)).findFirst().orElseThrow();
    }

    void waitFor(String condition, Path page, Object... arguments) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!Boolean.TRUE.equals(browser.executeScript(condition, arguments))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(page + ": not ready within " + START_TIMEOUT.toSeconds() + " s (" + condition
                        + ")");
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

    private void screenshot(String name) throws IOException {
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        Files.write(screenshots().resolve("slides-" + name + ".png"),
                Base64.getDecoder().decode((String) shot.get("data")));
    }

    static String stem(Path page) {
        String file = page.getFileName().toString();
        return file.substring(0, file.lastIndexOf('.'));
    }
}
