package neuralmath.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import neuralmath.la.Matrix;

/**
 * The fused forms a layer runs (Z ← Z + b, then A = f(Z) in one pass; the chain rule through f on a whole batch)
 * against the formulas written out once more here: σ(z) = 1 / (1 + e^(−z)), max(0, z), softmax(z)ⱼ =
 * e^(zⱼ − max z) / Σₗ e^(zₗ − max z), ∂L/∂A ⊙ A ⊙ (1 − A) and ∂L/∂A where Z &gt; 0. They run on the active kernels
 * (the Vector API ones in the build); values through e^z may differ from {@link Math#exp} by a few units in the last
 * place ({@link #ULPS}). Moved here from the kernels' tests with the kernels themselves.
 */
class FusedFormsTest {

    /** How many units in the last place an e^z-based value may differ from the one computed with Math.exp. */
    static final double ULPS = 4;

    @Property(tries = 60)
    void sigmoidAndReluAddTheBiasThenApplyTheFormula(@ForAll @IntRange(min = 1, max = 40) int rows,
                                                     @ForAll @IntRange(min = 1, max = 70) int cols,
                                                     @ForAll long seed) {
        Random random = new Random(seed);
        Matrix z = Matrix.randn(rows, cols, random).times(12);
        Matrix b = Matrix.randn(1, cols, random).times(3);
        Matrix zb = z.addRowVector(b);
        Matrix zRelu = z.copy();
        Matrix sigmoid = new Sigmoid().addBiasAndApply(z, b);
        Matrix relu = new ReLU().addBiasAndApply(zRelu, b);
        assertEquals(zb, z, "sigmoid: Z + b");
        assertEquals(zb, zRelu, "relu: Z + b");
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double x = zb.get(i, j);
                assertClose(1.0 / (1.0 + Math.exp(-x)), sigmoid.get(i, j), "sigmoid(" + x + ")");
                assertEquals(Math.max(0, x), relu.get(i, j), "relu(" + x + ")");
            }
        }
    }

    @Property(tries = 60)
    void softmaxAddsTheBiasThenNormalisesEachRow(@ForAll @IntRange(min = 1, max = 40) int rows,
                                                 @ForAll @IntRange(min = 1, max = 30) int cols, @ForAll long seed) {
        Random random = new Random(seed);
        Matrix z = Matrix.randn(rows, cols, random).times(20);
        Matrix b = Matrix.randn(1, cols, random).times(3);
        Matrix zb = z.addRowVector(b);
        Matrix a = new Softmax().addBiasAndApply(z, b);
        assertEquals(zb, z, "Z + b");
        for (int i = 0; i < rows; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < cols; j++) {
                max = Math.max(max, zb.get(i, j));
            }
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                sum += Math.exp(zb.get(i, j) - max);
            }
            double rowSum = 0;
            for (int j = 0; j < cols; j++) {
                assertClose(Math.exp(zb.get(i, j) - max) / sum, a.get(i, j), "softmax");
                rowSum += a.get(i, j);
            }
            assertEquals(1.0, rowSum, 1e-14, "a softmax row sums to 1");
        }
    }

    @Property(tries = 40)
    void backwardPassesAreTheChainRule(@ForAll @IntRange(min = 1, max = 30) int rows,
                                       @ForAll @IntRange(min = 1, max = 40) int cols, @ForAll long seed) {
        Random random = new Random(seed);
        Matrix z = Matrix.randn(rows, cols, random).times(2);
        Matrix g = Matrix.randn(rows, cols, random);
        Matrix s = Matrix.randn(rows, cols, random).map(x -> 1 / (1 + Math.exp(-x)));
        Matrix relu = new ReLU().backward(z, z.map(x -> Math.max(0, x)), g);
        Matrix sigmoid = new Sigmoid().backward(z, s, g);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                assertEquals(z.get(i, j) > 0 ? g.get(i, j) : 0.0, relu.get(i, j), "relu backward");
                double si = s.get(i, j);
                assertEquals(g.get(i, j) * (si * (1 - si)), sigmoid.get(i, j), "sigmoid backward");
            }
        }
    }

    @Example
    void extremeInputsGiveLimitsNotNaN() {
        double[] z = {-1000, -745, -40, 0, 40, 745, 1000, Double.MAX_VALUE, -Double.MAX_VALUE, 3};
        Matrix zeros = Matrix.zeros(1, z.length);
        Matrix sig = new Sigmoid().addBiasAndApply(Matrix.rowVector(z), zeros);
        Matrix soft = new Softmax().addBiasAndApply(Matrix.rowVector(z), zeros);
        for (int i = 0; i < z.length; i++) {
            assertTrue(sig.get(0, i) >= 0 && sig.get(0, i) <= 1, "sigmoid(" + z[i] + ") = " + sig.get(0, i));
            assertTrue(soft.get(0, i) >= 0 && soft.get(0, i) <= 1, "softmax at " + z[i] + " = " + soft.get(0, i));
        }
        assertEquals(0.0, sig.get(0, 0));
        assertEquals(1.0, sig.get(0, 6));
        assertEquals(0.5, sig.get(0, 3));
        assertEquals(1.0, soft.get(0, 7), "the largest logit takes all");
    }

    @Example
    void sigmoidIsTheSameBitForBitOnOneThreadAndOnMany() {
        // 1437×64, the digits' hidden layer: large enough to be shared out over the threads.
        Matrix z = Matrix.randn(1437, 64, 3).times(4);
        Matrix b = Matrix.randn(1, 64, 4);
        Matrix whole = new Sigmoid().addBiasAndApply(z.copy(), b);
        Matrix byRows = Matrix.zeros(1437, 64);
        for (int i = 0; i < 1437; i++) {   // one row at a time: each too small to be shared out
            Matrix row = new Sigmoid().addBiasAndApply(z.row(i), b);
            for (int j = 0; j < 64; j++) {
                byRows.set(i, j, row.get(0, j));
            }
        }
        assertEquals(byRows, whole);
    }

    private static void assertClose(double expected, double actual, String what) {
        double tolerance = ULPS * Math.ulp(Math.max(Math.abs(expected), Double.MIN_NORMAL));
        assertTrue(Math.abs(expected - actual) <= tolerance,
                () -> what + ": expected " + expected + ", got " + actual + " (" + ULPS + " ulps allowed)");
    }
}
