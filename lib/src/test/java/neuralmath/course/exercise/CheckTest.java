package neuralmath.course.exercise;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import neuralmath.la.Matrix;
import org.junit.jupiter.api.Test;

class CheckTest {

    /** What a check printed, and whether that was one line of verdict saying right. */
    private record Verdict(boolean ok, String printed) {
    }

    private static Verdict run(Runnable check) {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            check.run();
        } finally {
            System.setOut(saved);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        boolean right = printed.startsWith(Check.RIGHT);
        assertTrue(right != printed.contains(Check.NOT_YET), "one verdict, right or not yet: " + printed);
        return new Verdict(right, printed);
    }

    @Test
    void aRightNumberPrintsRight() {
        Verdict v = run(() -> Check.number("sigmoid(0)", 0.5 + 1e-9, 0.5, "σ(0) = 1 / (1 + e⁰)"));
        assertTrue(v.ok());
        assertTrue(v.printed().startsWith(Check.RIGHT + " sigmoid(0) = "), v.printed());
    }

    @Test
    void aWrongNumberPrintsNotYetWithTheHintButNotTheAnswer() {
        Verdict v = run(() -> Check.number("sigmoid(0)", 0.0, 0.5, "σ(0) = 1 / (1 + e⁰)"));
        assertAll(
                () -> assertFalse(v.ok()),
                () -> assertTrue(v.printed().startsWith(Check.NOT_YET + " sigmoid(0) = 0.0 is not right"), v.printed()),
                () -> assertTrue(v.printed().contains("Hint: σ(0) = 1 / (1 + e⁰)"), v.printed()),
                () -> assertFalse(v.printed().contains("0.5"), "gives the answer away: " + v.printed()));
    }

    @Test
    void aNumberOutsideAGivenToleranceIsNotYetRight() {
        assertFalse(run(() -> Check.number("loss", 0.30, 0.25, 0.01, "")).ok());
        assertTrue(run(() -> Check.number("loss", 0.255, 0.25, 0.01, "")).ok());
    }

    @Test
    void aNaNIsNeverRightAndSaysWhereNaNsComeFrom() {
        Verdict v = run(() -> Check.number("loss", Double.NaN, 0.25, ""));
        assertFalse(v.ok());
        assertTrue(v.printed().contains("NaN: a 0/0"), v.printed());
    }

    @Test
    void aFunctionIsComparedAtEveryPointAndTheFirstDifferenceNamed() {
        double[] at = {-2, 0, 2};
        assertTrue(run(() -> Check.function("relu", z -> Math.max(0, z), z -> Math.max(0, z), at, "")).ok());
        Verdict v = run(() -> Check.function("relu", z -> z, z -> Math.max(0, z), at, "negative z gives 0"));
        assertFalse(v.ok());
        assertTrue(v.printed().startsWith(Check.NOT_YET + " relu(-2.0) = -2.0 is not right"), v.printed());
    }

    @Test
    void aMatrixOfTheWrongShapeSaysBothShapes() {
        Verdict v = run(() -> Check.matrix("Z", Matrix.zeros(2, 3), Matrix.zeros(3, 2), ""));
        assertFalse(v.ok());
        assertTrue(v.printed().contains("Z: expected shape (3x2), got (2x3)"), v.printed());
    }

    @Test
    void aMatrixWithOtherValuesPrintsOnlyTheLearnersOwn() {
        Matrix expected = Matrix.of(new double[][] {{7.25, 8.5}});
        Verdict v = run(() -> Check.matrix("Z", Matrix.of(new double[][] {{1, 2}}), expected, ""));
        assertAll(
                () -> assertFalse(v.ok()),
                () -> assertTrue(v.printed().contains("the shape is right but not all the values are"), v.printed()),
                () -> assertFalse(v.printed().contains("7.25"), "gives the answer away: " + v.printed()));
        assertTrue(run(() -> Check.matrix("Z", expected.copy(), expected, "")).ok());
        assertFalse(run(() -> Check.matrix("Z", null, expected, "")).ok());
    }

    @Test
    void aConditionIsRightWhenItHolds() {
        assertEquals(new Verdict(true, Check.RIGHT + " rows sum to 1" + System.lineSeparator()),
                run(() -> Check.that("rows sum to 1", true, "")));
        assertTrue(run(() -> Check.that("rows sum to 1", false, "divide by the sum")).printed()
                .startsWith(Check.NOT_YET + " rows sum to 1 does not hold"));
    }
}
