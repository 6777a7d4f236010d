package neuralmath.course.exercise;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import neuralmath.la.Matrix;
import org.junit.jupiter.api.Test;

/** What a check says about answers that no exercise names as a mistake, and partial credit. */
class ExerciseTest {

    private static final Matrix RIGHT = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});

    private static Exercise<Matrix> matrixExercise() {
        return Exercise.matrix("99.a-matrix", "a matrix", 3, RIGHT::copy).called("M").hint("look again");
    }

    @Test
    void aTransposedMatrixIsNamedAsSuchAndEarnsNothing() {
        Verdict v = matrixExercise().judge(RIGHT.transpose());
        assertAll(() -> assertFalse(v.right()), () -> assertEquals(0, v.earned()),
                () -> assertTrue(v.message().contains("the transpose of the right matrix: (3x2) instead of (2x3)"), v.message()));
    }

    @Test
    void aConstantFactorIsNamed() {
        Verdict v = matrixExercise().judge(RIGHT.times(0.5));
        assertTrue(v.message().contains("every entry is 0.5 times the right one"), v.message());
        Verdict sign = matrixExercise().judge(RIGHT.times(-1));
        assertTrue(sign.message().contains("every entry has the wrong sign"), sign.message());
    }

    @Test
    void aPartlyRightMatrixEarnsItsShareRoundedDown() {
        Matrix twoWrong = RIGHT.copy();
        twoWrong.set(0, 0, 7);
        twoWrong.set(1, 2, 9);
        Verdict v = matrixExercise().judge(twoWrong);
        assertAll(() -> assertFalse(v.right()), () -> assertEquals(2.0, v.earned()), // 3 points · 4/6
                () -> assertTrue(v.message().contains("4 of its 6 entries are right"), v.message()),
                () -> assertTrue(v.toString().contains("(2 of 3 points)"), v.toString()),
                () -> assertTrue(v.toString().endsWith("Hint: look again"), v.toString()));
    }

    @Test
    void aWrongNumberShowsTheLearnersValueButNeverTheRightOne() {
        Exercise<Double> e = Exercise.number("99.a-number", "a number", 1, () -> 0.123456789).called("x").hint("h");
        Verdict v = e.judge(0.5);
        assertAll(() -> assertTrue(v.message().contains("your x = 0.5 is not right"), v.message()),
                () -> assertFalse(v.toString().contains("0.123"), v.toString()));
        assertTrue(e.judge(-0.123456789).message().contains("it has the wrong sign"));
        assertTrue(e.judge(Double.NaN).message().contains("it is NaN"));
    }

    @Test
    void aFunctionThatThrowsIsReportedWithoutAStackTrace() {
        Exercise<java.util.function.DoubleUnaryOperator> e = Exercise.function("99.a-function", "f", 1,
                java.util.function.DoubleUnaryOperator.class, z -> z).probe("f(2)", f -> f.applyAsDouble(2));
        Verdict v = e.judge(z -> {
            throw new ArithmeticException("/ by zero");
        });
        assertAll(() -> assertTrue(v.toString().startsWith("✘ Not yet:"), v.toString()),
                () -> assertTrue(v.message().contains("your f(2) threw ArithmeticException: / by zero"), v.message()));
    }

    @Test
    void aCheckOfTheWrongKindSaysWhatTheExerciseExpects() {
        Verdict v = ExerciseCatalogue.find("04.weighted-sum-by-hand").judgeAnswerOfKind(Matrix.class, RIGHT);
        String expected = """
                exercise 04.weighted-sum-by-hand expects a number, and this check passed a matrix: use the check line the notebook gives""";
        assertTrue(v.message().contains(expected), v.message());
    }

    @Test
    void anUnknownIdNamesTheChaptersExercises() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExerciseCatalogue.find("04.weighted-sum"));
        String expected = """
                there is no exercise "04.weighted-sum"; chapter 04 has 04.weighted-sum-by-hand,""";
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void idsFollowTheirForm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Exercise.number("4.Sum", "t", 1, () -> 1.0));
        assertTrue(e.getMessage().contains("like 04.weighted-sum-by-hand, not 4.Sum"));
    }
}
