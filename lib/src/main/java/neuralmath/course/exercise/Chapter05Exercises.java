package neuralmath.course.exercise;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;
import neuralmath.activations.Activation;
import neuralmath.la.Matrix;

/** Chapter 5, activations: the sigmoid and its derivative, where tanh is steepest, and softmax by hand. */
final class Chapter05Exercises {

    private static final Matrix LOGITS = Matrix.rowVector(1, 2, 3);

    private Chapter05Exercises() {
    }

    static List<Exercise<?>> all() {
        return List.of(Chapter01Exercises.sigmoid("05.sigmoid"), sigmoidDerivative(), whereTanhIsSteepest(),
                softmaxByHand());
    }

    /** σ'(z) = σ(z)(1 − σ(z)), tried at eight values of z. */
    private static Exercise<DoubleUnaryOperator> sigmoidDerivative() {
        Activation sigmoid = Activation.sigmoid();
        DoubleUnaryOperator s = sigmoid::value;
        return Chapter01Exercises.triedAtEveryZ(Exercise.function("05.sigmoid-derivative", "the derivative σ'(z)", 2,
                        DoubleUnaryOperator.class, sigmoid::derivative), "σ'")
                .mistake(() -> z -> s.applyAsDouble(z) * (1 + s.applyAsDouble(z)), "your σ' is σ(z)(1 + σ(z)):"
                        + " the second factor, e^(−z)/(1 + e^(−z)), lies between 0 and 1; mind the sign in it")
                .mistake(() -> z -> s.applyAsDouble(z) * s.applyAsDouble(z), "your σ' is σ(z)²: the two factors"
                        + " of e^(−z)/(1 + e^(−z))² are not both σ(z)")
                .mistake(() -> z -> -s.applyAsDouble(z) * s.applyAsDouble(z), "your σ' is −1/(1 + e^(−z))², the"
                        + " outer derivative alone: the chain rule also multiplies by the inner derivative,"
                        + " that of 1 + e^(−z)")
                .mistake(() -> z -> -sigmoid.derivative(z), "your σ' has the wrong sign everywhere: the derivative"
                        + " of e^(−z) is −e^(−z), and its minus cancels the outer one")
                .mistake(() -> z -> 1 - s.applyAsDouble(z), "your σ' is e^(−z)/(1 + e^(−z)) = 1 − σ(z): the"
                        + " denominator is (1 + e^(−z)) squared")
                .mistake(() -> z -> 1 - s.applyAsDouble(z) * s.applyAsDouble(z), "your σ' is 1 − σ(z)²: that is"
                        + " the pattern of tanh' = 1 − tanh²; the sigmoid's derivative was derived above")
                .mistake(() -> z -> z * (1 - z), "your σ' is z(1 − z): the formula takes the sigmoid's value σ(z)"
                        + " where it says σ, not z itself")
                .hint("the derivation above writes σ'(z) with the value σ(z) alone; 0.25 at z = 0, nearly 0 for"
                        + " large |z|");
    }

    /** The z of the grid −10, −9.99, …, 10 where tanh'(z) is largest: 0. */
    private static Exercise<Double> whereTanhIsSteepest() {
        Activation tanh = Activation.tanh();
        double[] grid = IntStream.rangeClosed(-1000, 1000).mapToDouble(i -> i * 0.01).toArray();
        int steepest = IntStream.range(0, grid.length).reduce((a, b) ->
                tanh.derivative(grid[b]) > tanh.derivative(grid[a]) ? b : a).getAsInt();
        return Exercise.number("05.where-tanh-is-steepest", "the z where tanh is steepest", 1, () -> grid[steepest])
                .called("z")
                .mistake(() -> tanh.derivative(grid[steepest]), "your z is the largest slope itself, tanh' there: the"
                        + " question is at which z it is reached")
                .mistake(() -> (double) steepest, "your z is the position in grid of the steepest point: the z is the"
                        + " grid's value at that position")
                .mistake(() -> grid[grid.length - 1], "your z is where tanh itself is largest, the end of the grid:"
                        + " the slope tanh' = 1 − tanh² is what must be largest")
                .mistake(() -> grid[0], "your z is where tanh' is smallest, the start of the grid: look for the"
                        + " largest slope, not the smallest")
                .hint("1 − tanh²(z) is largest where tanh²(z) is smallest; the plot of tanh shows where it climbs"
                        + " fastest");
    }

    /** softmax(1, 2, 3) = (e¹, e², e³) / (e¹ + e² + e³). */
    private static Exercise<Matrix> softmaxByHand() {
        Matrix exps = LOGITS.map(Math::exp);
        return Exercise.matrix("05.softmax-by-hand", "softmax(1, 2, 3)", 2, () -> Activation.softmax().apply(LOGITS))
                .called("probabilities")
                .mistake(() -> exps, "your probabilities are e^z, not yet normalised: each must be divided by the"
                        + " sum, so that the three add up to 1")
                .mistake(() -> Activation.softmax().apply(LOGITS.times(-1)), "your probabilities use e^(−z): the"
                        + " largest logit must get the largest probability, so the exponent is +z")
                .mistake(() -> exps.divide(LOGITS.sum()), "your probabilities divide by the sum of the logits,"
                        + " 1 + 2 + 3: divide by the sum of the exponentials")
                .mistake(() -> LOGITS.divide(LOGITS.sum()), "your probabilities are the logits over their sum,"
                        + " without e: softmax takes e^z of each logit first")
                .mistake(() -> exps.divide(Math.exp(3)), "your probabilities divide by the largest e^z: that makes"
                        + " the largest 1; divide by the sum of all three")
                .hint("take e to the power of each logit, add the three up, and divide each of them by that sum; the"
                        + " three probabilities add up to 1");
    }
}
