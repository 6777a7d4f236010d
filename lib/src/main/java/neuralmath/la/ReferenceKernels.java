package neuralmath.la;

/**
 * What a matrix product computes, written as plainly as it can be: C(i, j) = Σₚ A(i, p)·B(p, j), three loops, one
 * running sum per element, p = 0, 1, …, k−1 in order. Slow (no blocking, no vectors, one thread), and the oracle
 * every faster kernel is tested against: {@link PlainKernels} and {@link VectorKernels} sum in the same order, so
 * they give these numbers bit for bit. Selected with {@code -Dneuralmath.kernels=reference}; the element-wise
 * operations are the plain ones.
 */
final class ReferenceKernels extends PlainKernels {

    private final boolean fused;

    /** @param fused whether each step multiplies and adds with one rounding ({@link Math#fma}) or with two */
    ReferenceKernels(boolean fused) {
        super(1);
        this.fused = fused;
    }

    @Override
    public String name() {
        return "reference triple loop (1 thread)";
    }

    /** A(i, p) at {@code a[i*k + p]}, B(p, j) at {@code b[p*n + j]}. */
    @Override
    public void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        product(a, k, 1, b, n, 1, c, m, k, n);
    }

    /** A is stored k×m, so A(i, p) = stored(p, i) at {@code a[p*m + i]}. */
    @Override
    public void multiplyTransposeA(double[] a, double[] b, double[] c, int m, int k, int n) {
        product(a, 1, m, b, n, 1, c, m, k, n);
    }

    /** B is stored n×k, so B(p, j) = stored(j, p) at {@code b[j*k + p]}. */
    @Override
    public void multiplyTransposeB(double[] a, double[] b, double[] c, int m, int k, int n) {
        product(a, k, 1, b, 1, k, c, m, k, n);
    }

    /** C(i, j) = Σₚ A(i, p)·B(p, j), A(i, p) at {@code a[i*ai + p*ap]}, B(p, j) at {@code b[p*bp + j*bj]}. */
    private void product(double[] a, int ai, int ap, double[] b, int bp, int bj, double[] c, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0.0;
                for (int p = 0; p < k; p++) {
                    double x = a[i * ai + p * ap];
                    double y = b[p * bp + j * bj];
                    sum = fused ? Math.fma(x, y, sum) : sum + x * y;
                }
                c[i * n + j] = sum;
            }
        }
    }
}
