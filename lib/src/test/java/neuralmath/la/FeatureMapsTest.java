package neuralmath.la;

import static neuralmath.ErrorMessages.assertNames;
import static neuralmath.ErrorMessages.message;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** im2col, col2im and max pooling on batches stored one example per row, channels last. */
class FeatureMapsTest {

    @Test
    void patchesTimesAFilterIsChapter3sConvolution() {
        // one channel, one filter: P·k is the "valid" convolution of chapter 3, and of the padded image for "same"
        Matrix image = Matrix.randn(6, 7, 1);
        Matrix kernel = Matrix.randn(3, 3, 2);
        Matrix x = Convolution.flatten(image);
        Matrix valid = FeatureMaps.patches(x, 6, 7, 1, 3, 0, Matrix.zeros(4 * 5, 9))
                .multiply(Matrix.wrap(9, 1, kernel.toFlatArray()));
        assertArrayEquals(Convolution.convolve(image, kernel).toFlatArray(), valid.toFlatArray(), 1e-14);
        Matrix same = FeatureMaps.patches(x, 6, 7, 1, 3, 1, Matrix.zeros(6 * 7, 9))
                .multiply(Matrix.wrap(9, 1, kernel.toFlatArray()));
        assertArrayEquals(Convolution.convolve(Convolution.pad(image, 1), kernel).toFlatArray(), same.toFlatArray(),
                1e-14);
    }

