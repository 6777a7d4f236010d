package neuralmath.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What the decks of the slide fixtures (src/test/resources/neuralmath/site/slides) hold, read from their HTML: no
 * plumbing, exercises without the executed stub's verdict and with their solution on a subslide, speaker notes, and
 * links onward. {@link SlideDeckBrowserTest} checks how they lay out in Chromium.
 */
class SlideDeckTest {

    private static Document page(String relative) throws IOException {
        return Jsoup.parse(SlideFixtures.course().root().resolve(relative).toFile(), "UTF-8");
    }

    @Test
    void setupImportsAndRemovedCellsAreNeverOnASlide() throws IOException {
        Document deck = page("slides/01-tall-slides.html");
        String html = deck.html();

        assertFalse(html.contains("neural-math 1.0 kernels"), "the setup cell (tag setup) is left out");
        assertFalse(html.contains("IMPORT-LINE"), "the imports cell (tag imports) is left out");
        assertFalse(html.contains("CLAIM") || html.contains("claim ok"), "a remove-cell cell is left out");
        assertEquals(List.of(), deck.select("div.slides > section").first().select("pre"),
                "the title slide holds no code");
    }

    @Test
    void hideInputAndRemoveOutputShowWhatTheySay() throws IOException {
        Document deck = page("slides/01-tall-slides.html");

        assertTrue(deck.select("pre.output").text().contains("HIDDEN-INPUT output shown"));
        assertFalse(deck.select("pre.input").text().contains("Plots.hidden()"), "a hide-input cell shows no source");
        assertTrue(deck.select("pre.input").text().contains("Plots.nothing()"));
        assertFalse(deck.html().contains("REMOVED-OUTPUT"), "a remove-output cell shows no output");
    }

    @Test
    void theCheckShowsNoVerdictAndTheSolutionHasASubslideOfItsOwn() throws IOException {
        Document deck = page("slides/01-tall-slides.html");
        Element exercise = deck.select("section").stream()
                .filter(slide -> slide.select("> div.cell h2").text().startsWith("Your turn"))
                .findFirst().orElseThrow();

        assertEquals("Exercise.check(\"01.square\", mySquare);", exercise.select("pre.input code").get(1).text());
        assertFalse(deck.html().contains("Not yet"), "the executed stub's verdict is not on a slide");
        Element solution = exercise.nextElementSibling();
        assertNotNull(solution, "a subslide follows the exercise");
        assertEquals("section", exercise.parent().tagName(), "the exercise and its solution form a vertical stack");
        assertEquals("Solution", solution.selectFirst("h3").text());
        assertEquals("double mySquare = 3 * 3;   // SOLUTION-CODE",
                solution.selectFirst("pre > code.language-java").text());
        assertTrue(solution.select("details, summary").isEmpty(), "shown, not folded: " + solution.html());
        assertTrue(solution.selectFirst("aside.notes").text().contains("two minutes"),
                "the notes after the solution are its own");
    }

    @Test
    void notesCellsBecomeSpeakerNotesAndStayOffTheSite() throws IOException {
        Document deck = page("slides/01-tall-slides.html");
        List<Element> titleNotes = deck.select("div.slides > section").first().select("aside.notes");

        assertEquals(1, titleNotes.size());
        assertTrue(titleNotes.get(0).text().contains("greet the room"));
        assertEquals(3, deck.select("aside.notes").size());
        String site = page("site/01-tall-slides.html").html();
        assertFalse(site.contains("Speaker note"), "speaker notes are no body text of the site page");
        assertTrue(site.contains("A deck whose slides hold more"));
    }

    @Test
    void eachDeckLinksToItsChapterPageAndTheNextDeck() throws IOException {
        Document first = page("slides/01-tall-slides.html");
        List<Element> slides = first.select("div.slides > section");

        for (Element slide : List.of(slides.get(0), slides.get(slides.size() - 1))) {
            assertEquals("../site/01-tall-slides.html", slide.selectFirst("nav.deck-links a.chapter-page").attr("href"));
            assertEquals("02-next-chapter.html", slide.selectFirst("nav.deck-links a.next-deck").attr("href"));
            assertTrue(slide.selectFirst("a.next-deck").text().contains("The next chapter"));
        }
        Element last = page("slides/02-next-chapter.html").select("div.slides > section").last();
        assertEquals("../site/index.html", last.selectFirst("nav.deck-links a.contents").attr("href"),
                "the last deck links back to the contents");
    }

    @Test
    void theDeckLoadsTheFittingScriptAfterRevealAndTheNotesPlugin() throws IOException {
        List<String> scripts = page("slides/02-next-chapter.html").select("script[src]").eachAttr("src");

        assertTrue(scripts.indexOf("../assets/reveal/plugin/notes/notes.js") >= 0, scripts.toString());
        assertEquals("../assets/course/slides.js", scripts.get(scripts.size() - 1), scripts.toString());
        assertTrue(scripts.indexOf("../assets/course/render.js") < scripts.indexOf("../assets/course/slides.js"),
                "the maths is typeset before the slides are measured");
    }
}
