package neuralmath.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exercise in the course's form, exported: the check cell with what it printed, the solution folded under it in
 * its own closed {@code <details>}, its code highlighted as Java; a fold that a notebook opens or scripts is closed
 * and inert; the slides show the check without its verdict and the solution, unfolded, on a subslide.
 */
class ExerciseCellsExportTest {

    private static final String SOLUTION_CODE = "double myZ = 0.5 * 1 + (-0.25) * 2 + 1.5 * (-1) + 0.2;";

    /** Answer, check (executed: it printed "not yet") and solution cells, then a fold a notebook tries to open. */
    private static final String EXECUTED = """
            {"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": "java", "language": "java"}},
             "cells": [
              {"cell_type": "markdown", "metadata": {"slideshow": {"slide_type": "slide"}},
               "source": "# Your turn\\n\\nWork out $z$."},
              {"cell_type": "code", "metadata": {"tags": ["answer"], "neuralmath": {"exercise": "04.weighted-sum-by-hand"}},
               "source": "double myZ = 0;", "execution_count": 1, "outputs": []},
              {"cell_type": "code", "metadata": {"tags": ["check"], "editable": false, "deletable": false,
               "neuralmath": {"exercise": "04.weighted-sum-by-hand"}},
               "source": "Exercise.check(\\"04.weighted-sum-by-hand\\", myZ);", "execution_count": 2,
               "outputs": [{"output_type": "stream", "name": "stdout",
                            "text": "✘ Not yet: z of one neuron: your z = 0 is not right (0 of 2 points)\\n"}]},
              {"cell_type": "markdown", "metadata": {"tags": ["solution"], "slideshow": {"slide_type": "skip"},
               "neuralmath": {"exercise": "04.weighted-sum-by-hand"}},
               "source": "<details>\\n<summary>Solution</summary>\\n\\n```java\\nSOLUTION\\n```\\n\\n</details>"},
              {"cell_type": "markdown", "metadata": {},
               "source": "<details open onclick=\\"alert('open')\\" ontoggle=\\"alert('toggle')\\"><summary onmouseover=\\"alert('s')\\">Peek</summary>\\n\\n```java\\nint peek = 1;\\n```\\n\\n</details>"}
             ]}
            """.replace("SOLUTION", SOLUTION_CODE);

    @TempDir
    static Path dir;
    private static CourseSite.Exported course;

    @BeforeAll
    static void export() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/04-exercise.ipynb"), EXECUTED);
        course = CourseSite.build(dir.resolve("in"), dir.resolve("out"));
    }

    private static Document page(String relative) throws IOException {
        return Jsoup.parse(course.root().resolve(relative).toFile(), "UTF-8");
    }

    @Test
    void theSolutionIsFoldedUnderItsExerciseInAClosedDetailsWithItsCodeAsJava() throws IOException {
        Document page = page("site/04-exercise.html");

        assertEquals(1, page.select("details.solution").size(), page.html());
        Element solution = page.selectFirst("details.solution");
        assertFalse(solution.hasAttr("open"), solution.outerHtml());
        assertTrue(solution.select("details details").isEmpty(), "folded once: " + solution.outerHtml());
        assertEquals("Solution", solution.selectFirst("> summary").text());
        assertEquals(SOLUTION_CODE, solution.selectFirst("pre > code.language-java").text());
        Element check = solution.parent().previousElementSibling();
        assertEquals("Exercise.check(\"04.weighted-sum-by-hand\", myZ);", check.selectFirst("pre.input code").text());
        assertTrue(check.selectFirst("pre.output.stream.stdout").text().startsWith("✘ Not yet: z of one neuron"),
                check.outerHtml());
    }

    @Test
    void aFoldFromANotebookIsClosedAndLosesItsHandlers() throws IOException {
        Element peek = page("site/04-exercise.html").selectFirst("details:not(.solution)");

        assertEquals(0, peek.attributesSize(), "no open, no onclick, no ontoggle: " + peek.outerHtml());
        assertEquals(0, peek.selectFirst("> summary").attributesSize(), peek.outerHtml());
        assertEquals("Peek", peek.selectFirst("> summary").text());
        assertEquals("int peek = 1;", peek.selectFirst("pre > code.language-java").text());
    }

    @Test
    void theSlidesShowTheCheckWithoutItsVerdictAndTheSolutionOnASubslide() throws IOException {
        Document deck = page("slides/04-exercise.html");

        assertTrue(deck.select("details.solution").isEmpty(), deck.html());
        assertEquals("Exercise.check(\"04.weighted-sum-by-hand\", myZ);", deck.select("pre.input code").get(1).text());
        assertFalse(deck.html().contains("Not yet"), "the executed stub's verdict is not on a slide");
        Element solution = deck.select("div.solution-slide").first();
        assertEquals(SOLUTION_CODE, solution.selectFirst("pre > code.language-java").text());
        assertEquals("section", solution.parent().parent().tagName(), "a subslide below the exercise");
    }
}
