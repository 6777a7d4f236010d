package neuralmath.course.exercise;

import java.util.List;
import neuralmath.la.Matrix;

/** Chapter 4, the weighted sum: z = w·x + b for one neuron, then Z = X·W + b for a batch, with W stored by rows. */
final class Chapter04Exercises {

    private static final double[] X = {1, 2, -1};
    private static final double[] W = {0.5, -0.25, 1.5};
    private static final double B = 0.2;

    private Chapter04Exercises() {
    }

    static List<Exercise<?>> all() {
        return List.of(weightedSumByHand(), weightedSumsFromRows());
    }

    /** z = Σᵢ wᵢxᵢ + b for the neuron of the task. */
    private static Exercise<Double> weightedSumByHand() {
        return Exercise.number("04.weighted-sum-by-hand", "z of one neuron", 2, () -> dot(W, X) + B)
                .called("z")
                .tolerance(1e-9)
                .mistake(() -> dot(W, X), "your z is the right z minus b: did you add the bias?")
                .mistake(() -> dot(W, X) + X.length * B, "your z adds b once per input: b is added once, after the sum")
                .mistake(() -> dot(W, new double[] {1, 2, 1}) + B, "your z takes x₃ as +1: mind the sign of x₃ = −1")
                .hint("multiply each input by its own weight, add the three products, then add the bias once");
    }

    /**
     * Z = X·W + b from V = Wᵀ, the weights stored one row per neuron (as PyTorch's nn.Linear stores them), tried on
     * matrices the notebook does not show: Z = X·Vᵀ + b.
     */
    private static Exercise<ThreeMatrixFunction> weightedSumsFromRows() {
        Matrix x = Matrix.randn(5, 3, 41);
        Matrix v = Matrix.randn(4, 3, 42);
        Matrix b = Matrix.randn(1, 4, 43);
        return Exercise.function("04.weighted-sums-from-rows", "Z = X·W + b from weights stored one row per neuron", 3,
                        ThreeMatrixFunction.class, (xs, vs, bs) -> xs.multiply(vs.transpose()).addRowVector(bs))
                .probe("Z for a 5×3 X, a 4×3 V and a 1×4 b", f -> f.apply(x, v, b))
                .mistake(() -> (xs, vs, bs) -> xs.multiply(vs.transpose()),
                        "your Z has no bias: add the bias row b to every row of the products")
                .mistake(() -> (xs, vs, bs) -> vs.multiply(xs.transpose()),
                        "your Z is the transpose of the right one and has no bias: each row of Z is one example,"
                                + " each column one neuron; then add b to every row")
                .hint("V holds one row per neuron, so its transpose is the W of the chapter, one column per neuron;"
                        + " then it is the batch product of this chapter, with the bias row added to every row");
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
