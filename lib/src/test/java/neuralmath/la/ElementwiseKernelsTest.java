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
 * The fused element-wise kernels of both implementations against the formulas written out once more here:
 * σ(z) = 1 / (1 + e^(−z)), max(0, z), softmax(z)ⱼ = e^(zⱼ − max z) / Σₗ e^(zₗ − max z), and their backward
 * passes. The bias is added exactly (Z + b is the same double everywhere); values that go through e^z may
 * differ from {@link Math#exp} by a few units in the last place ({@link #ULPS}).
 */
class ElementwiseKernelsTest {

    /** How many units in the last place an e^z-based value may differ from the one computed with Math.exp. */
    static final double ULPS = 4;

    private static final List<BlockedKernels> IMPLEMENTATIONS = List.of(new PlainKernels(1), new VectorKernels(1));

    @Property(tries = 60)
    void addBiasSigmoidMatchesTheFormula(@ForAll @IntRange(min = 1, max = 40) int rows,
                                         @ForAll @IntRange(min = 1, max = 70) int cols, @ForAll long seed) {
        for (BlockedKernels kernels : IMPLEMENTATIONS) {
            Random random = new Random(seed);
            double[] z = scaled(random, rows * cols, 12);
            double[] b = scaled(random, cols, 3);
            double[] zb = plusBias(z, b, rows, cols);
            double[] a = new double[rows * cols];
            kernels.addBiasSigmoid(z, b, a, rows, cols);
            assertArrayEquals(zb, z, kernels.name() + ": Z + b");
            for (int i = 0; i < a.length; i++) {
                assertClose(1.0 / (1.0 + Math.exp(-zb[i])), a[i], kernels.name() + " sigmoid(" + zb[i] + ")");
            }
        }
    }

    @Property(tries = 60)
    void addBiasSoftmaxMatchesTheFormula(@ForAll @IntRange(min = 1, max = 40) int rows,
                                         @ForAll @IntRange(min = 1, max = 30) int cols, @ForAll long seed) {
        for (BlockedKernels kernels : IMPLEMENTATIONS) {
            Random random = new Random(seed);
            double[] z = scaled(random, rows * cols, 20);
            double[] b = scaled(random, cols, 3);
            double[] zb = plusBias(z, b, rows, cols);
            double[] a = new double[rows * cols];
            kernels.addBiasSoftmax(z, b, a, rows, cols);
            assertArrayEquals(zb, z, kernels.name() + ": Z + b");
            for (int i = 0; i < rows; i++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < cols; j++) {
                    max = Math.max(max, zb[i * cols + j]);
                }
                double sum = 0;
                for (int j = 0; j < cols; j++) {
                    sum += Math.exp(zb[i * cols + j] - max);
                }
                double rowSum = 0;
                for (int j = 0; j < cols; j++) {
                    assertClose(Math.exp(zb[i * cols + j] - max) / sum, a[i * cols + j], kernels.name() + " softmax");
                    rowSum += a[i * cols + j];
                }
                assertEquals(1.0, rowSum, 1e-14, kernels.name() + ": a softmax row sums to 1");
            }
        }
    }

    @Property(tries = 40)
    void addBiasReluAndTheBackwardPassesMatchTheFormulas(@ForAll @IntRange(min = 1, max = 30) int rows,
                                                         @ForAll @IntRange(min = 1, max = 40) int cols,
                                                         @ForAll long seed) {
        for (BlockedKernels kernels : IMPLEMENTATIONS) {
            Random random = new Random(seed);
            double[] z = scaled(random, rows * cols, 2);
            double[] b = scaled(random, cols, 1);
            double[] zb = plusBias(z, b, rows, cols);
            double[] a = new double[rows * cols];
            kernels.addBiasRelu(z, b, a, rows, cols);
            double[] g = scaled(random, rows * cols, 1);
            double[] s = new double[rows * cols];
            for (int i = 0; i < s.length; i++) {
                s[i] = random.nextDouble();
            }
            double[] reluGrad = new double[g.length];
            kernels.reluBackward(g, zb, reluGrad, g.length);
            double[] sigmoidGrad = new double[g.length];
            kernels.sigmoidBackward(g, s, sigmoidGrad, g.length);
            for (int i = 0; i < a.length; i++) {
                assertEquals(zb[i], z[i], kernels.name() + ": Z + b");
                assertEquals(Math.max(0, zb[i]), a[i], kernels.name() + ": relu");
                assertEquals(zb[i] > 0 ? g[i] : 0.0, reluGrad[i], kernels.name() + ": relu backward");
                assertEquals(g[i] * (s[i] * (1 - s[i])), sigmoidGrad[i], kernels.name() + ": sigmoid backward");
            }
        }
    }

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

    @Example
    void extremeInputsGiveLimitsNotNaN() {
        double[] z = {-1000, -745, -40, 0, 40, 745, 1000, Double.MAX_VALUE, -Double.MAX_VALUE, 3};
        for (BlockedKernels kernels : IMPLEMENTATIONS) {
            double[] sig = new double[z.length];
            kernels.addBiasSigmoid(z.clone(), new double[z.length], sig, 1, z.length);
            double[] soft = new double[z.length];
            kernels.addBiasSoftmax(z.clone(), new double[z.length], soft, 1, z.length);
            for (int i = 0; i < z.length; i++) {
                assertTrue(sig[i] >= 0 && sig[i] <= 1, kernels.name() + ": sigmoid(" + z[i] + ") = " + sig[i]);
                assertTrue(soft[i] >= 0 && soft[i] <= 1, kernels.name() + ": softmax at " + z[i] + " = " + soft[i]);
            }
            assertEquals(0.0, sig[0], kernels.name());
            assertEquals(1.0, sig[6], kernels.name());
            assertEquals(0.5, sig[3], kernels.name());
            assertEquals(1.0, soft[7], kernels.name() + ": the largest logit takes all");
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

    @Example
    void elementWiseResultsAreTheSameBitForBitOnOneThreadAndOnMany() {
        // Large enough to be shared out: the digits' hidden layer (1437×64) and its output layer (1437×10).
        for (int[] shape : new int[][] {{1437, 64}, {1437, 10}, {3000, 7}}) {
            int rows = shape[0];
            int cols = shape[1];
            Random random = new Random(rows + cols);
            double[] z = scaled(random, rows * cols, 4);
            double[] b = scaled(random, cols, 1);
            double[] g = scaled(random, rows * cols, 1);
            List<double[]> one = elementWise(new PlainKernels(1), z, b, g, rows, cols);
            List<double[]> oneVector = elementWise(new VectorKernels(1), z, b, g, rows, cols);
            for (int threads : new int[] {2, 3, 8}) {
                List<double[]> many = elementWise(new PlainKernels(threads), z, b, g, rows, cols);
                List<double[]> manyVector = elementWise(new VectorKernels(threads), z, b, g, rows, cols);
                for (int r = 0; r < one.size(); r++) {
                    assertArrayEquals(one.get(r), many.get(r), "plain, " + threads + " threads, result " + r);
                    assertArrayEquals(oneVector.get(r), manyVector.get(r), "vector, " + threads + " threads, result " + r);
                }
            }
        }
    }

    @Example
    void forEachPartCoversEveryIndexOnce() {
        for (int threads : new int[] {1, 2, 3, 8}) {
            for (BlockedKernels kernels : List.of(new PlainKernels(threads), new VectorKernels(threads))) {
                for (int size : new int[] {1, 7, 4095, 4096, 100_003}) {
                    int[] visits = new int[size];
                    kernels.forEachPart(size, (from, to) -> {
                        for (int i = from; i < to; i++) {
                            visits[i]++;
                        }
                    });
                    for (int i = 0; i < size; i++) {
                        assertEquals(1, visits[i], kernels.name() + ", size " + size + ", index " + i);
                    }
                }
            }
        }
    }

    /** Every element-wise kernel on the same inputs: sigmoid, ReLU and softmax outputs, both backward passes, column sums. */
    private static List<double[]> elementWise(MatrixKernels kernels, double[] z, double[] b, double[] g, int rows,
                                              int cols) {
        double[] sigmoid = new double[z.length];
        kernels.addBiasSigmoid(z.clone(), b, sigmoid, rows, cols);
        double[] relu = new double[z.length];
        kernels.addBiasRelu(z.clone(), b, relu, rows, cols);
        double[] softmax = new double[z.length];
        kernels.addBiasSoftmax(z.clone(), b, softmax, rows, cols);
        double[] sigmoidGrad = new double[z.length];
        kernels.sigmoidBackward(g, sigmoid, sigmoidGrad, z.length);
        double[] reluGrad = new double[z.length];
        kernels.reluBackward(g, z, reluGrad, z.length);
        double[] sums = new double[cols];
        kernels.sumColumns(g, sums, rows, cols);
        return List.of(sigmoid, relu, softmax, sigmoidGrad, reluGrad, sums);
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

    private static double[] plusBias(double[] z, double[] b, int rows, int cols) {
        double[] out = new double[z.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[i * cols + j] = z[i * cols + j] + b[j];
            }
        }
        return out;
    }
}
