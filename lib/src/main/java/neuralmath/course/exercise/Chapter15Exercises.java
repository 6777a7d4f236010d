package neuralmath.course.exercise;

import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;
import neuralmath.activations.Activation;
import neuralmath.la.Convolution;
import neuralmath.la.Matrix;
import neuralmath.network.Convolution2D;
import neuralmath.network.Convolution2D.Padding;
import neuralmath.network.ImageShape;
import neuralmath.network.Initializer;
import neuralmath.network.MaxPooling;

/** Chapter 15, convolutional networks: shapes through a stack, a filter's gradient by hand, max pooling's backward. */
final class Chapter15Exercises {

    /** The task's image I (5×5) and the gradient δ = ∂L/∂Z (3×3) of a "valid" 3×3 convolution of it. */
    private static final double[][] IMAGE = {
        {1, 1, 2, 1, 0},
        {1, 3, 1, 0, 2},
        {2, 1, 0, 1, 1},
        {1, 2, 1, 3, 0},
        {0, 1, 2, 0, 1}};
    private static final double[][] DELTA = {
        {1, -1, 0},
        {2, 0, 1},
        {0, 1, -2}};

    private Chapter15Exercises() {
    }

    static List<Exercise<?>> all() {
        return List.of(outputShape(), filterGradientEntry(), poolingBackwardFix());
    }

    /**
     * 28×28×1 → 8 filters 3×3 "valid" → 2×2 pooling → 16 filters 3×3 "valid" → 2×2 pooling: h' = h − k + 1 for each
     * convolution, ⌊h/2⌋ for each pooling, and as many channels as the last convolution has filters.
     */
    private static Exercise<int[]> outputShape() {
        return Exercise.integers("15.output-shape", "the shape after a convolution and pooling stack", 2,
                        () -> stack(28, (h, k) -> h - k + 1, h -> h / 2, 16))
                .called("{h, w, C}")
                .mistake(() -> stack(28, (h, k) -> h - k, h -> h / 2, 16), "your size shrinks by k at each"
                        + " convolution: a k×k filter fits at h − k + 1 positions (count the first one)")
                .mistake(() -> stack(28, (h, k) -> h, h -> h / 2, 16), "your convolutions keep the size: that is"
                        + " \"same\" padding; with \"valid\" the filter must lie wholly inside the image")
                .mistake(() -> stack(28, (h, k) -> h + k - 1, h -> h / 2, 16), "your convolutions grow the image:"
                        + " that is a full convolution; \"valid\" keeps only the positions inside the image")
                .mistake(() -> stack(28, (h, k) -> h - k + 1, h -> (h + 1) / 2, 16), "your pooling rounds up an odd"
                        + " size: a last row or column that fills no 2×2 window is dropped, ⌊h/2⌋")
                .mistake(() -> stack(28, (h, k) -> h - k + 1, h -> h / 2, 8 * 16), "your channels multiply the two"
                        + " layers' filter counts: each filter of the second convolution spans all 8 input channels"
                        + " and gives one output channel")
                .mistake(() -> stack(28, (h, k) -> h - k + 1, h -> h / 2, 1), "your output keeps the input's one"
                        + " channel: a convolution gives one channel per filter")
                .mistake(() -> stack(28, (h, k) -> h - k + 1, h -> h / 2, 8), "your channels are the first"
                        + " convolution's 8: the second convolution has 16 filters, one output channel each")
                .hint("follow the height through the four layers one at a time: a \"valid\" k×k convolution leaves"
                        + " h − k + 1, a 2×2 pooling halves and drops a remainder; the width does the same; the"
                        + " channels are the number of filters of the last convolution");
    }

    private interface Shrink {
        int apply(int h, int k);
    }

    /** The {h, w, C} after conv 3×3 → pool → conv 3×3 → pool, with the given rules for each. */
    private static int[] stack(int side, Shrink convolution, java.util.function.IntUnaryOperator pooling,
            int channels) {
        int h = pooling.applyAsInt(convolution.apply(pooling.applyAsInt(convolution.apply(side, 3)), 3));
        return new int[] {h, h, channels};
    }

    /**
     * ∂L/∂K[0][1] = Σᵢⱼ δ[i][j] · I[i][j + 1], the task's entry of the filter's gradient, computed by the library's
     * convolution layer: its ∂L/∂K = Pᵀ·δ for the identity activation.
     */
    private static Exercise<Double> filterGradientEntry() {
        return Exercise.number("15.filter-gradient-entry", "one entry of a filter's gradient", 2,
                        () -> filterGradient().get(0, 1))
                .called("∂L/∂K[0][1]")
                .tolerance(1e-9)
                .mistake(() -> correlate(0, 0), "your sum is ∂L/∂K[0][0]: for the entry in row 0, column 1 of the"
                        + " filter, each δ[i][j] meets the pixel one column to the right, I[i][j + 1]")
                .mistake(() -> correlate(1, 0), "your sum is ∂L/∂K[1][0], row and column swapped: K[0][1] is in row"
                        + " 0, column 1, so the pixel is I[i][j + 1], not I[i + 1][j]")
                .mistake(() -> correlate(2, 1), "your sum uses the flipped filter's position K[2][1]: the layer"
                        + " correlates (no flip), so K[0][1] meets I[i + 0][j + 1]")
                .mistake(() -> DELTA[0][0] * IMAGE[0][1], "your value is one term of the sum: K[0][1] is used at"
                        + " every one of the 3×3 output positions, so its gradient adds all nine terms")
                .mistake(() -> correlate(0, 1) / 9, "your value is the mean of the nine terms: the gradient of a"
                        + " shared weight is their sum")
                .hint("K[0][1] multiplies pixel I[i + 0][j + 1] in output Z[i][j], for every output position (i, j):"
                        + " by the chain rule its gradient adds up δ[i][j] times that pixel over all nine positions");
    }

