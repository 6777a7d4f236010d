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
 * <p>The element-wise operations fuse what a training step would otherwise do in several passes over a
 * batch: adding the bias and applying the activation, and the chain rule through the activation.
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
    void addBiasSigmoid(double[] z, double[] b, double[] a, int rows, int cols);

    /** Z ← Z + b, then A = max(0, Z), in one pass. */
    void addBiasRelu(double[] z, double[] b, double[] a, int rows, int cols);

    /**
     * Z ← Z + b, then each row of A = softmax of that row of Z, e^(zⱼ − max z) / Σₗ e^(zₗ − max z):
     * subtracting the row's largest value keeps e^z from overflowing.
     */
    void addBiasSoftmax(double[] z, double[] b, double[] a, int rows, int cols);

    /**
     * ∂L/∂Z = ∂L/∂A ⊙ A ⊙ (1 − A), back through a sigmoid whose outputs were A: σ' = σ(1 − σ). gradZ may be
     * gradA.
     */
    void sigmoidBackward(double[] gradA, double[] a, double[] gradZ, int size);

    /** ∂L/∂Z = ∂L/∂A where Z &gt; 0, else 0: back through a ReLU. gradZ may be gradA. */
    void reluBackward(double[] gradA, double[] z, double[] gradZ, int size);

    /** out(j) = Σᵢ x(i, j), the sum down each column of the rows×cols matrix x, taken for i = 0, 1, … in order. */
    void sumColumns(double[] x, double[] out, int rows, int cols);

    /**
     * Runs {@code work} on parts [from, to) that together cover [0, size) once each, on several threads when
     * size is large: for element-wise loops elsewhere in the library (an optimizer's update) whose elements do not
     * depend on each other, so that the result is the same whatever the number of threads.
     */
    void forEachPart(int size, Range work);

    /** Work on the indices [from, to). */
    @FunctionalInterface
    interface Range {
        void run(int from, int to);
    }
}
