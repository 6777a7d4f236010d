package neuralmath.la;

/**
 * The kernels in plain Java: always available, the reference the fast kernels are tested against. The
 * micro-kernel keeps a 4×4 tile of C in sixteen local variables while it walks the depth, so that each
 * value loaded from A or B is used four times; each step rounds twice, exactly as {@code c += a * b}.
 */
final class PlainKernels extends BlockedKernels {

    private static final int MR = 4;
    private static final int NR = 4;

    PlainKernels(int threads) {
        super(MR, NR, threads);
    }

    @Override
    public String name() {
        return "plain Java (" + threads() + " thread" + (threads() == 1 ? "" : "s") + ")";
    }

    @Override
    void microKernel(int kc, double[] a, int ao, int rowStride, int stepStride, double[] b, int bo, double[] c,
                     int co, int ldc, boolean accumulate) {
        int r1 = ao + rowStride;
        int r2 = r1 + rowStride;
        int r3 = r2 + rowStride;
        int c1 = co + ldc;
        int c2 = c1 + ldc;
        int c3 = c2 + ldc;
        double s00 = 0;
        double s01 = 0;
        double s02 = 0;
        double s03 = 0;
        double s10 = 0;
        double s11 = 0;
        double s12 = 0;
        double s13 = 0;
        double s20 = 0;
        double s21 = 0;
        double s22 = 0;
        double s23 = 0;
        double s30 = 0;
        double s31 = 0;
        double s32 = 0;
        double s33 = 0;
        if (accumulate) {
            s00 = c[co];
            s01 = c[co + 1];
            s02 = c[co + 2];
            s03 = c[co + 3];
            s10 = c[c1];
            s11 = c[c1 + 1];
            s12 = c[c1 + 2];
            s13 = c[c1 + 3];
            s20 = c[c2];
            s21 = c[c2 + 1];
            s22 = c[c2 + 2];
            s23 = c[c2 + 3];
            s30 = c[c3];
            s31 = c[c3 + 1];
            s32 = c[c3 + 2];
            s33 = c[c3 + 3];
        }
        for (int p = 0; p < kc; p++) {
            int step = p * stepStride;
            double b0 = b[bo];
            double b1 = b[bo + 1];
            double b2 = b[bo + 2];
            double b3 = b[bo + 3];
            double a0 = a[ao + step];
            s00 += a0 * b0;
            s01 += a0 * b1;
            s02 += a0 * b2;
            s03 += a0 * b3;
            double a1 = a[r1 + step];
            s10 += a1 * b0;
            s11 += a1 * b1;
            s12 += a1 * b2;
            s13 += a1 * b3;
            double a2 = a[r2 + step];
            s20 += a2 * b0;
            s21 += a2 * b1;
            s22 += a2 * b2;
            s23 += a2 * b3;
            double a3 = a[r3 + step];
            s30 += a3 * b0;
            s31 += a3 * b1;
            s32 += a3 * b2;
            s33 += a3 * b3;
            bo += NR;
        }
        c[co] = s00;
        c[co + 1] = s01;
        c[co + 2] = s02;
        c[co + 3] = s03;
        c[c1] = s10;
        c[c1 + 1] = s11;
        c[c1 + 2] = s12;
        c[c1 + 3] = s13;
        c[c2] = s20;
        c[c2 + 1] = s21;
        c[c2 + 2] = s22;
        c[c2 + 3] = s23;
        c[c3] = s30;
        c[c3 + 1] = s31;
        c[c3 + 2] = s32;
        c[c3 + 3] = s33;
    }
}
