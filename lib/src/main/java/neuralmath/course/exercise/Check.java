package neuralmath.course.exercise;

import java.util.function.DoubleUnaryOperator;
import neuralmath.la.Matrix;

/**
 * Checks for the "your turn" exercises: each compares a learner's answer with the right one and prints one line,
 * {@value #RIGHT} when it is right, or {@value #NOT_YET} with the learner's own value and a hint when it is not. The
 * right answer itself is never printed: the exercise would be over before it was tried.
 *
 * <p>The notebook tests rely on these two markers: an exercise's starting cell must print {@value #NOT_YET} (so the
 * check can fail) and its hidden solution must print {@value #RIGHT}.
 */
public final class Check {

    /** Printed before a right answer. */
    public static final String RIGHT = "✔ Right:";
    /** Printed before an answer that is not right yet. */
    public static final String NOT_YET = "✘ Not yet:";

    /** The tolerance used when none is given. */
    public static final double TOLERANCE = 1e-6;

    private Check() {
    }

    /** Prints whether {@code yours} is within {@code tolerance} of {@code expected}. */
    public static void number(String what, double yours, double expected, double tolerance, String hint) {
        report(Math.abs(yours - expected) <= tolerance, what + " = " + yours, what + " = " + yours + " is not right"
                + (Double.isNaN(yours) ? " (NaN: a 0/0 or a log of a negative number somewhere?)" : ""), hint);
    }

    /** {@link #number(String, double, double, double, String)} with tolerance {@value #TOLERANCE}. */
    public static void number(String what, double yours, double expected, String hint) {
        number(what, yours, expected, TOLERANCE, hint);
    }

    /** Prints whether your function agrees with the reference at every point of {@code at}, or the first that differs. */
    public static void function(String what, DoubleUnaryOperator yours, DoubleUnaryOperator reference,
                                double[] at, String hint) {
        for (double x : at) {
            double y = yours.applyAsDouble(x);
            double r = reference.applyAsDouble(x);
            if (!(Math.abs(y - r) <= TOLERANCE * Math.max(1.0, Math.abs(r)))) {
                report(false, "", what + "(" + x + ") = " + y + " is not right", hint);
                return;
            }
        }
        report(true, what + " agrees at " + at.length + " points", "", hint);
    }

    /** Prints whether your matrix has the expected shape and values (within {@value #TOLERANCE}). */
    public static void matrix(String what, Matrix yours, Matrix expected, String hint) {
        if (yours == null) {
            report(false, "", what + ": expected a matrix " + expected.shape() + ", got null", hint);
            return;
        }
        if (!yours.hasShapeOf(expected)) {
            report(false, "", what + ": expected shape " + expected.shape() + ", got " + yours.shape(), hint);
            return;
        }
        report(yours.isCloseTo(expected, TOLERANCE), what + " " + yours.shape() + " matches",
                what + ": the shape is right but not all the values are; yours:\n" + yours, hint);
    }

    /** Prints whether a condition you computed holds. */
    public static void that(String what, boolean condition, String hint) {
        report(condition, what, what + " does not hold", hint);
    }

    private static void report(boolean ok, String right, String wrong, String hint) {
        if (ok) {
            System.out.println(RIGHT + " " + right);
        } else {
            System.out.println(NOT_YET + " " + wrong + (hint == null || hint.isEmpty() ? "" : "\n  Hint: " + hint));
        }
    }
}
