package neuralmath.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The slide checks of {@link SlideDecksInChromium} on the slide fixtures ({@link SlideFixtures}), whose slides hold
 * far more than a slide shows, and what fitting them keeps: every list item, line of code and table row, on
 * subslides below the slide they came from.
 */
class SlideDeckBrowserTest extends SlideDecksInChromium {

    @Override
    CourseSite.Exported course() throws IOException {
        return SlideFixtures.course();
    }

    @Override
    Path screenshots() {
        return Path.of("target", "slide-screenshots");
    }

    @Override
    int minimumNotesPerDeck() {
        return 1;
    }

    @Override
    String screenshotDeck() {
        return "01-tall-slides";
    }

    @Test
    void tallContentIsSplitOntoSubslidesAndNothingIsLost() throws IOException {
        Path deck = course().root().resolve("slides/01-tall-slides.html");
        start(deck, WINDOWS.get(0));
        Map<?, ?> found = (Map<?, ?>) browser().executeScript("""
                const stackOf = text => { const slide = Array.from(document.querySelectorAll('.slides > section'))
                  .find(s => s.textContent.includes(text)); return slide.querySelectorAll(':scope > section').length; };
                const text = document.querySelector('.slides').textContent;
                return {
                  items: document.querySelectorAll('.slides li').length,
                  codeLines: (text.match(/LONG-CODE line \\d+\\n?/g) || []).length,
                  lastLine: text.includes('LONG-CODE line 80'),
                  rows: Array.from(document.querySelectorAll('.slides td')).filter(td => /^row \\d+$/.test(td.textContent)).length,
                  headers: document.querySelectorAll('.slides th').length,
                  chart: document.querySelectorAll('img[alt="TALL-CHART"]').length,
                  chartHeight: document.querySelector('img[alt="TALL-CHART"]').getBoundingClientRect().height / Reveal.getScale(),
                  listSlides: stackOf('A long list'),
                  codeSlides: stackOf('Long code'),
                  tableSlides: stackOf('A long table'),
                  wideCode: text.includes('WIDE-CODE WIDE-CODE')
                };""");
        assertEquals(40L, found.get("items"), "list items");
        assertEquals(80L, found.get("codeLines"), "lines of the long code");
        assertEquals(Boolean.TRUE, found.get("lastLine"));
        assertEquals(40L, found.get("rows"), "table rows");
        assertEquals(1L, found.get("chart"), "the tall chart");
        assertTrue(((Number) found.get("chartHeight")).doubleValue() <= 800, "the chart is scaled to the slide: " + found);
        assertTrue(((Number) found.get("listSlides")).longValue() >= 2, "the long list is split: " + found);
        assertTrue(((Number) found.get("codeSlides")).longValue() >= 2, "the long code is split: " + found);
        assertTrue(((Number) found.get("tableSlides")).longValue() >= 2, "the long table is split: " + found);
        assertEquals(((Number) found.get("tableSlides")).longValue() * 2, found.get("headers"),
                "each part of the table repeats its header: " + found);
        assertEquals(Boolean.TRUE, found.get("wideCode"));
    }
}
