package neuralmath.la;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The kernels on the Vector API ({@code jdk.incubator.vector}): the same blocked products as the plain
 * kernels, with a micro-kernel that keeps a 4-row × 2-vector tile of C in vector registers (8 doubles per
 * vector with AVX-512, so a 4×16 tile) and multiplies-and-adds with one rounding (fused multiply-add).
 * Its exponential is the Vector API's {@code EXP}, which HotSpot computes with Intel's SVML routines, several
 * values at once and within about an ulp of {@link Math#exp}. Used only when the JVM was started with
 * {@code --add-modules jdk.incubator.vector}.
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
        return "Vector API (" + SPECIES.vectorBitSize() + "-bit, " + threadCount() + ")";
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

    @Override
    public void addBiasSigmoid(double[] z, double[] b, double[] a, int rows, int cols) {
        int vectorCols = SPECIES.loopBound(cols);
        DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
        for (int i = 0; i < rows; i++) {
            int row = i * cols;
            for (int j = 0; j < vectorCols; j += V) {
                DoubleVector zv = DoubleVector.fromArray(SPECIES, z, row + j)
                        .add(DoubleVector.fromArray(SPECIES, b, j));
                zv.intoArray(z, row + j);
                one.div(one.add(zv.neg().lanewise(VectorOperators.EXP))).intoArray(a, row + j);
            }
            for (int j = vectorCols; j < cols; j++) {
                double zij = z[row + j] + b[j];
                z[row + j] = zij;
                a[row + j] = 1.0 / (1.0 + Math.exp(-zij));
            }
        }
    }

    @Override
    public void exp(double[] x, int size) {
        int vectorEnd = SPECIES.loopBound(size);
        for (int i = 0; i < vectorEnd; i += V) {
            DoubleVector.fromArray(SPECIES, x, i).lanewise(VectorOperators.EXP).intoArray(x, i);
        }
        for (int i = vectorEnd; i < size; i++) {
            x[i] = Math.exp(x[i]);
        }
    }
}
