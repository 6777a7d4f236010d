package neuralmath.la;

/**
 * Every numeric loop of the library, in one place. {@link Matrix} is the readable facade a learner uses;
 * it checks shapes and then hands raw row-major arrays to one implementation of this interface.
 *
 * <p>Conventions: a matrix with {@code r} rows and {@code c} columns is a {@code double[r*c]} in row-major
 * order, element (i, j) at {@code i*c + j}. Output arrays are overwritten, never accumulated into, and
 * never alias an input unless the method says so. Implementations must give the same result on one
 * thread and on many, bit for bit.
 *
 * <p>The products must be implemented; the element-wise operations below have plain-Java defaults, which
 * faster kernels may override. They fuse what a training step would otherwise do in several passes over
 * a batch, each allocating a matrix: adding the bias and applying the activation, and the chain rule
 * through the activation.
 */
public interface MatrixKernels {

    /** A short name for messages, e.g. {@code "plain Java"}. */
    String name();

    /** C = A·B, with A m×k, B k×n, C m×n. */
    void multiply(double[] a, double[] b, double[] c, int m, int k, int n);

    /** C = Aᵀ·B without building Aᵀ, with A stored k×m, B k×n, C m×n. */
    void multiplyTransposeA(double[] a, double[] b, double[] c, int m, int k, int n);

    /** C = A·Bᵀ without building Bᵀ, with A m×k, B stored n×k, C m×n. */
    void multiplyTransposeB(double[] a, double[] b, double[] c, int m, int k, int n);

    /**
     * Z ← Z + b (the 1×cols bias b added to every row), then A = σ(Z) = 1 / (1 + e^(−Z)), in one pass.
     * z and a may be the same array.
     */
    default void addBiasSigmoid(double[] z, double[] b, double[] a, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            int row = i * cols;
            for (int j = 0; j < cols; j++) {
                double zij = z[row + j] + b[j];
                z[row + j] = zij;
                a[row + j] = 1.0 / (1.0 + Math.exp(-zij));
            }
        }
    }

    /** Z ← Z + b, then A = max(0, Z), in one pass. */
    default void addBiasRelu(double[] z, double[] b, double[] a, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            int row = i * cols;
            for (int j = 0; j < cols; j++) {
                double zij = z[row + j] + b[j];
                z[row + j] = zij;
                a[row + j] = Math.max(0.0, zij);
            }
        }
    }

    /**
     * Z ← Z + b, then each row of A = softmax of that row of Z, e^(zⱼ − max z) / Σₗ e^(zₗ − max z):
     * subtracting the row's largest value keeps e^z from overflowing.
     */
    default void addBiasSoftmax(double[] z, double[] b, double[] a, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            int row = i * cols;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < cols; j++) {
                double zij = z[row + j] + b[j];
                z[row + j] = zij;
                max = Math.max(max, zij);
            }
            for (int j = 0; j < cols; j++) {
                a[row + j] = z[row + j] - max;
            }
        }
        exp(a, rows * cols);
        for (int i = 0; i < rows; i++) {
            int row = i * cols;
            double sum = 0.0;
            for (int j = 0; j < cols; j++) {
                sum += a[row + j];
            }
            for (int j = 0; j < cols; j++) {
                a[row + j] /= sum;
            }
        }
    }

    /** x ← e^x for the first {@code size} elements. */
    default void exp(double[] x, int size) {
        for (int i = 0; i < size; i++) {
            x[i] = Math.exp(x[i]);
        }
    }

    /** ∂L/∂Z = ∂L/∂A ⊙ A ⊙ (1 − A), back through a sigmoid whose outputs were A: σ' = σ(1 − σ). */
    default void sigmoidBackward(double[] gradA, double[] a, double[] gradZ, int size) {
        for (int i = 0; i < size; i++) {
            gradZ[i] = gradA[i] * (a[i] * (1.0 - a[i]));
        }
    }

    /** ∂L/∂Z = ∂L/∂A where Z &gt; 0, else 0: back through a ReLU. */
    default void reluBackward(double[] gradA, double[] z, double[] gradZ, int size) {
        for (int i = 0; i < size; i++) {
            gradZ[i] = z[i] > 0.0 ? gradA[i] : 0.0;
        }
    }
}
