package neuralmath.la;

/**
 * Every numeric loop of the library, in one place. {@link Matrix} is the readable facade a learner uses;
 * it checks shapes and then hands raw row-major arrays to one implementation of this interface.
 *
 * <p>Conventions: a matrix with {@code r} rows and {@code c} columns is a {@code double[r*c]} in row-major
 * order, element (i, j) at {@code i*c + j}. Output arrays are overwritten, never accumulated into, and
 * never alias an input unless the method says so. Implementations must give the same result on one
 * thread and on many, bit for bit.
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
}
