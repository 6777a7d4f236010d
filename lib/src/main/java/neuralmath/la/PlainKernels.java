package neuralmath.la;

import java.lang.management.ManagementFactory;

/**
 * The kernels in plain Java: always available, the reference the fast kernels are tested against. The
 * micro-kernel keeps a 4×8 tile of C in 32 local variables while it walks the depth, so that each value
 * loaded from A is used eight times and each value from B four times.
 *
 * <p>Each step multiplies and adds with one rounding ({@link Math#fma}) when the processor has fused
 * multiply-add, as every x86 processor since 2013 and every 64-bit ARM one has; then the results equal the
 * Vector API kernels' bit for bit. Without it, {@code Math.fma} would be slow, and each step rounds twice,
 * exactly as {@code c += a * b}.
 */
class PlainKernels extends BlockedKernels {

    /** Whether the JVM compiles {@link Math#fma} to the processor's fused multiply-add instruction. */
    static final boolean FUSED = hasFusedMultiplyAdd();

    private static final int MR = 4;
    private static final int NR = 8;

    PlainKernels(int threads) {
        super(MR, NR, threads);
    }

    @Override
    public String name() {
        return "plain Java (" + threadCount() + ")";
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
        double s00 = accumulate ? c[co] : 0.0;
        double s01 = accumulate ? c[co + 1] : 0.0;
        double s02 = accumulate ? c[co + 2] : 0.0;
        double s03 = accumulate ? c[co + 3] : 0.0;
        double s04 = accumulate ? c[co + 4] : 0.0;
        double s05 = accumulate ? c[co + 5] : 0.0;
        double s06 = accumulate ? c[co + 6] : 0.0;
        double s07 = accumulate ? c[co + 7] : 0.0;
        double s10 = accumulate ? c[c1] : 0.0;
        double s11 = accumulate ? c[c1 + 1] : 0.0;
        double s12 = accumulate ? c[c1 + 2] : 0.0;
        double s13 = accumulate ? c[c1 + 3] : 0.0;
        double s14 = accumulate ? c[c1 + 4] : 0.0;
        double s15 = accumulate ? c[c1 + 5] : 0.0;
        double s16 = accumulate ? c[c1 + 6] : 0.0;
        double s17 = accumulate ? c[c1 + 7] : 0.0;
        double s20 = accumulate ? c[c2] : 0.0;
        double s21 = accumulate ? c[c2 + 1] : 0.0;
        double s22 = accumulate ? c[c2 + 2] : 0.0;
        double s23 = accumulate ? c[c2 + 3] : 0.0;
        double s24 = accumulate ? c[c2 + 4] : 0.0;
        double s25 = accumulate ? c[c2 + 5] : 0.0;
        double s26 = accumulate ? c[c2 + 6] : 0.0;
        double s27 = accumulate ? c[c2 + 7] : 0.0;
        double s30 = accumulate ? c[c3] : 0.0;
        double s31 = accumulate ? c[c3 + 1] : 0.0;
        double s32 = accumulate ? c[c3 + 2] : 0.0;
        double s33 = accumulate ? c[c3 + 3] : 0.0;
        double s34 = accumulate ? c[c3 + 4] : 0.0;
        double s35 = accumulate ? c[c3 + 5] : 0.0;
        double s36 = accumulate ? c[c3 + 6] : 0.0;
        double s37 = accumulate ? c[c3 + 7] : 0.0;
        for (int p = 0; p < kc; p++) {
            int step = p * stepStride;
            double b0 = b[bo];
            double b1 = b[bo + 1];
            double b2 = b[bo + 2];
            double b3 = b[bo + 3];
            double b4 = b[bo + 4];
            double b5 = b[bo + 5];
            double b6 = b[bo + 6];
            double b7 = b[bo + 7];
            double a0 = a[ao + step];
            s00 = madd(a0, b0, s00);
            s01 = madd(a0, b1, s01);
            s02 = madd(a0, b2, s02);
            s03 = madd(a0, b3, s03);
            s04 = madd(a0, b4, s04);
            s05 = madd(a0, b5, s05);
            s06 = madd(a0, b6, s06);
            s07 = madd(a0, b7, s07);
            double a1 = a[r1 + step];
            s10 = madd(a1, b0, s10);
            s11 = madd(a1, b1, s11);
            s12 = madd(a1, b2, s12);
            s13 = madd(a1, b3, s13);
            s14 = madd(a1, b4, s14);
            s15 = madd(a1, b5, s15);
            s16 = madd(a1, b6, s16);
            s17 = madd(a1, b7, s17);
            double a2 = a[r2 + step];
            s20 = madd(a2, b0, s20);
            s21 = madd(a2, b1, s21);
            s22 = madd(a2, b2, s22);
            s23 = madd(a2, b3, s23);
            s24 = madd(a2, b4, s24);
            s25 = madd(a2, b5, s25);
            s26 = madd(a2, b6, s26);
            s27 = madd(a2, b7, s27);
            double a3 = a[r3 + step];
            s30 = madd(a3, b0, s30);
            s31 = madd(a3, b1, s31);
            s32 = madd(a3, b2, s32);
            s33 = madd(a3, b3, s33);
            s34 = madd(a3, b4, s34);
            s35 = madd(a3, b5, s35);
            s36 = madd(a3, b6, s36);
            s37 = madd(a3, b7, s37);
            bo += NR;
        }
        c[co] = s00;
        c[co + 1] = s01;
        c[co + 2] = s02;
        c[co + 3] = s03;
        c[co + 4] = s04;
        c[co + 5] = s05;
        c[co + 6] = s06;
        c[co + 7] = s07;
        c[c1] = s10;
        c[c1 + 1] = s11;
        c[c1 + 2] = s12;
        c[c1 + 3] = s13;
        c[c1 + 4] = s14;
        c[c1 + 5] = s15;
        c[c1 + 6] = s16;
        c[c1 + 7] = s17;
        c[c2] = s20;
        c[c2 + 1] = s21;
        c[c2 + 2] = s22;
        c[c2 + 3] = s23;
        c[c2 + 4] = s24;
        c[c2 + 5] = s25;
        c[c2 + 6] = s26;
        c[c2 + 7] = s27;
        c[c3] = s30;
        c[c3 + 1] = s31;
        c[c3 + 2] = s32;
        c[c3 + 3] = s33;
        c[c3 + 4] = s34;
        c[c3 + 5] = s35;
        c[c3 + 6] = s36;
        c[c3 + 7] = s37;
    }

    /** s + a·b: with one rounding where the processor fuses multiply and add, else with two. */
    private static double madd(double a, double b, double s) {
        return FUSED ? Math.fma(a, b, s) : s + a * b;
    }

    /** HotSpot's UseFMA flag, which it sets when the processor has fused multiply-add; false if unknown. */
    private static boolean hasFusedMultiplyAdd() {
        try {
            return Boolean.parseBoolean(ManagementFactory.getPlatformMXBean(
                    com.sun.management.HotSpotDiagnosticMXBean.class).getVMOption("UseFMA").getValue());
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
