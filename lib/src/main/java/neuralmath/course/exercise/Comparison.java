package neuralmath.course.exercise;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import neuralmath.la.Matrix;

/**
 * How close one outcome of a learner's answer is to the right one. Outcomes are numbers, matrices or arrays of
 * integers. A number is right within {@code tolerance} absolutely or relative to the right value,
 * |yours − right| ≤ tol · max(1, |right|); a matrix when its shape is right and every entry is; an array of integers
 * when it is equal. When an outcome is wrong, the comparison says what looks wrong where it can see it: a NaN, a
 * transposed or wrongly shaped matrix, or an answer that is a constant multiple of the right one (a forgotten
 * factor 2, 1/m or minus sign).
 *
 * @param share     the share of a matrix's entries that are right (1 or 0 for numbers and arrays)
 * @param diagnosis what looks wrong, or empty
 */
record Comparison(boolean right, double share, String diagnosis) {

    /** Factors a single number is checked for: a wrong sign, a forgotten or doubled factor 2. */
    private static final double[] TELLING_FACTORS = {-1, 2, 0.5, -2, -0.5};

    static Comparison of(Object yours, Object right, double tolerance) {
        if (right instanceof Matrix r) {
            return yours instanceof Matrix y ? matrices(y, r, tolerance) : kindMismatch(yours, "a matrix");
        }
        if (right instanceof int[] r) {
            return yours instanceof int[] y ? integers(y, r) : kindMismatch(yours, "an array of integers");
        }
        if (right instanceof Number r) {
            return yours instanceof Number y ? numbers(y.doubleValue(), r.doubleValue(), tolerance)
                    : kindMismatch(yours, "a number");
        }
        throw new IllegalArgumentException("cannot compare outcomes of type " + right.getClass().getName());
    }

    static boolean close(double yours, double right, double tolerance) {
        return Math.abs(yours - right) <= tolerance * Math.max(1, Math.abs(right));
    }

    private static Comparison numbers(double yours, double right, double tolerance) {
        if (close(yours, right, tolerance)) {
            return new Comparison(true, 1, "");
        }
        if (Double.isNaN(yours)) {
            return wrong("it is NaN: a 0/0, a log of a negative number or a NaN placeholder left in?");
        }
        for (double factor : TELLING_FACTORS) {
            if (right != 0 && close(yours, factor * right, tolerance)) {
                return wrong(factor == -1 ? "it has the wrong sign" : "it is " + shown(factor) + " times the right value");
            }
        }
        return wrong("");
    }

    private static Comparison matrices(Matrix yours, Matrix right, double tolerance) {
        if (!yours.hasShapeOf(right)) {
            boolean transposed = yours.rows() == right.cols() && yours.cols() == right.rows();
            if (transposed && yours.transpose().isCloseTo(right, tolerance)) {
                return wrong("it is the transpose of the right matrix: " + yours.shape() + " instead of " + right.shape());
            }
            return wrong("its shape is " + yours.shape() + " where " + right.shape() + " is expected"
                    + (transposed ? ": rows and columns swapped?" : ""));
        }
        int n = yours.rows() * yours.cols();
        int rightEntries = 0;
        boolean nan = false;
        for (int i = 0; i < yours.rows(); i++) {
            for (int j = 0; j < yours.cols(); j++) {
                rightEntries += close(yours.get(i, j), right.get(i, j), tolerance) ? 1 : 0;
                nan |= Double.isNaN(yours.get(i, j));
            }
        }
        if (rightEntries == n) {
            return new Comparison(true, 1, "");
        }
        double share = (double) rightEntries / n;
        if (nan) {
            return new Comparison(false, share, "it holds NaN: a 0/0 or a log of a negative number somewhere?");
        }
        double factor = commonFactor(yours, right, tolerance);
        String diagnosis = !Double.isNaN(factor) ? (factor == -1 ? "every entry has the wrong sign"
                : "every entry is " + shown(factor) + " times the right one")
                : rightEntries + " of its " + n + " entries are right";
        return new Comparison(false, share, diagnosis);
    }

    /** c when yours = c · right for one c ≠ 1 over all entries (and right has two nonzero entries), else NaN. */
    private static double commonFactor(Matrix yours, Matrix right, double tolerance) {
        double factor = Double.NaN;
        int nonzero = 0;
        for (int i = 0; i < right.rows(); i++) {
            for (int j = 0; j < right.cols(); j++) {
                double r = right.get(i, j);
                double y = yours.get(i, j);
                if (r == 0) {
                    if (!close(y, 0, tolerance)) {
                        return Double.NaN;
                    }
                    continue;
                }
                if (nonzero++ == 0) {
                    factor = y / r;
                } else if (!close(y, factor * r, tolerance)) {
                    return Double.NaN;
                }
            }
        }
        return nonzero >= 2 && !close(factor, 1, tolerance) && factor != 0 ? factor : Double.NaN;
    }

    private static Comparison integers(int[] yours, int[] right) {
        if (Arrays.equals(yours, right)) {
            return new Comparison(true, 1, "");
        }
        return wrong(yours.length != right.length ? "it has " + yours.length + " entries where "
                + right.length + " are expected" : "");
    }

    private static Comparison kindMismatch(Object yours, String expected) {
        return wrong("it is " + (yours == null ? "null" : "a " + yours.getClass().getSimpleName()) + ", not " + expected);
    }

    private static Comparison wrong(String diagnosis) {
        return new Comparison(false, 0, diagnosis);
    }

    /** An outcome as the learner reads it: numbers to 6 significant digits, a matrix by its rows. */
    static String shown(Object outcome) {
        if (outcome instanceof Number n) {
            double v = n.doubleValue();
            return Double.isFinite(v) ? new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString()
                    : String.valueOf(v);
        }
        if (outcome instanceof int[] a) {
            return Arrays.toString(a);
        }
        if (outcome instanceof Matrix m) {
            return m.rows() * m.cols() <= 12 ? Arrays.deepToString(Arrays.stream(m.toArray())
                    .map(row -> Arrays.stream(row).mapToObj(Comparison::shown).toArray()).toArray()) : "a " + m.shape() + " matrix";
        }
        return String.valueOf(outcome);
    }
}
