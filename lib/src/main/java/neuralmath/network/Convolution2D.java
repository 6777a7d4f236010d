package neuralmath.network;

import java.util.List;
import java.util.Random;
import neuralmath.activations.Activation;
import neuralmath.la.FeatureMaps;
import neuralmath.la.Matrix;

/**
 * A 2-D convolution layer: F filters of k×k×C slide over each example's h×w×C feature maps with stride 1, and
 * output channel f at position (i, j) is the filter's weighted sum of the patch it covers, plus a bias, through f:
 *
 * <pre>
 *   Z[i][j][f] = Σ_u Σ_v Σ_c K[u][v][c][f] · X[i + u − p][j + v − p][c] + b[f],      A = f(Z)
 * </pre>
 *
 * <p>(a cross-correlation, as in chapter 3 and every deep-learning library). Padding "valid" (p = 0) keeps only the
 * positions where the filter lies inside the image, h' = h − k + 1; "same" (p = (k − 1)/2, k odd) adds a border of
 * zeros so that h' = h.
 *
 * <p>Computed as im2col and one matrix product: the patches P ({@link FeatureMaps#patches}, one row per example and
 * position) times the filters K stored as a (k·k·C) × F matrix, Z = P·K + b. A convolution is a dense layer applied
 * to every patch with the same weights. Backward, given δ = ∂L/∂Z:
 *
 * <pre>
 *   ∂L/∂K = Pᵀ·δ   (the input correlated with the output's gradient)
 *   ∂L/∂b = Σ over every example and position of δ
 *   ∂L/∂X = col2im(δ·Kᵀ)   (the output's gradient, fully convolved with the flipped filters)
 * </pre>
 */
public final class Convolution2D implements FeatureLayer {

    /** How the border is treated: "valid" (no padding) or "same" (zeros, so the output keeps the input's size). */
    public enum Padding { VALID, SAME }

    private final ImageShape input;
    private final ImageShape output;
    private final int size;
    private final Padding padding;
    private final int pad;
    private final Parameter filters;
    private final Parameter bias;
    private final Activation activation;

    private final BatchBuffers<Buffers> buffers;
    private Buffers batch;

    /**
     * A layer of {@code count} filters of size×size on inputs of {@code input}'s shape, filters drawn by {@code init}
     * with fan-in k·k·C, biases zero. Its parameters are named K{number} and b{number}.
     */
    public Convolution2D(ImageShape input, int count, int size, Padding padding, Activation activation,
            Initializer init, Random random, int number) {
        this(input, size, padding, activation, init.weights(checkedPatchLength(input, size, number), positive(count,
                number), random), Matrix.zeros(1, count), number);
    }

    /** A layer with the given first filters K ((k·k·C) × F, rows in the order (u, v, c)) and bias b (1 × F). */
    public Convolution2D(ImageShape input, int size, Padding padding, Activation activation, Matrix k, Matrix b,
            int number) {
        String name = "K" + number;
        checkedPatchLength(input, size, number);
        this.pad = padding == Padding.SAME ? (size - 1) / 2 : 0;
        if (padding == Padding.SAME && size % 2 == 0) {
            throw new IllegalArgumentException(name + ": \"same\" padding needs an odd filter size, got " + size);
        }
        if (padding == Padding.VALID && (size > input.height() || size > input.width())) {
            throw new IllegalArgumentException(name + ": a " + size + "x" + size + " filter does not fit in an input of "
                    + input + " with \"valid\" padding");
        }
        if (k.rows() != size * size * input.channels()) {
            throw new IllegalArgumentException(name + ": filters " + k.shape() + " need " + size * size
                    * input.channels() + " rows (k·k·C) for " + size + "x" + size + " filters on inputs of " + input);
        }
        if (b.rows() != 1 || b.cols() != k.cols()) {
            throw new IllegalArgumentException(name + ": filters " + k.shape() + " need a bias of (1x" + k.cols()
                    + "), got " + b.shape());
        }
        this.input = input;
        this.size = size;
        this.padding = padding;
        this.output = new ImageShape(input.height() + 2 * pad - size + 1, input.width() + 2 * pad - size + 1,
                k.cols());
        this.filters = new Parameter(name, k);
        this.bias = new Parameter("b" + number, b);
        this.activation = activation;
        this.buffers = new BatchBuffers<>(Buffers::new);
    }

    private static int checkedPatchLength(ImageShape input, int size, int number) {
        if (size <= 0) {
            throw new IllegalArgumentException("K" + number + ": the filter size must be positive, got " + size);
        }
        return size * size * input.channels();
    }

    private static int positive(int count, int number) {
        if (count <= 0) {
            throw new IllegalArgumentException("K" + number + ": the number of filters must be positive, got "
                    + count);
        }
        return count;
    }