    @Test
    void aPatchRowHoldsEveryChannelOfEveryPixelUnderTheFilter() {
        // 2 examples of 3x3x2: example n, pixel (i, j), channel c holds 100n + 10(3i + j) + c
        int h = 3;
        int w = 3;
        int channels = 2;
        Matrix x = Matrix.zeros(2, h * w * channels);
        for (int n = 0; n < 2; n++) {
            for (int p = 0; p < h * w; p++) {
                for (int c = 0; c < channels; c++) {
                    x.set(n, p * channels + c, 100 * n + 10 * p + c);
                }
            }
        }
        Matrix patches = FeatureMaps.patches(x, h, w, channels, 2, 0, Matrix.zeros(2 * 4, 8));
        // example 1, output position (1, 0): pixels (1,0), (1,1), (2,0), (2,1), each channel 0 then 1
        assertArrayEquals(new double[] {130, 131, 140, 141, 160, 161, 170, 171},
                patches.row(4 + 2).toFlatArray());
        Matrix padded = FeatureMaps.patches(x, h, w, channels, 3, 1, Matrix.zeros(2 * 9, 18));
        // example 0, position (0, 0) with a border of zeros: the first row and column of the patch are padding
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 10, 11, 0, 0, 30, 31, 40, 41},
                padded.row(0).toFlatArray());
    }

    @Test
    void addingPatchesBackIsTheAdjointOfTakingThem() {
        // <patches(X), G> = <X, addPatchesBack(G)> for every X and G: col2im is exactly the transpose of im2col
        Random random = new Random(4);
        for (int pad = 0; pad <= 1; pad++) {
            int h = 5;
            int w = 4;
            int channels = 3;
            int k = 3;
            int positions = 2 * (h + 2 * pad - k + 1) * (w + 2 * pad - k + 1);
            Matrix x = Matrix.randn(2, h * w * channels, random);
            Matrix g = Matrix.randn(positions, k * k * channels, random);
            double left = FeatureMaps.patches(x, h, w, channels, k, pad, Matrix.zeros(positions, k * k * channels))
                    .sumOf("dot", g, (a, b) -> a * b);
            double right = x.sumOf("dot", FeatureMaps.addPatchesBack(g, h, w, channels, k, pad,
                    Matrix.zeros(2, h * w * channels)), (a, b) -> a * b);
            assertEquals(left, right, 1e-12 * Math.abs(left), "pad " + pad);
        }
    }

    @Test
    void maxPoolingKeepsTheLargestOfEachWindowAndRoutesItsGradientThere() {
        Matrix image = Matrix.of(new double[][] {
            {1, 5, 2, 0, 9},
            {3, 4, 8, 8, 9},
            {0, 7, 1, 6, 9},
            {6, 2, 3, 0, 9},
            {9, 9, 9, 9, 9}});
        Matrix x = Convolution.flatten(image);
        int[] winners = new int[4];
        Matrix y = FeatureMaps.maxPool(x, 5, 5, 1, 2, Matrix.zeros(1, 4), winners);
        assertArrayEquals(new double[] {5, 8, 7, 6}, y.toFlatArray(), "the last row and column fill no window");
        Matrix gradX = FeatureMaps.routeToWinners(Matrix.rowVector(10, 20, 30, 40), winners, Matrix.filled(1, 25, 7));
        Matrix expected = Matrix.zeros(5, 5);
        expected.set(0, 1, 10);
        expected.set(1, 2, 20);   // the first of the two 8s in reading order wins
        expected.set(2, 1, 30);
        expected.set(2, 3, 40);
        assertArrayEquals(expected.toFlatArray(), gradX.toFlatArray());
    }

    @Test
    void poolingKeepsChannelsApart() {
        // 2x2x2: channel 0 holds 1..4, channel 1 holds 40..10; each channel keeps its own maximum
        Matrix x = Matrix.rowVector(1, 40, 2, 30, 3, 20, 4, 10);
        int[] winners = new int[2];
        assertArrayEquals(new double[] {4, 40}, FeatureMaps.maxPool(x, 2, 2, 2, 2, Matrix.zeros(1, 2), winners)
                .toFlatArray());
        assertArrayEquals(new int[] {6, 1}, winners);
    }

    @Test
    void theConvolutionsProductsGiveTheSameBitsOnAnyNumberOfThreads() {
        // the shapes of a batch of 64 in chapter 15's network: Z = P·K, ∂L/∂K = Pᵀ·δ, ∂L/∂P = δ·Kᵀ
        Random random = new Random(5);
        int m = 64 * 14 * 14;
        int k = 3 * 3 * 8;
        int n = 16;
        double[] p = Matrix.randn(m, k, random).data();
        double[] filters = Matrix.randn(k, n, random).data();
        double[] delta = Matrix.randn(m, n, random).data();
        for (MatrixKernels one : new MatrixKernels[] {new PlainKernels(1), new VectorKernels(1)}) {
            MatrixKernels many = one instanceof PlainKernels ? new PlainKernels(3) : new VectorKernels(3);
            double[][] a = {new double[m * n], new double[k * n], new double[m * k]};
            double[][] b = {new double[m * n], new double[k * n], new double[m * k]};
            one.multiply(p, filters, a[0], m, k, n);
            many.multiply(p, filters, b[0], m, k, n);
            one.multiplyTransposeA(p, delta, a[1], k, m, n);
            many.multiplyTransposeA(p, delta, b[1], k, m, n);
            one.multiplyTransposeB(delta, filters, a[2], m, n, k);
            many.multiplyTransposeB(delta, filters, b[2], m, n, k);
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(a[i], b[i], one.name() + ", product " + i);
            }
        }
    }

    @Test
    void matricesOfTheWrongShapeAreNamedWithBothShapes() {
        Matrix x = Matrix.zeros(1, 64);
        assertNames(message(() -> FeatureMaps.patches(x, 8, 8, 1, 3, 0, Matrix.zeros(36, 8))),
                "patches: input (1x64) needs an output of (36x9), got (36x8)");
        assertNames(message(() -> FeatureMaps.addPatchesBack(Matrix.zeros(36, 8), 8, 8, 1, 3, 0, Matrix.zeros(1, 64))),
                "addPatchesBack: patches' gradient (36x8) does not come from (1x64) images of 8x8x1 with 3x3 filters"
                        + " and padding 0");
        assertNames(message(() -> FeatureMaps.maxPool(x, 8, 8, 1, 2, Matrix.zeros(1, 15), new int[15])),
                "maxPool: input (1x64) needs an output of (1x16), got (1x15)");
        assertNames(message(() -> FeatureMaps.maxPool(x, 8, 8, 1, 2, Matrix.zeros(1, 16), new int[3])),
                "maxPool: 3 winner indices for an output (1x16)");
        assertNames(message(() -> FeatureMaps.routeToWinners(Matrix.zeros(1, 16), new int[3], Matrix.zeros(1, 64))),
                "routeToWinners: 3 winner indices for a gradient (1x16)");
        assertNames(message(() -> Matrix.zeros(2, 3).reshape(2, 4)), "reshape: (2x3) has 6 values, not the 8 of (2x4)");
    }
}
