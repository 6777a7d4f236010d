package neuralmath.la;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The element-wise kernels of both implementations: e^x, which may differ from {@link Math#exp} by a few units in
 * the last place ({@link #ULPS}), column sums, the optimizers' in-place updates, and the sharing out of element-wise work over threads. The
 * activations' fused loops, which moved to {@code neuralmath.activations}, are tested there ({@code FusedFormsTest}).
 */
class ElementwiseKernelsTest {

    /** How many units in the last place an e^z-based value may differ from the one computed with Math.exp. */
    static final double ULPS = 4;

    private static final List<BlockedKernels> IMPLEMENTATIONS = List.of(new PlainKernels(1), new VectorKernels(1));

    @Property(tries = 30)
    void expMatchesMathExp(@ForAll @IntRange(min = 1, max = 100) int size, @ForAll long seed) {
        for (BlockedKernels kernels : IMPLEMENTATIONS) {
            Random random = new Random(seed);
            double[] x = new double[size];
            for (int i = 0; i < size; i++) {
                x[i] = (random.nextDouble() - 0.5) * 1400;
            }
            double[] e = x.clone();
            kernels.exp(e, 0, size);
            for (int i = 0; i < size; i++) {
                assertClose(Math.exp(x[i]), e[i], kernels.name() + " exp(" + x[i] + ")");
            }
        }
    }

    @Example
    void expAtTheEdgesOfTheDoublesMatchesMathExp() {
        // Subnormal results (2^k in two halves), the last finite one, overflow, infinities and NaN.
        double[] x = {-1000, -746, -745.1, -745, -740, -708.5, -1e-300, 0, 1e-300, 1, 709.7, 709.8, 710, 1000,
            Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NaN};
        for (BlockedKernels kernels : IMPLEMENTATIONS) {
            double[] e = x.clone();
            kernels.exp(e, 0, e.length);
            for (int i = 0; i < x.length; i++) {
                double expected = Math.exp(x[i]);
                String what = kernels.name() + " exp(" + x[i] + ") = " + e[i] + ", Math.exp gives " + expected;
                if (Double.isNaN(expected) || Double.isInfinite(expected) || expected == 0) {
                    assertEquals(expected, e[i], what);
                } else {
                    assertTrue(Math.abs(e[i] - expected) <= Math.ulp(expected), what);
                }
            }
        }
    }

    @Property(tries = 40)
    void sumColumnsAddsEachColumnInOrder(@ForAll @IntRange(min = 1, max = 60) int rows,
                                         @ForAll @IntRange(min = 1, max = 40) int cols, @ForAll long seed) {
        double[] x = scaled(new Random(seed), rows * cols, 3);
        double[] expected = new double[cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                expected[j] += x[i * cols + j];
            }
        }
        for (BlockedKernels kernels : IMPLEMENTATIONS) {
            double[] out = new double[cols];
            java.util.Arrays.fill(out, 99);
            kernels.sumColumns(x, out, rows, cols);
            assertArrayEquals(expected, out, kernels.name());
        }
    }

    /**
     * The in-place updates an optimizer's step is made of give, on both implementations and for any range (vector
     * tails included), exactly what their formula gives written out per element in plain Java.
     */
    @Property(tries = 40)
    void inPlaceUpdatesComputeTheirFormulaBitForBit(@ForAll @IntRange(min = 1, max = 100) int size,
                                                    @ForAll @IntRange(min = 0, max = 5) int from, @ForAll long seed) {
        Random random = new Random(seed);
        double[] x = scaled(random, size, 1);
        double[] m = scaled(random, size, 0.1);
        double[] v = scaled(random, size, 0.01);
        for (int i = 0; i < size; i++) {
            v[i] = Math.abs(v[i]);
        }
        double[] g = scaled(random, size, 0.1);
        double beta1 = 0.9;
        double beta2 = 0.999;
        double[] mExpected = m.clone();
        double[] vExpected = v.clone();
        double[] squaresExpected = v.clone();
        double[] stepExpected = x.clone();
        double[] correctedExpected = x.clone();
        int start = Math.min(from, size);
        for (int i = start; i < size; i++) {
            mExpected[i] = beta1 * m[i] + (1 - beta1) * g[i];
            vExpected[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
            squaresExpected[i] = v[i] + g[i] * g[i];
            stepExpected[i] = x[i] - 0.01 * g[i] / (Math.sqrt(v[i]) + 1e-8);
            correctedExpected[i] = x[i] - 0.01 * (m[i] / 0.19) / (Math.sqrt(v[i] / 0.002) + 1e-8);
        }
        for (BlockedKernels kernels : IMPLEMENTATIONS) {
            double[] mOut = m.clone();
            double[] vOut = v.clone();
            kernels.movingAverages(mOut, beta1, vOut, beta2, g, start, size);
            assertArrayEquals(mExpected, mOut, kernels.name() + " m ← β₁·m + (1 − β₁)·g");
            assertArrayEquals(vExpected, vOut, kernels.name() + " v ← β₂·v + (1 − β₂)·g²");
            double[] vAlone = v.clone();
            kernels.movingAverages(null, 0, vAlone, beta2, g, start, size);
            assertArrayEquals(vExpected, vAlone, kernels.name() + " v ← β₂·v + (1 − β₂)·g² alone");
            double[] squares = v.clone();
            kernels.addSquares(squares, g, start, size);
            assertArrayEquals(squaresExpected, squares, kernels.name() + " G ← G + g²");
            double[] step = x.clone();
            kernels.subtractScaledOverRoot(step, 0.01, g, 1, v, 1, 1e-8, start, size);
            assertArrayEquals(stepExpected, step, kernels.name() + " θ ← θ − η·g / (√E + ε)");
            double[] corrected = x.clone();
            kernels.subtractScaledOverRoot(corrected, 0.01, m, 0.19, v, 0.002, 1e-8, start, size);
            assertArrayEquals(correctedExpected, corrected, kernels.name() + " θ ← θ − η·m̂ / (√v̂ + ε)");
        }
    }

    @Example
    void elementWiseResultsAreTheSameBitForBitOnOneThreadAndOnMany() {
        // Large enough to be shared out: the digits' hidden layer (1437×64) and its output layer (1437×10).
        for (int[] shape : new int[][] {{1437, 64}, {1437, 10}, {3000, 7}}) {
            int rows = shape[0];
            int cols = shape[1];
            Random random = new Random(rows + cols);
            double[] z = scaled(random, rows * cols, 4);
            double[] g = scaled(random, rows * cols, 1);
            List<double[]> one = elementWise(new PlainKernels(1), z, g, rows, cols);
            List<double[]> oneVector = elementWise(new VectorKernels(1), z, g, rows, cols);
            for (int threads : new int[] {2, 3, 8}) {
                List<double[]> many = elementWise(new PlainKernels(threads), z, g, rows, cols);
                List<double[]> manyVector = elementWise(new VectorKernels(threads), z, g, rows, cols);
                for (int r = 0; r < one.size(); r++) {
                    assertArrayEquals(one.get(r), many.get(r), "plain, " + threads + " threads, result " + r);
                    assertArrayEquals(oneVector.get(r), manyVector.get(r), "vector, " + threads + " threads, result " + r);
                }
            }
        }
    }

    @Example
    void forEachPartAndForEachPartOfRowsCoverEveryIndexOnce() {
        for (int threads : new int[] {1, 2, 3, 8}) {
            for (BlockedKernels kernels : List.of(new PlainKernels(threads), new VectorKernels(threads))) {
                for (int size : new int[] {1, 7, 4095, 4096, 100_003}) {
                    int[] visits = new int[size];
                    kernels.forEachPart(size, (from, to) -> {
                        for (int i = from; i < to; i++) {
                            visits[i]++;
                        }
                    });
                    int[] rowVisits = new int[size];
                    kernels.forEachPartOfRows(size, 64, (from, to) -> {
                        for (int i = from; i < to; i++) {
                            rowVisits[i]++;
                        }
                    });
                    for (int i = 0; i < size; i++) {
                        assertEquals(1, visits[i], kernels.name() + ", size " + size + ", index " + i);
                        assertEquals(1, rowVisits[i], kernels.name() + ", " + size + " rows, row " + i);
                    }
                }
            }
        }
    }

    /** Every element-wise kernel on the same inputs: e^x and column sums. */
    private static List<double[]> elementWise(MatrixKernels kernels, double[] z, double[] g, int rows, int cols) {
        double[] exp = z.clone();
        kernels.exp(exp);
        double[] sums = new double[cols];
        kernels.sumColumns(g, sums, rows, cols);
        return List.of(exp, sums);
    }

    private static void assertClose(double expected, double actual, String what) {
        double tolerance = ULPS * Math.ulp(Math.max(Math.abs(expected), Double.MIN_NORMAL));
        assertTrue(Math.abs(expected - actual) <= tolerance,
                () -> what + ": expected " + expected + ", got " + actual + " (" + ULPS + " ulps allowed)");
    }

    private static double[] scaled(Random random, int size, double scale) {
        double[] x = new double[size];
        for (int i = 0; i < size; i++) {
            x[i] = scale * random.nextGaussian();
        }
        return x;
    }
}
