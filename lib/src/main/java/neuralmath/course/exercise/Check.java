package neuralmath.course.exercise;

import java.math.BigDecimal;
import java.math.MathContext;

import java.util.function.DoubleUnaryOperator;
import neuralmath.la.Matrix;

/**
 * Comparisons a teaching cell prints: a value the text computes by hand beside the library's, one line each,
 * {@value #RIGHT} when they agree, or {@value #NOT_YET} with the value and a hint when they do not. The exercises
 * use {@link Exercise#check}, which keeps the right answer in the library; a {@link Verdict} prints the same two
 * markers.
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
        boolean ok = Math.abs(yours - expected) <= tolerance;
        // six digits are what a reader needs; all of them only when six would make a wrong value look right
        String shown = ok || !shown(yours).equals(shown(expected)) ? shown(yours) : String.valueOf(yours);
        report(ok, what + " = " + shown, what + " = " + shown + " is not right"
                + (Double.isNaN(yours) ? " (NaN: a 0/0 or a log of a negative number somewhere?)" : ""), hint);
    }

    /** v to 6 significant digits, without trailing zeros: 0.30000000000000004 shows as 0.3, 4522.0 as 4522. */
    static String shown(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
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
                report(false, "", what + "(" + shown(x) + ") = " + shown(y) + " is not right", hint);
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
