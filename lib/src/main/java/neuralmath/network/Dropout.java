package neuralmath.network;

import java.util.Random;
import neuralmath.la.Matrix;

/**
 * Inverted dropout on the outputs of a network's hidden layers ({@link Network#dropout}): in each training pass
 * every hidden neuron is switched off with probability p, and the ones kept are scaled by 1/(1 − p), so that the
 * expected output of a neuron, (1 − p) · a/(1 − p) = a, is what it is without dropout. With the mask
 * M (0 with probability p, else 1/(1 − p)):
 *
 * <pre>
 *   forward:  Ã = A ⊙ M          backward:  ∂L/∂A = ∂L/∂Ã ⊙ M   (the same M)
 * </pre>
 *
 * <p>Off at evaluation: {@link Network#predict}, {@link Network#classify} and {@link Network#forward} use every
 * neuron, unscaled. The masks come from one generator seeded once, drawn layer after layer in the order of the
 * passes, so the same seed gives the same masks at any thread count. Dropout is a way of training, not part of the
 * model: a model file keeps the weights, and a network loaded from it predicts as this one does.
 */
public final class Dropout {

    /** Which masks a pass uses: none (evaluation), newly drawn ones (a training step), or the last ones again. */
    enum Masks { NONE, NEW, SAME }

    private final double rate;
    private final Random random;

    /** Dropout with rate p, 0 ≤ p &lt; 1, its masks drawn from a generator seeded with {@code seed}. */
    public Dropout(double rate, long seed) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("dropout: the rate p must be in [0, 1), got " + rate
                    + (rate == 1 ? ": at p = 1 every neuron is dropped and 1/(1 − p) divides by zero" : ""));
        }
        this.rate = rate;
        this.random = new Random(seed);
    }

    /** p, the probability that a neuron is dropped in a training pass. */
    public double rate() {
        return rate;
    }

    /** 1/(1 − p), what a kept neuron's output is multiplied by. */
    public double scale() {
        return 1 / (1 - rate);
    }

    /** Fills {@code mask} with a new M: each entry 0 with probability p, else 1/(1 − p), row by row. Returns it. */
    Matrix drawMask(Matrix mask) {
        double scale = scale();
        for (int i = 0; i < mask.rows(); i++) {
            for (int j = 0; j < mask.cols(); j++) {
                mask.set(i, j, random.nextDouble() < rate ? 0.0 : scale);
            }
        }
        return mask;
    }

    @Override
    public String toString() {
        return "Dropout(p=" + rate + ")";
    }
}
