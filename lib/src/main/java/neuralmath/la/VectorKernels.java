package neuralmath.la;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The kernels on the Vector API ({@code jdk.incubator.vector}): the same blocked products as the plain
 * kernels, with a micro-kernel that keeps a 4-row × 2-vector tile of C in vector registers (8 doubles per
 * vector with AVX-512, so a 4×16 tile) and multiplies-and-adds with one rounding (fused multiply-add).
 * Used only when the JVM was started with {@code --add-modules jdk.incubator.vector}.
 */
final class VectorKernels extends BlockedKernels {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int V = SPECIES.length();
    private static final int MR = 4;
    private static final int NR = 2 * V;

    VectorKernels(int threads) {
        super(MR, NR, threads);
    }

    @Override
    public String name() {
        return "Vector API (" + SPECIES.vectorBitSize() + "-bit, " + threads() + " thread"
                + (threads() == 1 ? "" : "s") + ")";
    }

    @Override
    void microKernel(int kc, double[] a, int ao, double[] b, int bo, double[] c, int co, int ldc,
                     boolean accumulate) {
        int c1 = co + ldc;
        int c2 = c1 + ldc;
        int c3 = c2 + ldc;
        DoubleVector s00;
        DoubleVector s01;
        DoubleVector s10;
        DoubleVector s11;
        DoubleVector s20;
        DoubleVector s21;
        DoubleVector s30;
        DoubleVector s31;
        if (accumulate) {
            s00 = DoubleVector.fromArray(SPECIES, c, co);
            s01 = DoubleVector.fromArray(SPECIES, c, co + V);
            s10 = DoubleVector.fromArray(SPECIES, c, c1);
            s11 = DoubleVector.fromArray(SPECIES, c, c1 + V);
            s20 = DoubleVector.fromArray(SPECIES, c, c2);
            s21 = DoubleVector.fromArray(SPECIES, c, c2 + V);
            s30 = DoubleVector.fromArray(SPECIES, c, c3);
            s31 = DoubleVector.fromArray(SPECIES, c, c3 + V);
        } else {
            s00 = DoubleVector.zero(SPECIES);
            s01 = s00;
            s10 = s00;
            s11 = s00;
            s20 = s00;
            s21 = s00;
            s30 = s00;
            s31 = s00;
        }
        for (int p = 0; p < kc; p++) {
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bo);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, bo + V);
            DoubleVector a0 = DoubleVector.broadcast(SPECIES, a[ao]);
            s00 = a0.fma(b0, s00);
            s01 = a0.fma(b1, s01);
            DoubleVector a1 = DoubleVector.broadcast(SPECIES, a[ao + 1]);
            s10 = a1.fma(b0, s10);
            s11 = a1.fma(b1, s11);
            DoubleVector a2 = DoubleVector.broadcast(SPECIES, a[ao + 2]);
            s20 = a2.fma(b0, s20);
            s21 = a2.fma(b1, s21);
            DoubleVector a3 = DoubleVector.broadcast(SPECIES, a[ao + 3]);
            s30 = a3.fma(b0, s30);
            s31 = a3.fma(b1, s31);
            ao += MR;
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
    }
}
