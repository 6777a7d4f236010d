package neuralmath.exercise;

import java.util.function.DoubleUnaryOperator;
import neuralmath.la.Matrix;

/**
 * Checks for the "your turn" exercises: each compares a learner's answer with the right one and prints one line,
 * {@value #RIGHT} when it is right, or {@value #NOT_YET} with what was expected and a hint when it is not.
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

    /** Whether {@code yours} is within {@code tolerance} of {@code expected}; prints the verdict. */
    public static boolean number(String what, double yours, double expected, double tolerance, String hint) {
        boolean ok = Math.abs(yours - expected) <= tolerance;
        return report(ok, what + " = " + yours, what + ": expected " + expected + ", got " + yours, hint);
    }

    /** {@link #number(String, double, double, double, String)} with tolerance {@value #TOLERANCE}. */
    public static boolean number(String what, double yours, double expected, String hint) {
        return number(what, yours, expected, TOLERANCE, hint);
    }

    /** Whether your function f agrees with the reference at every point of {@code at}; prints the first difference. */
    public static boolean function(String what, DoubleUnaryOperator yours, DoubleUnaryOperator reference,
                                   double[] at, String hint) {
        for (double x : at) {
            double y = yours.applyAsDouble(x);
            double r = reference.applyAsDouble(x);
            if (!(Math.abs(y - r) <= TOLERANCE * Math.max(1.0, Math.abs(r)))) {
                return report(false, "", what + "(" + x + "): expected " + r + ", got " + y, hint);
            }
        }
        return report(true, what + " agrees at " + at.length + " points", "", hint);
    }

    /** Whether your matrix has the expected shape and values (within {@value #TOLERANCE}). */
    public static boolean matrix(String what, Matrix yours, Matrix expected, String hint) {
        if (yours == null) {
            return report(false, "", what + ": expected a matrix " + expected.shape() + ", got null", hint);
        }
        if (!yours.hasShapeOf(expected)) {
            return report(false, "", what + ": expected shape " + expected.shape() + ", got " + yours.shape(), hint);
        }
        boolean ok = yours.isCloseTo(expected, TOLERANCE);
        return report(ok, what + " " + yours.shape() + " matches",
                what + ": the shape is right but the values differ; expected\n" + expected + "\ngot\n" + yours, hint);
    }

    /** Whether a condition you computed holds. */
    public static boolean that(String what, boolean condition, String hint) {
        return report(condition, what, what + " does not hold", hint);
    }

    private static boolean report(boolean ok, String right, String wrong, String hint) {
        if (ok) {
            System.out.println(RIGHT + " " + right);
        } else {
            System.out.println(NOT_YET + " " + wrong + (hint == null || hint.isEmpty() ? "" : "\n  Hint: " + hint));
        }
        return ok;
    }
}
