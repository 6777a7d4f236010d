package neuralmath.losses;

import neuralmath.la.Matrix;

/**
 * Binary cross-entropy (log loss), L = −(1 / (m·n)) Σ [y log ŷ + (1 − y) log(1 − ŷ)], the mean over every entry:
 * for the usual single sigmoid output (n = 1) that is the mean over the m examples.
 *
 * <p>ŷ is clipped to [10⁻¹⁵, 1 − 10⁻¹⁵] first, so a prediction of exactly 0 or 1 gives a large, finite loss and
 * gradient, never an infinity or a NaN.
 */
public final class BinaryCrossEntropy implements Loss {

    @Override
    public String name() {
        return "binary cross-entropy";
    }

    /** Every target y must be a probability, 0 ≤ y ≤ 1. */
    @Override
    public void requireTargets(String what, Matrix y) {
        Loss.requireProbabilities(name(), what, y);
    }

    /** −mean[y log ŷ + (1 − y) log(1 − ŷ)]. */
    @Override
    public double value(Matrix yHat, Matrix y) {
        Loss.requireSameShape(name(), yHat, y);
        return -yHat.zip(name(), y, (p, t) -> {
            double q = Probabilities.clip(p);
            return t * Math.log(q) + (1 - t) * Math.log(1 - q);
        }).mean();
    }

    /** ∂L/∂ŷ = (ŷ − y) / (ŷ(1 − ŷ)) / (m·n). */
    @Override
    public Matrix gradient(Matrix yHat, Matrix y, Matrix out) {
        Loss.requireSameShape(name(), yHat, y);
        double scale = 1.0 / yHat.size();
        return yHat.zip(name(), y, (p, t) -> {
            double q = Probabilities.clip(p);
            return scale * (q - t) / (q * (1 - q));
        }, out);
    }

    @Override
    public boolean clipsProbabilities() {
        return true;
    }

    @Override
    public String toString() {
        return "BinaryCrossEntropy";
    }
}
