package neuralmath.course.exercise;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Chapter 12, a tiny autograd: a new operation with its backward rule, a rule with a bug to fix, and a gradient
 * predicted by hand. The notebook's checks hand over a function of x that builds a small graph with the learner's
 * operation, runs backward() and returns ∂f/∂x, the gradient its backpropagation gives; the library compares it with
 * the derivative worked out by hand.
 */
final class Chapter12Exercises {

    private Chapter12Exercises() {
    }

    static List<Exercise<?>> all() {
        return List.of(sigmoidAsOneNode(), fixedSquareRootRule(), predictedGradient());
    }

    /**
     * σ as one node, tried through f(z) = σ(z)², whose gradient uses both the node's value and its rule:
     * ∂f/∂z = 2σ(z) · σ(z)(1 − σ(z)).
     */
    private static Exercise<DoubleUnaryOperator> sigmoidAsOneNode() {
        return Exercise.function("12.sigmoid-as-one-node", "σ as one node", 3, DoubleUnaryOperator.class,
                        z -> 2 * sigmoid(z) * sigmoid(z) * (1 - sigmoid(z)))
                .probe("∂(σ(z)²)/∂z at z = −1.3", f -> f.applyAsDouble(-1.3))
                .probe("∂(σ(z)²)/∂z at z = 0.4", f -> f.applyAsDouble(0.4))
                .probe("∂(σ(z)²)/∂z at z = 2.2", f -> f.applyAsDouble(2.2))
                .mistake(() -> z -> sigmoid(z) * (1 - sigmoid(z)),
                        "your rule adds σ(z)(1 − σ(z)) without the gradient g that reaches the node: the chain rule"
                                + " multiplies the local derivative by g")
                .mistake(() -> z -> 2 * sigmoid(z) * z * (1 - z),
                        "your rule computes z(1 − z) from the input z: σ'(z) = σ(z)(1 − σ(z)) takes the node's value")
                .mistake(() -> z -> 2 * sigmoid(-z) * sigmoid(z) * (1 - sigmoid(z)),
                        "your node's value is 1/(1 + e^z) = σ(−z): mind the minus sign in e^(−z)")
                .hint("the node's value is 1/(1 + e^(−z)); its rule adds (local derivative) × g to the input's grad,"
                        + " and the local derivative of σ is written with σ(z) itself");
    }

    /**
     * The square root's rule, without the bug: d√x/dx = 1/(2√x). Tried through f(x) = √x · x = x^(3/2), where x
     * enters twice, so ∂f/∂x = 1.5·√x only if the rule adds to x's grad.
     */
    private static Exercise<DoubleUnaryOperator> fixedSquareRootRule() {
        return Exercise.function("12.fixed-square-root-rule", "the square root's rule, fixed", 2,
                        DoubleUnaryOperator.class, x -> 1.5 * Math.sqrt(x))
                .probe("∂(√x · x)/∂x at x = 0.7", f -> f.applyAsDouble(0.7))
                .probe("∂(√x · x)/∂x at x = 2.5", f -> f.applyAsDouble(2.5))
                .probe("∂(√x · x)/∂x at x = 9", f -> f.applyAsDouble(9))
                .mistake(() -> x -> x / Math.sqrt(x) + Math.sqrt(x),
                        "this is the rule with the bug: it passes on 1/√x, twice the slope of √x")
                .mistake(() -> x -> 0.5 * Math.sqrt(x) * x + Math.sqrt(x),
                        "your rule keeps the power ½: the derivative of x^k is k·x^(k−1), so the power drops by one")
                .mistake(() -> x -> 1 / (2 * Math.sqrt(x)) + Math.sqrt(x),
                        "your rule leaves out the gradient g that reaches the node: multiply the local derivative by g")
                .mistake(() -> x -> x / (2 * Math.sqrt(x)),
                        "your rule sets the input's grad with = and so wipes out what the other path through x added:"
                                + " use +=")
                .hint("√x is x to the power ½; compare the buggy rule with a central difference to see by which"
                        + " factor it is off");
    }

    /** ∂f/∂a for f = (a·b + c)·a at a = 2, b = −3, c = 1: both paths from a to f, b·a + (a·b + c) = −11. */
    private static Exercise<Double> predictedGradient() {
        double a = 2;
        double b = -3;
        double c = 1;
        return Exercise.number("12.predict-a-gradient", "∂f/∂a by hand", 2, () -> b * a + (a * b + c))
                .called("∂f/∂a")
                .tolerance(1e-9)
                .mistake(() -> b * a, "you followed only the path through a·b: a also multiplies the bracket"
                        + " directly, and that path adds its own share")
                .mistake(() -> a * b + c, "you followed only the path where a multiplies the bracket: a is also"
                        + " inside the bracket, and that path adds its own share")
                .mistake(() -> a * a, "that is ∂f/∂b; the task asks for ∂f/∂a")
                .hint("a reaches f along two paths; the chain rule gives each path's product of local derivatives,"
                        + " and a's gradient is their sum");
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
