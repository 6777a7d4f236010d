package neuralmath.losses;

import neuralmath.activations.Activation;
import neuralmath.la.Matrix;

/**
 * A loss L(ŷ, y): one number saying how far the predictions ŷ are from the targets y, and its gradient ∂L/∂ŷ,
 * where backpropagation starts. Both matrices hold one example per row (m rows).
 *
 * <p>Every loss here is a mean over the m examples of a batch, so that the size of the gradient, and so a good
 * learning rate, does not depend on the batch size. Each class says exactly what it averages over.
 */
public interface Loss {

    /** The name used in tables and messages. */
    String name();

    /** L(ŷ, y). */
    double value(Matrix yHat, Matrix y);

    /**
     * The cross-entropies clip ŷ to [PROBABILITY_FLOOR, 1 − PROBABILITY_FLOOR] before a log, as scikit-learn's
     * log_loss does: log(10⁻¹⁵) ≈ −34.5 is large but finite.
     */
    double PROBABILITY_FLOOR = 1e-15;

    /** ∂L/∂ŷ, a matrix of ŷ's shape. */
    default Matrix gradient(Matrix yHat, Matrix y) {
        return gradient(yHat, y, Matrix.zeros(yHat.rows(), yHat.cols()));
    }

    /** ∂L/∂ŷ written into {@code out} (ŷ's shape): a training loop reuses one. Returns out. */
    Matrix gradient(Matrix yHat, Matrix y, Matrix out);

    /**
     * Whether this loss, after the output activation {@code f}, gives ∂L/∂z directly
     * ({@link #gradientBeforeActivation}): simpler and more accurate than ∂L/∂ŷ followed by the chain rule through
     * f, as for softmax with categorical cross-entropy. None does by default.
     */
    default boolean fusesWith(Activation f) {
        return false;
    }

    /**
     * ∂L/∂z with respect to the output activation's inputs z, written into {@code out} (ŷ's shape), for a loss that
     * {@link #fusesWith} that activation. Returns out.
     */
    default Matrix gradientBeforeActivation(Matrix yHat, Matrix y, Matrix out) {
        throw new UnsupportedOperationException(name() + " fuses with no activation: use gradient(ŷ, y)");
    }

    /**
     * Whether this loss reads ŷ as probabilities and clips them at {@link #PROBABILITY_FLOOR} (the cross-entropies):
     * then a network that gives the right class less than that is certain and wrong, and its loss no longer shows
     * how wrong. None does by default.
     */
    default boolean clipsProbabilities() {
        return false;
    }

    /**
     * Throws, naming {@code what}, unless the targets y are what this loss is defined for; the {@link
     * neuralmath.training.Trainer} asks once before training. Any finite number suits the mean squared error.
     */
    default void requireTargets(String what, Matrix y) {
    }

    /**
     * Throws unless every target is a probability, 0 ≤ y ≤ 1, as the cross-entropies need: with a target outside,
     * −y log ŷ can be negative and training would drive the loss below zero.
     */
    static void requireProbabilities(String loss, String what, Matrix y) {
        for (int i = 0; i < y.rows(); i++) {
            for (int j = 0; j < y.cols(); j++) {
                double t = y.get(i, j);
                if (!(t >= 0 && t <= 1)) {
                    throw new IllegalArgumentException(loss + ": " + what + " " + y.shape() + " hold " + t + " at row "
                            + i + ", column " + j + ": targets must be probabilities between 0 and 1, e.g. one-hot rows");
                }
            }
        }
    }

    /** Mean squared error. */
    static Loss meanSquaredError() {
        return new MeanSquaredError();
    }

    /** Binary cross-entropy (log loss). */
    static Loss binaryCrossEntropy() {
        return new BinaryCrossEntropy();
    }

    /** Categorical cross-entropy. */
    static Loss categoricalCrossEntropy() {
        return new CategoricalCrossEntropy();
    }

    /** Throws, naming the loss and both shapes, unless ŷ and y have one shape. */
    static void requireSameShape(String loss, Matrix yHat, Matrix y) {
        if (!yHat.hasShapeOf(y)) {
            throw new IllegalArgumentException(loss + ": predictions " + yHat.shape() + " and targets " + y.shape()
                    + ": shapes differ");
        }
    }
}
