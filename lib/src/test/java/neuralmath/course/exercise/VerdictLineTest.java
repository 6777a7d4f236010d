package neuralmath.course.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * What tools read from a notebook's output: a printed verdict's line ({@link Verdict#PRINTED}) with its points, told
 * apart from a {@link Check} line; and what an exercise says to a learner, its hint and its mistakes' diagnoses.
 */
class VerdictLineTest {

    @Test
    void aPrintedVerdictIsFoundWithItsMarkAndPoints() {
        Matcher right = Verdict.PRINTED.matcher(new Verdict("99.x", "x", true, 2, 2, "x: answer = 3").toString());
        assertTrue(right.find());
        assertEquals(List.of(Check.RIGHT, "2", "2"), List.of(right.group("mark"), right.group("earned"), right.group("points")));

        String notYet = "some output before\n"
                + new Verdict("99.y", "y", false, 0.5, 1, "y: your M is not right\n  Hint: look again") + "\n";
        Matcher partly = Verdict.PRINTED.matcher(notYet);
        assertTrue(partly.find(), notYet);
        assertEquals(List.of(Check.NOT_YET, "0.5", "1"),
                List.of(partly.group("mark"), partly.group("earned"), partly.group("points")));
        assertFalse(partly.find(), "the hint's line is not a verdict of its own");
    }

    @Test
    void aLineOfCheckIsNoVerdict() {
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            Check.number("z", 1.5, 1.5, "none");
            Check.that("it holds (2 of 2 points)", false, "");
        } finally {
            System.setOut(stdout);
        }
        String lines = printed.toString(StandardCharsets.UTF_8);
        assertTrue(lines.startsWith(Check.RIGHT), lines);
        assertFalse(Verdict.PRINTED.matcher(lines).find(), lines);
    }

    @Test
    void anExerciseShowsItsHintAndTheDiagnosesOfItsMistakesInOrder() {
        Exercise<Double> exercise = Exercise.number("99.z", "z", 2, () -> 3.0)
                .mistake(() -> 1.0, "first diagnosis")
                .mistake(() -> 2.0, "second diagnosis")
                .hint("add them");
        assertEquals("add them", exercise.hint());
        assertEquals(List.of("first diagnosis", "second diagnosis"), exercise.mistakeDiagnoses());
        assertTrue(exercise.judge(2.0).message().contains("second diagnosis"));
    }
}
