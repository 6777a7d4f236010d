package neuralmath.course.exercise;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import neuralmath.activations.Activation;

/** Chapter 1, start here: the course's first exercise, the sigmoid σ(z) = 1/(1 + e^(−z)). */
final class Chapter01Exercises {

    /** Where a learner's function of z is tried: none of them is shown in a notebook's check. */
    private static final double[] Z = {0, 1.4, -2, 4, -0.6, 12, -7.5, 0.3};

    private Chapter01Exercises() {
    }

    static List<Exercise<?>> all() {
        return List.of(sigmoid("01.sigmoid"));
    }

    /** σ(z) = 1/(1 + e^(−z)), tried at eight values of z; chapter 5 asks for it again under its own id. */
    static Exercise<DoubleUnaryOperator> sigmoid(String id) {
        Activation sigmoid = Activation.sigmoid();
        return triedAtEveryZ(Exercise.function(id, "the sigmoid σ(z)", 1, DoubleUnaryOperator.class, sigmoid::value), "σ")
                .mistake(() -> z -> 1 / (1 + Math.exp(z)), "your σ gives 1 − σ(z), the sigmoid mirrored: the exponent"
                        + " is −z, with a minus (and e^(−z)/(1 + e^(−z)) is that same mirror image)")
                .mistake(() -> z -> 1 + Math.exp(-z), "your σ gives 1 + e^(−z): the whole of 1 + e^(−z) is the"
                        + " denominator; a division takes only the number right after it unless brackets say otherwise")
                .mistake(() -> z -> Math.exp(z), "your σ gives e^z = 1/e^(−z): the denominator is 1 + e^(−z), one"
                        + " plus the exponential")
                .mistake(() -> z -> Math.exp(-z), "your σ gives e^(−z) itself: σ(z) is one divided by (1 + e^(−z))")
                .hint("σ(z) is one divided by (one plus e to the power −z): 0.5 at z = 0, close to 1 for large z,"
                        + " close to 0 for very negative z");
    }

    /** The exercise with one probe per z of {@link #Z}, labelled like "σ(−2)". */
    static Exercise<DoubleUnaryOperator> triedAtEveryZ(Exercise<DoubleUnaryOperator> exercise, String name) {
        for (double z : Z) {
            exercise.probe(name + "(" + Comparison.shown(z) + ")", f -> f.applyAsDouble(z));
        }
        return exercise;
    }
}
