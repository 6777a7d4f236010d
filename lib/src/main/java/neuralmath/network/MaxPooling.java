package neuralmath.network;

import java.util.List;
import neuralmath.la.FeatureMaps;
import neuralmath.la.Matrix;

/**
 * Max pooling over p×p windows with stride p: each channel shrinks to ⌊h/p⌋×⌊w/p⌋, keeping the largest value of each
 * window,
 *
 * <pre>
 *   Y[i][j][c] = max over 0 ≤ u, v &lt; p of X[p·i + u][p·j + v][c]
 * </pre>
 *
 * <p>It learns nothing. Its derivative is 1 for the input that won the window and 0 for the others, so backward
 * routes each ∂L/∂Y[i][j][c] to the winner and gives every other input 0 ({@link FeatureMaps#routeToWinners}).
 */
public final class MaxPooling implements FeatureLayer {

    private final ImageShape input;
    private final ImageShape output;
    private final int window;
    private final String name;

    private final BatchBuffers<Buffers> buffers;
    private Buffers batch;

    /** Pooling p×p windows (p = {@code window}) with stride p on inputs of {@code input}'s shape; named pool{number}. */
    public MaxPooling(ImageShape input, int window, int number) {
        this.name = "pool" + number;
        if (window <= 0 || window > input.height() || window > input.width()) {
            throw new IllegalArgumentException(name + ": " + window + "x" + window + " windows do not fit in an "
                    + "input of " + input);
        }
        this.input = input;
        this.window = window;
        this.output = new ImageShape(input.height() / window, input.width() / window, input.channels());
        this.buffers = new BatchBuffers<>(Buffers::new);
    }

    /** Y = the maximum of each window; remembers which input won each. */
    @Override
    public Matrix forward(Matrix x, boolean reuse) {
        requireInput(x);
        batch = reuse ? buffers.forRows(x.rows()) : buffers.once(x.rows());
        return FeatureMaps.maxPool(x, input.height(), input.width(), input.channels(), window, batch.y,
                batch.winners);
    }

    /** ∂L/∂X: each ∂L/∂Y goes to the input that won its window, every other input gets 0. */
    @Override
    public Matrix backward(Matrix gradOutput, boolean inputGradient) {
        if (batch == null) {
            throw new IllegalStateException(name + ": backward before forward");
        }
        requireOutputGradient(gradOutput, batch.y.rows());
        return inputGradient ? FeatureMaps.routeToWinners(gradOutput, batch.winners, batch.gradX()) : null;
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
        return name;
    }

    /** None: pooling learns nothing. */
    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    /** p, the side of a window and the stride. */
    public int window() {
        return window;
    }

    /** Y of the last forward pass, m × (⌊h/p⌋·⌊w/p⌋·C). */
    public Matrix y() {
        return batch == null ? null : batch.y;
    }

    @Override
    public String toString() {
        return "MaxPooling(" + input + " -> " + output + ", " + window + "x" + window + ")";
    }

    /** Y and the winners' indices of one batch of m examples, and ∂L/∂X (m × h·w·C), made on the first backward. */
    private final class Buffers {
        final Matrix y;
        final int[] winners;
        private Matrix gradX;

        Buffers(int m) {
            y = Matrix.zeros(m, output.size());
            winners = new int[y.size()];
        }

        Matrix gradX() {
            return gradX != null ? gradX : (gradX = Matrix.zeros(y.rows(), input.size()));
        }
    }
}
