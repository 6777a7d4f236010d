package neuralmath.la;

/**
 * The loops that decide the library's speed: matrix products, column sums, e^x and the in-place updates that
 * {@link Matrix#inOnePass} runs, each shared out over the cores, and the sharing out itself ({@link #forEachPart})
 * for element-wise loops elsewhere. {@link Matrix} is the readable facade a learner uses; it checks shapes and
 * then hands raw row-major arrays to one implementation of this interface for these operations. Its other
 * element-wise operations (plus, map, zip, ...) are simple loops in {@code Matrix} itself.
 *
 * <p>Conventions: a matrix with {@code r} rows and {@code c} columns is a {@code double[r*c]} in row-major
 * order, element (i, j) at {@code i*c + j}. Output arrays are overwritten, never accumulated into, and
 * never alias an input unless the method says so. Implementations must give the same result on one
 * thread and on many, bit for bit.
 *
 * <p>The activations' fused loops (Z + b, then σ(Z) in one pass over a batch) live with the activations, in
 * {@code neuralmath.activations}, and use {@link #forEachPart}, {@link Kernels#usesVectorApi()} and
 * {@link VectorMath#exp}: this package knows no activation.
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

    /** x ← e^x for every element, with the vector e^x on the Vector API kernels ({@link VectorMath#exp}). */
    void exp(double[] x);

    /** out(j) = Σᵢ x(i, j), the sum down each column of the rows×cols matrix x, taken for i = 0, 1, … in order. */
    void sumColumns(double[] x, double[] out, int rows, int cols);

    /**
     * m ← β₁·m + (1 − β₁)·y (unless m is null) and v ← β₂·v + (1 − β₂)·y², for the elements [from, to), in one
     * pass: moving averages of y and of y². Computed as {@code beta1 * m + (1 - beta1) * y} and
     * {@code beta2 * v + ((1 - beta2) * y) * y}, in that order, on every path, so that all give the same bits.
     */
    void movingAverages(double[] m, double beta1, double[] v, double beta2, double[] y, int from, int to);

    /** x ← x + y², for the elements [from, to): a running sum of squares. */
    void addSquares(double[] x, double[] y, int from, int to);

    /**
     * x ← x − s·(y / dy) / (√(z / dz) + ε), for the elements [from, to), in that order on every path (dy = dz = 1
     * divides by nothing, which changes no bit).
     */
    void subtractScaledOverRoot(double[] x, double s, double[] y, double dy, double[] z, double dz, double epsilon,
                                int from, int to);

    /**
     * Runs {@code work} on parts [from, to) that together cover [0, size) once each, on several threads when
     * size is large: for element-wise loops whose elements do not depend on each other ({@link Matrix#inOnePass},
     * an optimizer's update), so that the result is the same whatever the number of threads.
     */
    void forEachPart(int size, Range work);

    /**
     * Runs {@code work} on parts [from, to) of the rows [0, rows) of a rows×cols matrix, as {@link #forEachPart}
     * does for elements: for loops that go row by row, such as adding a bias and applying an activation.
     */
    void forEachPartOfRows(int rows, int cols, Range work);

    /** Work on the indices [from, to). */
    @FunctionalInterface
    interface Range {
        void run(int from, int to);
    }
}
