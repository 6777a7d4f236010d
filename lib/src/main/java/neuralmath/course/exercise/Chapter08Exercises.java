package neuralmath.course.exercise;

import java.util.List;
import java.util.function.UnaryOperator;
import neuralmath.la.Matrix;
import neuralmath.network.Parameter;
import neuralmath.optimizers.Adam;
import neuralmath.optimizers.SGD;

/** Chapter 8, optimizers: one step of gradient descent on the bowl, and Adam's first step. */
final class Chapter08Exercises {

    private static final Matrix START = Matrix.rowVector(-4, 1);
    private static final double SGD_RATE = 0.05;
    private static final double ADAM_RATE = 0.1;
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private Chapter08Exercises() {
    }

    static List<Exercise<?>> all() {
        return List.of(oneSgdStep(), adamFirstStep());
    }

    /** w ← w − η∇L on the bowl L = ½(w₁² + 20w₂²), ∇L = (w₁, 20w₂), from (−4, 1) with η = 0.05. */
    private static Exercise<Matrix> oneSgdStep() {
        Matrix gradient = bowlGradient(START);
        return Exercise.matrix("08.one-sgd-step", "w after one gradient-descent step", 2, () -> {
                    Parameter w = new Parameter("w", START.copy());
                    w.setGradient(gradient);
                    new SGD(SGD_RATE).step(List.of(w));
                    return w.value();
                })
                .called("w")
                .mistake(() -> START.plus(gradient.times(SGD_RATE)), "your w went uphill: w + η∇L; gradient descent"
                        + " subtracts η∇L")
                .mistake(() -> gradient.times(-SGD_RATE), "your w is the step −η∇L itself: the new point is the old"
                        + " w plus that step")
                .mistake(() -> START.minus(gradient), "your w moved by the whole gradient: the step is η = 0.05"
                        + " times it")
                .mistake(() -> START.minus(gradient.times(2 * SGD_RATE)), "your gradient is (2w₁, 40w₂): the ½ in"
                        + " front of the bowl cancels the 2 of each square, so ∇L = (w₁, 20w₂)")
                .hint("work out the gradient at (−4, 1) from ∇L = (w₁, 20w₂), scale it by η and move against it");
    }

    /**
     * Adam's step at t = 1 from m = v = 0: m = (1 − β₁)g, v = (1 − β₂)g², m̂ = m/(1 − β₁), v̂ = v/(1 − β₂),
     * Δθ = −η·m̂/(√v̂ + ε) with η = 0.1, β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸; tried on gradients with entries of every
     * size, down to ones below ε, where ε matters.
     */
    private static Exercise<UnaryOperator<Matrix>> adamFirstStep() {
        Matrix[] gradients = {Matrix.rowVector(3, -0.5, 2e-9), Matrix.rowVector(-7, 1e-7, 0.04, 12)};
        Exercise<UnaryOperator<Matrix>> exercise = Exercise.<UnaryOperator<Matrix>>function("08.adam-first-step",
                "Adam's first step", 3, Exercise.kind(UnaryOperator.class), Chapter08Exercises::adamsFirstStep);
        for (Matrix g : gradients) {
            exercise.probe("Δθ for g = " + Comparison.shown(g), f -> f.apply(g));
        }
        return exercise
                .mistake(() -> g -> g.map(gi -> -ADAM_RATE * (1 - BETA1) * gi
                                / (Math.sqrt((1 - BETA2) * gi * gi) + EPSILON)),
                        "your step uses m and v without the bias correction: m̂ = m/(1 − β₁ᵗ) and v̂ = v/(1 − β₂ᵗ)")
                .mistake(() -> g -> g.map(gi -> -ADAM_RATE * gi / (Math.sqrt((1 - BETA2) * gi * gi) + EPSILON)),
                        "your step corrects m but not v: v̂ = v/(1 − β₂ᵗ) too")
                .mistake(() -> g -> g.map(gi -> -ADAM_RATE * (1 - BETA1) * gi / (Math.abs(gi) + EPSILON)),
                        "your step corrects v but not m: m̂ = m/(1 − β₁ᵗ) too")
                .mistake(() -> g -> g.map(gi -> ADAM_RATE * gi / (Math.abs(gi) + EPSILON)),
                        "your step goes uphill: Δθ = −η·m̂/(√v̂ + ε), against the gradient")
                .mistake(() -> g -> g.map(gi -> -ADAM_RATE * Math.signum(gi)),
                        "your step leaves out ε: for a gradient entry below ε = 10⁻⁸ the ε in √v̂ + ε makes the step"
                                + " clearly smaller than η")
                .mistake(() -> g -> g.map(gi -> -ADAM_RATE * gi / Math.sqrt(gi * gi + EPSILON)),
                        "your ε is inside the square root: Adam adds it after, √v̂ + ε")
                .mistake(() -> g -> g.map(gi -> -ADAM_RATE * gi / (gi * gi + EPSILON)),
                        "your step divides by v̂: Adam divides by its square root, √v̂ + ε")
                .hint("at t = 1 work out m and v from their zero start, divide each by its bias correction 1 − βᵗ"
                        + " and see what m̂ and v̂ become; then Δθ = −η·m̂/(√v̂ + ε), entry by entry");
    }

    /** The library's Adam, one step from θ = 0: the new θ is the step. */
    private static Matrix adamsFirstStep(Matrix g) {
        Parameter theta = new Parameter("θ", Matrix.zeros(g.rows(), g.cols()));
        theta.setGradient(g);
        new Adam(ADAM_RATE, BETA1, BETA2, EPSILON).step(List.of(theta));
        return theta.value();
    }

    private static Matrix bowlGradient(Matrix w) {
        return Matrix.rowVector(w.get(0, 0), 20 * w.get(0, 1));
    }
}