    /** P = im2col(X), Z = P·K + b, A = f(Z); returns A as m × (h'·w'·F), one example per row. */
    @Override
    public Matrix forward(Matrix x, boolean reuse) {
        requireInput(x);
        batch = reuse ? buffers.forRows(x.rows()) : buffers.once(x.rows());
        FeatureMaps.patches(x, input.height(), input.width(), input.channels(), size, pad, batch.patches);
        batch.patches.multiply(filters.value(), batch.z);                      // Z = P·K
        activation.addBiasAndApply(batch.z, bias.value(), batch.a);            // Z ← Z + b, A = f(Z)
        return batch.a.reshape(x.rows(), output.size());
    }

    /** δ = f'(Z) ⊙ ∂L/∂A; stores ∂L/∂K = Pᵀ·δ and ∂L/∂b = Σ δ; returns ∂L/∂X = col2im(δ·Kᵀ) if asked. */
    @Override
    public Matrix backward(Matrix gradOutput, boolean inputGradient) {
        if (batch == null) {
            throw new IllegalStateException(name() + ": backward before forward");
        }
        requireOutputGradient(gradOutput, batch.examples());
        Matrix gradA = gradOutput.reshape(batch.z.rows(), batch.z.cols());
        Matrix delta = activation.backward(batch.z, batch.a, gradA, batch.delta());
        filters.setGradient(batch.patches.transposeMultiply(delta, batch.gradK()));
        bias.setGradient(delta.sumOfEachColumn(batch.gradB()));
        if (!inputGradient) {
            return null;
        }
        Matrix gradPatches = delta.multiplyTranspose(filters.value(), batch.gradPatches());
        return FeatureMaps.addPatchesBack(gradPatches, input.height(), input.width(), input.channels(), size, pad,
                batch.gradX());
    }

    @Override
    public ImageShape inputShape() {
        return input;
    }

    @Override
    public ImageShape outputShape() {
        return output;
    }

    @Override
    public String name() {
        return filters.name();
    }

    /** The filters K, (k·k·C) × F: column f is filter f, its rows in the order (u, v, c). */
    public Parameter filters() {
        return filters;
    }

    public Parameter bias() {
        return bias;
    }

    /** K and b, in that order. */
    @Override
    public List<Parameter> parameters() {
        return List.of(filters, bias);
    }

    public Activation activation() {
        return activation;
    }

    /** k, the filters' side. */
    public int size() {
        return size;
    }

    public Padding padding() {
        return padding;
    }

    /** Filter f as a k×k image of channel c, to plot. */
    public Matrix filter(int f, int c) {
        Matrix image = Matrix.zeros(size, size);
        for (int u = 0; u < size; u++) {
            for (int v = 0; v < size; v++) {
                image.set(u, v, filters.value().get((u * size + v) * input.channels() + c, f));
            }
        }
        return image;
    }

    /** A of the last forward pass, m × (h'·w'·F). */
    public Matrix a() {
        return batch == null ? null : batch.a.reshape(batch.examples(), output.size());
    }

    @Override
    public String toString() {
        return "Convolution2D(" + input + " -> " + output + ", " + output.channels() + " filters " + size + "x" + size
                + " " + padding.name().toLowerCase(java.util.Locale.ROOT) + ", " + activation + ")";
    }

    /**
     * The matrices one batch of m examples fills: P ((m·h'·w') × (k·k·C)), Z and A ((m·h'·w') × F); and, made on the
     * first backward pass, δ, ∂L/∂K, ∂L/∂b, ∂L/∂P and ∂L/∂X (m × h·w·C).
     */
    private final class Buffers {
        final Matrix patches;
        final Matrix z;
        final Matrix a;
        private Matrix delta;
        private Matrix gradK;
        private Matrix gradB;
        private Matrix gradPatches;
        private Matrix gradX;

        Buffers(int m) {
            int positions = Math.multiplyExact(m, output.height() * output.width());
            patches = Matrix.zeros(positions, size * size * input.channels());
            z = Matrix.zeros(positions, output.channels());
            a = Matrix.zeros(positions, output.channels());
        }

        Matrix delta() {
            return delta != null ? delta : (delta = Matrix.zeros(z.rows(), z.cols()));
        }

        Matrix gradK() {
            return gradK != null ? gradK : (gradK = Matrix.zeros(patches.cols(), z.cols()));
        }

        Matrix gradB() {
            return gradB != null ? gradB : (gradB = Matrix.zeros(1, z.cols()));
        }

        Matrix gradPatches() {
            return gradPatches != null ? gradPatches : (gradPatches = Matrix.zeros(patches.rows(), patches.cols()));
        }

        int examples() {
            return z.rows() / (output.height() * output.width());
        }

        Matrix gradX() {
            return gradX != null ? gradX : (gradX = Matrix.zeros(examples(), input.size()));
        }
    }
}
