package neuralmath.activations;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import neuralmath.la.Kernels;
import neuralmath.la.VectorMath;

/**
 * Sigmoid's fused loop on the Vector API, a vector of Z at a time, with the library's vector e^x
 * ({@link VectorMath#exp}); the last few columns of a row one by one with {@link Math#exp}. Loaded only when the
 * Vector API kernels are active ({@link Kernels#usesVectorApi()}); on loading (when {@link Sigmoid} is loaded), it
 * runs its loop on small arrays until the JIT compiler has compiled it. Raw arrays for the reason {@link FusedKernels} gives.
 */
final class VectorFusedKernels {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int V = SPECIES.length();
    /** The longest the warm-up may take. */
    private static final long WARM_UP_MILLIS = 500;

    static {
        int cols = 2 * V + 3;
        double[] z = new double[4 * cols];
        double[] b = new double[cols];
        double[] a = new double[4 * cols];
        Kernels.warmUp(WARM_UP_MILLIS, () -> addBiasSigmoidRows(z, b, a, cols, 0, 4));
    }

    private VectorFusedKernels() {
    }

    /** Does nothing but make sure this class is loaded, and so its loop compiled (see the static block). */
    static void warmUp() {
    }

    /** Rows [from, to): Z ← Z + b, A = σ(Z) = 1 / (1 + e^(−Z)). */
    static void addBiasSigmoidRows(double[] z, double[] b, double[] a, int cols, int from, int to) {
        int vectorCols = SPECIES.loopBound(cols);
        DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
        for (int i = from; i < to; i++) {
            int row = i * cols;
            for (int j = 0; j < vectorCols; j += V) {
                DoubleVector zv = DoubleVector.fromArray(SPECIES, z, row + j)
                        .add(DoubleVector.fromArray(SPECIES, b, j));
                zv.intoArray(z, row + j);
                one.div(one.add(VectorMath.exp(zv.neg()))).intoArray(a, row + j);
            }
            for (int j = vectorCols; j < cols; j++) {
                double zij = z[row + j] + b[j];
                z[row + j] = zij;
                a[row + j] = 1.0 / (1.0 + Math.exp(-zij));
            }
        }
    }
}