    private static Matrix filterGradient() {
        Convolution2D layer = new Convolution2D(new ImageShape(5, 5, 1), 3, Padding.VALID, Activation.identity(),
                Matrix.zeros(9, 1), Matrix.zeros(1, 1), 1);
        layer.forward(Convolution.flatten(Matrix.of(IMAGE)), false);
        layer.backward(Convolution.flatten(Matrix.of(DELTA)), false);
        return Matrix.wrap(3, 3, layer.filters().gradient().toFlatArray());
    }

    /** Σᵢⱼ δ[i][j] · I[i + u][j + v]. */
    private static double correlate(int u, int v) {
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                sum += DELTA[i][j] * IMAGE[i + u][j + v];
            }
        }
        return sum;
    }

    /**
     * ∂L/∂X of 2×2 max pooling with stride 2 for one channel, (X, ∂L/∂Y) → ∂L/∂X, tried on images the notebook does
     * not show, one with an odd size: the library's {@link MaxPooling} is the reference.
     */
    private static Exercise<BinaryOperator<Matrix>> poolingBackwardFix() {
        Random random = new Random(151);
        Matrix[][] cases = {
            {Matrix.randn(4, 4, random), Matrix.randn(2, 2, random)},
            {Matrix.randn(6, 6, random), Matrix.randn(3, 3, random)},
            {Matrix.randn(5, 7, random), Matrix.randn(2, 3, random)}};
        Exercise<BinaryOperator<Matrix>> exercise = Exercise.<BinaryOperator<Matrix>>function("15.pooling-backward-fix",
                "max pooling's backward pass, fixed", 3, Exercise.kind(BinaryOperator.class),
                Chapter15Exercises::poolingBackward);
        for (Matrix[] c : cases) {
            exercise.probe("∂L/∂X for a " + c[0].shape() + " X", f -> f.apply(c[0], c[1]));
        }
        return exercise
                .mistake(() -> (x, g) -> spread(x, g, 1.0), "your ∂L/∂X gives each window's gradient to all four of"
                        + " its inputs: only the input that won the max changed the output, the others get 0")
                .mistake(() -> (x, g) -> spread(x, g, 0.25), "your ∂L/∂X is average pooling's, a quarter to each"
                        + " input: max pooling's derivative is 1 for the winner and 0 for the rest")
                .mistake(() -> (x, g) -> poolingBackward(x.times(-1), g), "your ∂L/∂X goes to the smallest input of"
                        + " each window: the gradient belongs to the largest")
                .mistake(() -> Chapter15Exercises::offsetsSwapped, "your ∂L/∂X swaps the winner's row and column"
                        + " offsets inside its window: the winner at (2i + u, 2j + v) gets the gradient")
                .hint("for each window (i, j), find where in rows 2i, 2i + 1 and columns 2j, 2j + 1 the largest input"
                        + " is, and put ∂L/∂Y[i][j] there; every other entry of ∂L/∂X stays 0");
    }

    /** The library's max pooling backward on one channel: ∂L/∂Y[i][j] to the winner of window (i, j). */
    private static Matrix poolingBackward(Matrix x, Matrix gradY) {
        MaxPooling pool = new MaxPooling(new ImageShape(x.rows(), x.cols(), 1), 2, 1);
        pool.forward(Convolution.flatten(x), false);
        return Matrix.wrap(x.rows(), x.cols(), pool.backward(Convolution.flatten(gradY), true).toFlatArray());
    }

    /** Each window's gradient to (2i + v, 2j + u), when (2i + u, 2j + v) won it. */
    private static Matrix offsetsSwapped(Matrix x, Matrix gradY) {
        Matrix out = Matrix.zeros(x.rows(), x.cols());
        for (int i = 0; i < gradY.rows(); i++) {
            for (int j = 0; j < gradY.cols(); j++) {
                int bu = 0;
                int bv = 0;
                for (int u = 0; u < 2; u++) {
                    for (int v = 0; v < 2; v++) {
                        if (x.get(2 * i + u, 2 * j + v) > x.get(2 * i + bu, 2 * j + bv)) {
                            bu = u;
                            bv = v;
                        }
                    }
                }
                out.set(2 * i + bv, 2 * j + bu, gradY.get(i, j));
            }
        }
        return out;
    }

    /** Each window's gradient times {@code share} to all four of its inputs. */
    private static Matrix spread(Matrix x, Matrix gradY, double share) {
        Matrix out = Matrix.zeros(x.rows(), x.cols());
        for (int i = 0; i < gradY.rows(); i++) {
            for (int j = 0; j < gradY.cols(); j++) {
                for (int u = 0; u < 2; u++) {
                    for (int v = 0; v < 2; v++) {
                        out.set(2 * i + u, 2 * j + v, gradY.get(i, j) * share);
                    }
                }
            }
        }
        return out;
    }
}
