package neuralmath.activations;

import neuralmath.la.Kernels;
import neuralmath.la.Matrix;
import neuralmath.la.MatrixKernels;

/**
 * The loops a layer runs over a whole batch for sigmoid and ReLU: Z ← Z + b and then A = f(Z) in one pass, and the
 * chain rule back through f. They live here, next to the activations, so that {@code neuralmath.la} knows no
 * activation; they share their work out over the cores with the library's kernels
 * ({@link MatrixKernels#forEachPartOfRows}), and sigmoid runs a vector at a time on the Vector API kernels
 * ({@link VectorFusedKernels}).
 *
 * <p>Why raw arrays ({@link Matrix#data()}) here: each loop is written out for its own activation, so that the JIT
 * compiler compiles it with the formula inside; one shared loop calling σ, ReLU, ... through an interface would call
 * each through that interface and, on vectors, allocate an object for every vector. Each element is computed alike
 * on any number of threads.
 */
final class FusedKernels {

    private FusedKernels() {
    }

    /**
     * Compiles sigmoid's vector loop now, if the Vector API kernels run, rather than in the first epoch: {@link
     * Sigmoid} asks for it when it is loaded, as the library's own kernels warm up when they are chosen.
     */
    static void warmUpSigmoid() {
        if (Kernels.usesVectorApi()) {
            VectorFusedKernels.warmUp();
        }
    }

    /** Z ← Z + b, then A = σ(Z) = 1 / (1 + e^(−Z)), in one pass. z and a may be the same matrix. */
    static void addBiasSigmoid(Matrix z, Matrix b, Matrix a) {
        double[] zs = z.data();
        double[] bs = b.data();
        double[] as = a.data();
        int cols = z.cols();
        boolean vector = Kernels.usesVectorApi();
        Kernels.active().forEachPartOfRows(z.rows(), cols, (from, to) -> {
            if (vector) {
                VectorFusedKernels.addBiasSigmoidRows(zs, bs, as, cols, from, to);
            } else {
                for (int i = from; i < to; i++) {
                    int row = i * cols;
                    for (int j = 0; j < cols; j++) {
                        double zij = zs[row + j] + bs[j];
                        zs[row + j] = zij;
                        as[row + j] = 1.0 / (1.0 + Math.exp(-zij));
                    }
                }
            }
        });
    }

    /** Z ← Z + b, then A = max(0, Z), in one pass. */
    static void addBiasRelu(Matrix z, Matrix b, Matrix a) {
        double[] zs = z.data();
        double[] bs = b.data();
        double[] as = a.data();
        int cols = z.cols();
        Kernels.active().forEachPartOfRows(z.rows(), cols, (from, to) -> {
            for (int i = from; i < to; i++) {
                int row = i * cols;
                for (int j = 0; j < cols; j++) {
                    double zij = zs[row + j] + bs[j];
                    zs[row + j] = zij;
                    as[row + j] = Math.max(0.0, zij);
                }
            }
        });
    }

    /** ∂L/∂Z = ∂L/∂A ⊙ A ⊙ (1 − A), back through a sigmoid whose outputs were A. gradZ may be gradA. */
    static void sigmoidBackward(Matrix gradA, Matrix a, Matrix gradZ) {
        double[] g = gradA.data();
        double[] s = a.data();
        double[] out = gradZ.data();
        Kernels.active().forEachPart(out.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                out[i] = g[i] * (s[i] * (1.0 - s[i]));
            }
        });
    }

    /** ∂L/∂Z = ∂L/∂A where Z &gt; 0, else 0: back through a ReLU. gradZ may be gradA. */
    static void reluBackward(Matrix gradA, Matrix z, Matrix gradZ) {
        double[] g = gradA.data();
        double[] zs = z.data();
        double[] out = gradZ.data();
        Kernels.active().forEachPart(out.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                out[i] = zs[i] > 0.0 ? g[i] : 0.0;
            }
        });
    }
}
