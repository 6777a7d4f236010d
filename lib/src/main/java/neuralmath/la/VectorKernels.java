package neuralmath.la;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The kernels on the Vector API ({@code jdk.incubator.vector}): the same blocked products as the plain
 * kernels, with a micro-kernel that keeps an 8-row × 2-vector tile of C in vector registers (8 doubles per
 * vector with AVX-512, so an 8×16 tile) and multiplies-and-adds with one rounding (fused multiply-add). Its 16
 * running sums keep two FMA units busy, which need 8 sums in flight with their latency of 4 cycles; here a 4-row
 * tile (8 sums) was 10–15% slower, a 12-row one (24 sums, more than the registers hold) 7–20% slower. Its
 * exponential is the library's own ({@link VectorMath#exp}), within an ulp of {@link Math#exp}. Used only when the JVM
 * was started with {@code --add-modules jdk.incubator.vector}.
 */
final class VectorKernels extends BlockedKernels {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int V = SPECIES.length();
    private static final int MR = 8;
    private static final int NR = 2 * V;

    VectorKernels(int threads) {
        super(MR, NR, threads);
    }

    @Override
    public String name() {
        return "Vector API (" + SPECIES.vectorBitSize() + "-bit, " + threadCount() + ")";
    }

    @Override
    void microKernel(int kc, double[] a, int ao, int rowStride, int stepStride, double[] b, int bo, double[] c,
                     int co, int ldc, boolean accumulate) {
        int r1 = ao + rowStride;
        int r2 = ao + 2 * rowStride;
        int r3 = ao + 3 * rowStride;
        int r4 = ao + 4 * rowStride;
        int r5 = ao + 5 * rowStride;
        int r6 = ao + 6 * rowStride;
        int r7 = ao + 7 * rowStride;
        int c1 = co + ldc;
        int c2 = co + 2 * ldc;
        int c3 = co + 3 * ldc;
        int c4 = co + 4 * ldc;
        int c5 = co + 5 * ldc;
        int c6 = co + 6 * ldc;
        int c7 = co + 7 * ldc;
        DoubleVector s00 = accumulate ? DoubleVector.fromArray(SPECIES, c, co) : DoubleVector.zero(SPECIES);
        DoubleVector s01 = accumulate ? DoubleVector.fromArray(SPECIES, c, co + V) : DoubleVector.zero(SPECIES);
        DoubleVector s10 = accumulate ? DoubleVector.fromArray(SPECIES, c, c1) : DoubleVector.zero(SPECIES);
        DoubleVector s11 = accumulate ? DoubleVector.fromArray(SPECIES, c, c1 + V) : DoubleVector.zero(SPECIES);
        DoubleVector s20 = accumulate ? DoubleVector.fromArray(SPECIES, c, c2) : DoubleVector.zero(SPECIES);
        DoubleVector s21 = accumulate ? DoubleVector.fromArray(SPECIES, c, c2 + V) : DoubleVector.zero(SPECIES);
        DoubleVector s30 = accumulate ? DoubleVector.fromArray(SPECIES, c, c3) : DoubleVector.zero(SPECIES);
        DoubleVector s31 = accumulate ? DoubleVector.fromArray(SPECIES, c, c3 + V) : DoubleVector.zero(SPECIES);
        DoubleVector s40 = accumulate ? DoubleVector.fromArray(SPECIES, c, c4) : DoubleVector.zero(SPECIES);
        DoubleVector s41 = accumulate ? DoubleVector.fromArray(SPECIES, c, c4 + V) : DoubleVector.zero(SPECIES);
        DoubleVector s50 = accumulate ? DoubleVector.fromArray(SPECIES, c, c5) : DoubleVector.zero(SPECIES);
        DoubleVector s51 = accumulate ? DoubleVector.fromArray(SPECIES, c, c5 + V) : DoubleVector.zero(SPECIES);
        DoubleVector s60 = accumulate ? DoubleVector.fromArray(SPECIES, c, c6) : DoubleVector.zero(SPECIES);
        DoubleVector s61 = accumulate ? DoubleVector.fromArray(SPECIES, c, c6 + V) : DoubleVector.zero(SPECIES);
        DoubleVector s70 = accumulate ? DoubleVector.fromArray(SPECIES, c, c7) : DoubleVector.zero(SPECIES);
        DoubleVector s71 = accumulate ? DoubleVector.fromArray(SPECIES, c, c7 + V) : DoubleVector.zero(SPECIES);
        for (int p = 0; p < kc; p++) {
            int step = p * stepStride;
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bo);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, bo + V);
            DoubleVector a0 = DoubleVector.broadcast(SPECIES, a[ao + step]);
            s00 = a0.fma(b0, s00);
            s01 = a0.fma(b1, s01);
            DoubleVector a1 = DoubleVector.broadcast(SPECIES, a[r1 + step]);
            s10 = a1.fma(b0, s10);
            s11 = a1.fma(b1, s11);
            DoubleVector a2 = DoubleVector.broadcast(SPECIES, a[r2 + step]);
            s20 = a2.fma(b0, s20);
            s21 = a2.fma(b1, s21);
            DoubleVector a3 = DoubleVector.broadcast(SPECIES, a[r3 + step]);
            s30 = a3.fma(b0, s30);
            s31 = a3.fma(b1, s31);
            DoubleVector a4 = DoubleVector.broadcast(SPECIES, a[r4 + step]);
            s40 = a4.fma(b0, s40);
            s41 = a4.fma(b1, s41);
            DoubleVector a5 = DoubleVector.broadcast(SPECIES, a[r5 + step]);
            s50 = a5.fma(b0, s50);
            s51 = a5.fma(b1, s51);
            DoubleVector a6 = DoubleVector.broadcast(SPECIES, a[r6 + step]);
            s60 = a6.fma(b0, s60);
            s61 = a6.fma(b1, s61);
            DoubleVector a7 = DoubleVector.broadcast(SPECIES, a[r7 + step]);
            s70 = a7.fma(b0, s70);
            s71 = a7.fma(b1, s71);
            bo += NR;
        }
        s00.intoArray(c, co);
        s01.intoArray(c, co + V);
        s10.intoArray(c, c1);
        s11.intoArray(c, c1 + V);
        s20.intoArray(c, c2);
        s21.intoArray(c, c2 + V);
        s30.intoArray(c, c3);
        s31.intoArray(c, c3 + V);
        s40.intoArray(c, c4);
        s41.intoArray(c, c4 + V);
        s50.intoArray(c, c5);
        s51.intoArray(c, c5 + V);
        s60.intoArray(c, c6);
        s61.intoArray(c, c6 + V);
        s70.intoArray(c, c7);
        s71.intoArray(c, c7 + V);
    }

    /**
     * Every element goes through {@link VectorMath#exp}, the last few copied into a vector of their own, so
     * that no result depends on where [from, to) begins or ends. (A masked load would do the same, but allocates
     * on Java 17.)
     */
    @Override
    void exp(double[] x, int from, int to) {
        int i = from;
        for (int end = from + SPECIES.loopBound(to - from); i < end; i += V) {
            VectorMath.exp(DoubleVector.fromArray(SPECIES, x, i)).intoArray(x, i);
        }
        if (i < to) {
            double[] rest = new double[V];
            System.arraycopy(x, i, rest, 0, to - i);
            VectorMath.exp(DoubleVector.fromArray(SPECIES, rest, 0)).intoArray(rest, 0);
            System.arraycopy(rest, 0, x, i, to - i);
        }
    }

    // The in-place updates: each lane computes what the plain loop computes, one operation after the other in the
    // same order and without fused multiply-add, so both paths give the same bits.

    @Override
    public void movingAverages(double[] m, double beta1, double[] v, double beta2, double[] y, int from, int to) {
        double weight1 = 1 - beta1;
        double weight2 = 1 - beta2;
        int i = from;
        for (int end = from + SPECIES.loopBound(to - from); i < end; i += V) {
            DoubleVector yi = DoubleVector.fromArray(SPECIES, y, i);
            if (m != null) {
                DoubleVector.fromArray(SPECIES, m, i).mul(beta1).add(yi.mul(weight1)).intoArray(m, i);
            }
            DoubleVector.fromArray(SPECIES, v, i).mul(beta2).add(yi.mul(weight2).mul(yi)).intoArray(v, i);
        }
        super.movingAverages(m, beta1, v, beta2, y, i, to);
    }

    @Override
    public void addSquares(double[] x, double[] y, int from, int to) {
        int i = from;
        for (int end = from + SPECIES.loopBound(to - from); i < end; i += V) {
            DoubleVector yi = DoubleVector.fromArray(SPECIES, y, i);
            DoubleVector.fromArray(SPECIES, x, i).add(yi.mul(yi)).intoArray(x, i);
        }
        super.addSquares(x, y, i, to);
    }

    @Override
    public void subtractScaledOverRoot(double[] x, double s, double[] y, double dy, double[] z, double dz,
                                       double epsilon, int from, int to) {
        int i = from;
        int end = from + SPECIES.loopBound(to - from);
        if (dy == 1 && dz == 1) {
            for (; i < end; i += V) {
                DoubleVector step = DoubleVector.fromArray(SPECIES, y, i).mul(s)
                        .div(DoubleVector.fromArray(SPECIES, z, i).sqrt().add(epsilon));
                DoubleVector.fromArray(SPECIES, x, i).sub(step).intoArray(x, i);
            }
        } else {
            for (; i < end; i += V) {
                DoubleVector step = DoubleVector.fromArray(SPECIES, y, i).div(dy).mul(s)
                        .div(DoubleVector.fromArray(SPECIES, z, i).div(dz).sqrt().add(epsilon));
                DoubleVector.fromArray(SPECIES, x, i).sub(step).intoArray(x, i);
            }
        }
        super.subtractScaledOverRoot(x, s, y, dy, z, dz, epsilon, i, to);
    }

    @Override
    void sumColumnsRange(double[] x, double[] out, int rows, int cols, int j0, int j1) {
        int j = j0;
        for (; j + V <= j1; j += V) {
            DoubleVector sum = DoubleVector.zero(SPECIES);
            for (int i = 0; i < rows; i++) {
                sum = sum.add(DoubleVector.fromArray(SPECIES, x, i * cols + j));
            }
            sum.intoArray(out, j);
        }
        super.sumColumnsRange(x, out, rows, cols, j, j1);
    }
}
