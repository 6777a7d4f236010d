package neuralmath.la;

/**
 * The kernels in plain Java: always available, the reference the fast kernels are tested against.
 * Loops are ordered i-k-j so that the innermost loop walks both B and C along a row.
 */
final class PlainKernels implements MatrixKernels {

    @Override
    public String name() {
        return "plain Java";
    }

    @Override
    public void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        java.util.Arrays.fill(c, 0, m * n, 0.0);
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                double aip = a[i * k + p];
                int bRow = p * n;
                int cRow = i * n;
                for (int j = 0; j < n; j++) {
                    c[cRow + j] += aip * b[bRow + j];
                }
            }
        }
    }

    @Override
    public void multiplyTransposeA(double[] a, double[] b, double[] c, int m, int k, int n) {
        java.util.Arrays.fill(c, 0, m * n, 0.0);
        for (int p = 0; p < k; p++) {
            int aRow = p * m;
            int bRow = p * n;
            for (int i = 0; i < m; i++) {
                double api = a[aRow + i];
                int cRow = i * n;
                for (int j = 0; j < n; j++) {
                    c[cRow + j] += api * b[bRow + j];
                }
            }
        }
    }

    @Override
    public void multiplyTransposeB(double[] a, double[] b, double[] c, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            int aRow = i * k;
            for (int j = 0; j < n; j++) {
                int bRow = j * k;
                double sum = 0.0;
                for (int p = 0; p < k; p++) {
                    sum += a[aRow + p] * b[bRow + p];
                }
                c[i * n + j] = sum;
            }
        }
    }
}
