package neuralmath.la;

/**
 * The index work of a convolutional network, on a batch of feature maps stored one example per row, channels last:
 * pixel (i, j) of channel c of an h×w×C example is entry (i·w + j)·C + c of its row. With that layout a convolution
 * is one matrix product ({@link #patches}, then Patches·K), and the product's rows are already the output's layout.
 */
public final class FeatureMaps {

    private FeatureMaps() {
    }

    /**
     * im2col: one row per output position (n, i, j) holding the k×k×C patch it sees, with {@code pad} zeros around
     * each image, in the filter's order (u, v, c):
     * <pre>    P[(n·h' + i)·w' + j][(u·k + v)·C + c] = X_n[i + u − pad][j + v − pad][c]   (0 outside the image)</pre>
     * where h' = h + 2·pad − k + 1 and w' = w + 2·pad − k + 1. Then the convolution is Z = P·K. Written into
     * {@code out}, (m·h'·w') × (k·k·C); returns it.
     */
    public static Matrix patches(Matrix x, int h, int w, int channels, int k, int pad, Matrix out) {
        int outH = h + 2 * pad - k + 1;
        int outW = w + 2 * pad - k + 1;
        requireShape("patches", x, out, x.rows() * outH * outW, k * k * channels);
        copyPatches(x.data(), out.data(), x.rows(), h, w, channels, k, pad, false);
        return out;
    }

    /**
     * col2im, the adjoint of {@link #patches}: adds each patch's entries back onto the pixels they were copied from,
     * <pre>    G_n[y][x][c] = Σ over (i, j, u, v) with i + u − pad = y, j + v − pad = x of  ∂P[(n·h' + i)·w' + j][(u·k + v)·C + c]</pre>
     * which turns ∂L/∂P into ∂L/∂X (a pixel in several patches gets the sum of their gradients; the padding's
     * gradients are dropped). Written into {@code out}, m × (h·w·C); returns it.
     */
    public static Matrix addPatchesBack(Matrix gradPatches, int h, int w, int channels, int k, int pad, Matrix out) {
        int outH = h + 2 * pad - k + 1;
        int outW = w + 2 * pad - k + 1;
        int m = out.rows();
        if (out.cols() != h * w * channels || gradPatches.rows() != m * outH * outW
                || gradPatches.cols() != k * k * channels) {
            throw new IllegalArgumentException("addPatchesBack: patches' gradient " + gradPatches.shape()
                    + " does not come from " + out.shape() + " images of " + h + "x" + w + "x" + channels
                    + " with " + k + "x" + k + " filters and padding " + pad);
        }
        java.util.Arrays.fill(out.data(), 0.0);
        copyPatches(out.data(), gradPatches.data(), m, h, w, channels, k, pad, true);
        return out;
    }

    /**
     * Walks every patch row (n, i, j) and filter row u in order: forward copies the pixels (i + u − pad, j + v − pad)
     * of image n, v = 0..k−1, all C channels of each, into the patch (zeros for the padding); {@code back} adds the
     * patch's entries onto those pixels instead (and skips the padding). The pixels of one filter row lie side by
     * side in both, so each is one block of up to k·C numbers.
     */
    private static void copyPatches(double[] images, double[] p, int m, int h, int w, int channels, int k, int pad,
            boolean back) {
        int outH = h + 2 * pad - k + 1;
        int outW = w + 2 * pad - k + 1;
        int rowLength = k * k * channels;
        for (int n = 0; n < m; n++) {
            int image = n * h * w * channels;
            for (int i = 0; i < outH; i++) {
                for (int j = 0; j < outW; j++) {
                    int row = ((n * outH + i) * outW + j) * rowLength;
                    int vFrom = Math.max(0, pad - j);              // the filter columns that fall inside the image
                    int vTo = Math.min(k, w + pad - j);
                    for (int u = 0; u < k; u++) {
                        int y = i + u - pad;
                        int cells = row + u * k * channels;        // the patch's cells of filter row u
                        boolean inside = y >= 0 && y < h;
                        int from = inside ? cells + vFrom * channels : cells;   // the block inside the image
                        int to = inside ? cells + vTo * channels : cells;
                        int pixel = image + (y * w + j + vFrom - pad) * channels - from;
                        if (back) {
                            for (int t = from; t < to; t++) {
                                images[pixel + t] += p[t];
                            }
                            continue;
                        }
                        for (int t = cells; t < from; t++) {
                            p[t] = 0;
                        }
                        for (int t = from; t < to; t++) {
                            p[t] = images[pixel + t];
                        }
                        for (int t = to; t < cells + k * channels; t++) {
                            p[t] = 0;
                        }
                    }
                }
            }
        }
    }

    /**
     * Max pooling over p×p windows with stride p: Y_n[i][j][c] = max over 0 ≤ u, v &lt; p of X_n[p·i + u][p·j + v][c],
     * for i &lt; ⌊h/p⌋, j &lt; ⌊w/p⌋ (a last row or column that fills no window is dropped). Writes Y into {@code out},
     * m × (⌊h/p⌋·⌊w/p⌋·C), and into {@code winners} the index in X's storage of the entry each maximum came from
     * (the first in reading order when several are equal). Returns out.
     */
    public static Matrix maxPool(Matrix x, int h, int w, int channels, int p, Matrix out, int[] winners) {
        int outH = h / p;
        int outW = w / p;
        requireShape("maxPool", x, out, x.rows(), outH * outW * channels);
        if (winners.length != out.size()) {
            throw new IllegalArgumentException("maxPool: " + winners.length + " winner indices for an output "
                    + out.shape());
        }
        double[] in = x.data();
        double[] y = out.data();
        int o = 0;
        for (int n = 0; n < x.rows(); n++) {
            int image = n * h * w * channels;
            for (int i = 0; i < outH; i++) {
                for (int j = 0; j < outW; j++) {
                    for (int c = 0; c < channels; c++, o++) {
                        int best = image + ((p * i) * w + p * j) * channels + c;
                        for (int u = 0; u < p; u++) {
                            for (int v = 0; v < p; v++) {
                                int at = image + ((p * i + u) * w + p * j + v) * channels + c;
                                if (in[at] > in[best]) {
                                    best = at;
                                }
                            }
                        }
                        y[o] = in[best];
                        winners[o] = best;
                    }
                }
            }
        }
        return out;
    }

    /**
     * The backward pass of max pooling: each output's gradient goes to the one input that won its window, every
     * other input gets 0: ∂L/∂X[winners[o]] = ∂L/∂Y[o]. Written into {@code out} (X's shape); returns it.
     */
    public static Matrix routeToWinners(Matrix gradY, int[] winners, Matrix out) {
        if (winners.length != gradY.size()) {
            throw new IllegalArgumentException("routeToWinners: " + winners.length + " winner indices for a "
                    + "gradient " + gradY.shape());
        }
        double[] g = gradY.data();
        double[] gx = out.data();
        java.util.Arrays.fill(gx, 0.0);
        for (int o = 0; o < g.length; o++) {
            gx[winners[o]] += g[o];
        }
        return out;
    }

    private static void requireShape(String operation, Matrix x, Matrix out, int rows, int cols) {
        if (out.rows() != rows || out.cols() != cols) {
            throw new IllegalArgumentException(operation + ": input " + x.shape() + " needs an output of (" + rows
                    + "x" + cols + "), got " + out.shape());
        }
    }
}
