package neuralmath.la;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Both kernel implementations against the reference triple loop ({@link ReferenceKernels}), on many random shapes: sizes that are and are
 * not multiples of the vector width, the register tile and the cache blocks, 1×n and n×1.
 *
 * <p>The Vector API kernels must give exactly what {@link Math#fma} in order p = 0, 1, … gives (see
 * {@link BlockedKernels}), and the plain kernels the same where the processor has fused multiply-add, else
 * exactly what {@code c += a * b} gives; the two agree within the stated {@link Kernels#TOLERANCE} bound.
 */
class MatrixKernelsTest {

    enum Product { MULTIPLY, TRANSPOSE_A, TRANSPOSE_B }

    private static final List<Integer> EDGES = List.of(1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65,
            127, 128, 129);

    @Provide
    Arbitrary<Integer> side() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 40)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(EDGES)));
    }

    @Provide
    Arbitrary<Integer> depth() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 40)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(EDGES)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(255, 256, 257, 300, 513)));
    }

    @Property(tries = 150)
    void plainKernelsSumExactlyAsTheNaiveLoop(@ForAll("side") int m, @ForAll("depth") int k, @ForAll("side") int n,
                                              @ForAll Product product, @ForAll long seed) {
        checkExact(new PlainKernels(1), PlainKernels.FUSED, product, m, k, n, seed);
    }

    @Property(tries = 150)
    void vectorKernelsSumExactlyAsTheNaiveFusedLoop(@ForAll("side") int m, @ForAll("depth") int k,
                                                    @ForAll("side") int n, @ForAll Product product,
                                                    @ForAll long seed) {
        checkExact(new VectorKernels(1), true, product, m, k, n, seed);
    }

    @Property(tries = 100)
    void plainAndVectorAgreeWithinTheStatedTolerance(@ForAll("side") int m, @ForAll("depth") int k,
                                                     @ForAll("side") int n, @ForAll Product product,
                                                     @ForAll long seed) {
        Random random = new Random(seed);
        double[] a = randomArray(m * k, random);
        double[] b = randomArray(k * n, random);
        double[] plain = run(new PlainKernels(1), product, a, b, m, k, n);
        double[] vector = run(new VectorKernels(1), product, a, b, m, k, n);
        if (PlainKernels.FUSED) {
            assertArrayEquals(vector, plain, "with fused multiply-add both paths sum alike");
        }
        double[] magnitude = naive(abs(a), abs(b), product, m, k, n, false);
        for (int i = 0; i < plain.length; i++) {
            double bound = Kernels.TOLERANCE * k * magnitude[i];
            assertTrue(Math.abs(plain[i] - vector[i]) <= bound, () -> product + " " + m + "x" + k + "x" + n
                    + ": plain and vector differ by more than " + Kernels.TOLERANCE + "·k·Σ|a||b|");
        }
    }

    @Example
    void oneByNAndNByOne() {
        for (int[] shape : new int[][] {{1, 1, 1}, {1, 300, 1}, {1, 7, 700}, {700, 7, 1}, {1, 1, 1029},
                {1029, 1, 1}, {300, 1, 300}}) {
            for (Product product : Product.values()) {
                checkExact(new PlainKernels(1), PlainKernels.FUSED, product, shape[0], shape[1], shape[2], 7);
                checkExact(new VectorKernels(1), true, product, shape[0], shape[1], shape[2], 7);
            }
        }
    }

    @Example
    void severalBlocksOfRowsDepthAndColumns() {
        // 130 rows: three row blocks; depth 600: three depth blocks; 1030 columns: three column blocks.
        for (Product product : Product.values()) {
            checkExact(new PlainKernels(2), PlainKernels.FUSED, product, 130, 600, 1030, 11);
            checkExact(new VectorKernels(2), true, product, 130, 600, 1030, 11);
        }
    }

    @Example
    void sameResultBitForBitOnOneThreadAndOnMany() {
        // Enough panels of columns to share them out (each thread packs only its own columns of B); and too few
        // (one panel: the digits' output layer, n = 10), where the threads share the rows.
        for (int[] shape : new int[][] {{517, 300, 130}, {64, 1437, 70}, {1437, 64, 10}, {64, 1437, 10}}) {
            sameResultOnAnyNumberOfThreads(shape[0], shape[1], shape[2]);
        }
    }

    private static void sameResultOnAnyNumberOfThreads(int m, int k, int n) {
        Random random = new Random(3);
        double[] a = randomArray(m * k, random);
        double[] b = randomArray(k * n, random);
        for (Product product : Product.values()) {
            double[] plainOne = run(new PlainKernels(1), product, a, b, m, k, n);
            double[] vectorOne = run(new VectorKernels(1), product, a, b, m, k, n);
            for (int threads : new int[] {2, 3, 8}) {
                assertArrayEquals(plainOne, run(new PlainKernels(threads), product, a, b, m, k, n),
                        "plain, " + threads + " threads, " + product);
                assertArrayEquals(vectorOne, run(new VectorKernels(threads), product, a, b, m, k, n),
                        "vector, " + threads + " threads, " + product);
            }
        }
    }

    @Example
    void outputIsOverwrittenNotAddedTo() {
        Random random = new Random(5);
        double[] a = randomArray(9 * 300, random);
        double[] b = randomArray(300 * 17, random);
        for (MatrixKernels kernels : List.of(new PlainKernels(1), new VectorKernels(1))) {
            double[] fresh = new double[9 * 17];
            kernels.multiply(a, b, fresh, 9, 300, 17);
            double[] dirty = randomArray(9 * 17, random);
            kernels.multiply(a, b, dirty, 9, 300, 17);
            assertArrayEquals(fresh, dirty, kernels.name());
            double[] zeroDepth = randomArray(9 * 17, random);
            kernels.multiply(new double[0], new double[0], zeroDepth, 9, 0, 17);
            assertArrayEquals(new double[9 * 17], zeroDepth, kernels.name() + ", k = 0");
        }
    }

    private static void checkExact(MatrixKernels kernels, boolean fused, Product product, int m, int k, int n,
                                   long seed) {
        Random random = new Random(seed);
        double[] a = randomArray(m * k, random);
        double[] b = randomArray(k * n, random);
        double[] expected = naive(a, b, product, m, k, n, fused);
        assertArrayEquals(expected, run(kernels, product, a, b, m, k, n),
                kernels.name() + " " + product + " " + m + "x" + k + "x" + n);
    }

    private static double[] run(MatrixKernels kernels, Product product, double[] a, double[] b, int m, int k,
                                int n) {
        double[] c = new double[m * n];
        switch (product) {
            case MULTIPLY -> kernels.multiply(a, b, c, m, k, n);
            case TRANSPOSE_A -> kernels.multiplyTransposeA(a, b, c, m, k, n);
            case TRANSPOSE_B -> kernels.multiplyTransposeB(a, b, c, m, k, n);
        }
        return c;
    }

    /** C(i,j) = Σₚ A(i,p)·B(p,j) for p = 0, 1, …, k−1, A stored k×m for Aᵀ·B, B stored n×k for A·Bᵀ. */
    private static double[] naive(double[] a, double[] b, Product product, int m, int k, int n, boolean fused) {
        return run(new ReferenceKernels(fused), product, a, b, m, k, n);
    }

    private static double[] randomArray(int size, Random random) {
        double[] x = new double[size];
        for (int i = 0; i < size; i++) {
            x[i] = random.nextGaussian();
        }
        return x;
    }

    private static double[] abs(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.abs(x[i]);
        }
        return out;
    }
}
