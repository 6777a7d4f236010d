package neuralmath.course.exercise;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import neuralmath.la.Matrix;
import neuralmath.training.DigitsExperiments;

/** Chapter 13, learning that generalises: weight decay's gradient, dropout's scaling, the epoch early stopping keeps. */
final class Chapter13Exercises {

    /** The weights, λ and m of the weight-decay task. */
    private static final double[][] W = {{0.5, -1.2, 0.3}, {2.0, 0.8, -0.4}};
    private static final double LAMBDA = 0.7;
    private static final int M = 35;

    private Chapter13Exercises() {
    }

    static List<Exercise<?>> all() {
        return List.of(weightDecayGradient(), dropoutScale(), earlyStoppingEpoch());
    }

    /** (λ/m)·W, what L2 weight decay adds to ∂L/∂W, for the task's W, λ = 0.7 and m = 35. */
    private static Exercise<Matrix> weightDecayGradient() {
        Matrix w = Matrix.of(W);
        return Exercise.matrix("13.l2-gradient-term", "weight decay's term in ∂J/∂W", 2, () -> w.times(LAMBDA / M))
                .called("term")
                .tolerance(1e-9)
                .mistake(() -> w.times(LAMBDA), "your term is λ·W: the penalty (λ/2m)·Σw² is divided by m, so its "
                        + "gradient is too")
                .mistake(() -> w.times(LAMBDA / (2.0 * M)), "your term is half the right one: the derivative of "
                        + "(λ/2m)·w² is (λ/m)·w, the 2 of w² cancels the ½")
                .mistake(() -> w.times(2 * LAMBDA / M), "your term is twice the right one: the penalty is (λ/2m)·Σw², "
                        + "with the ½ that the 2 of the derivative of w² cancels")
                .mistake(() -> w.map(x -> LAMBDA / M * x * x), "your term holds (λ/m)·w²: differentiate, d(w²)/dw = 2w")
                .hint("differentiate the penalty (λ/2m)·Σw² with respect to one weight w: the other weights do not "
                        + "depend on it");
    }

    /** 1/(1 − p), what inverted dropout multiplies a kept neuron's output by, tried on rates the notebook does not show. */
    private static Exercise<DoubleUnaryOperator> dropoutScale() {
        return Exercise.function("13.dropout-scaling", "inverted dropout's scale", 2, DoubleUnaryOperator.class,
                        p -> 1 / (1 - p))
                .probe("scale at p = 0.2", f -> f.applyAsDouble(0.2))
                .probe("scale at p = 0.5", f -> f.applyAsDouble(0.5))
                .probe("scale at p = 0.75", f -> f.applyAsDouble(0.75))
                .mistake(() -> p -> p, "your scale is p: the kept neurons are scaled up, by one over the share kept")
                .mistake(() -> p -> 1 - p, "your scale is 1 − p, the share kept: dividing by it, not multiplying, "
                        + "keeps the expected output as it was")
                .mistake(() -> p -> 1 / p, "your scale is 1/p: p is the share dropped; divide by the share kept")
                .mistake(() -> p -> 1.0, "your scale is 1: without scaling, the expected output in training is only "
                        + "(1 − p) times the output at evaluation")
                .hint("a neuron is kept with probability 1 − p; choose the factor so that its expected output in "
                        + "training equals its output without dropout");
    }

    /** The epoch with the lowest validation loss of chapter 13's overfitting run, counting from 1. */
    private static Exercise<Double> earlyStoppingEpoch() {
        return Exercise.number("13.early-stopping-epoch", "the epoch early stopping keeps", 1,
                        () -> (double) OverfittingCurve.bestEpoch())
                .called("epoch")
                .tolerance(0)
                .mistake(() -> (double) OverfittingCurve.VALIDATION_LOSS.length, "your epoch is the last one: early "
                        + "stopping keeps the weights of the epoch with the lowest validation loss, not the last")
                .mistake(() -> (double) OverfittingCurve.bestEpoch() - 1, "your epoch is one too early: the first "
                        + "epoch is epoch 1, not 0")
                .mistake(() -> (double) OverfittingCurve.bestEpoch() + 1, "your epoch is one too late: the kept epoch "
                        + "is the lowest point itself, not the first one after it")
                .hint("find the lowest point of the validation curve (not the training curve) and read its epoch "
                        + "on the horizontal axis");
    }

    /** The validation loss of every epoch of {@link DigitsExperiments#overfitting}, trained once, when first asked. */
    private static final class OverfittingCurve {
        static final double[] VALIDATION_LOSS = DigitsExperiments.overfitting().history().testLoss();

        static int bestEpoch() {
            int best = 0;
            for (int e = 1; e < VALIDATION_LOSS.length; e++) {
                if (VALIDATION_LOSS[e] < VALIDATION_LOSS[best]) {
                    best = e;
                }
            }
            return best + 1;
        }
    }
}
