package neuralmath.losses;

import neuralmath.activations.Activation;
import neuralmath.activations.Softmax;
import neuralmath.la.Matrix;

/**
 * Categorical cross-entropy, L = −(1/m) Σᵢ Σₖ yᵢₖ log ŷᵢₖ: for one-hot targets, the mean over the m examples of
 * −log(probability given to the right class).
 *
 * <p>The source tutorial's code takes {@code -np.mean(Y * np.log(out))}, the mean over all m·K entries, which is
 * this loss divided by the number of classes K (10 for digits). Yet its gradient, (ŷ − y)/m, is the gradient of the
 * per-example mean used here. We keep loss and gradient consistent: the source's printed losses are ours / K.
 *
 * <p>ŷ is clipped to [10⁻¹⁵, 1 − 10⁻¹⁵] first, so a prediction of exactly 0 gives a large, finite loss.
 */
public final class CategoricalCrossEntropy implements Loss {

    @Override
    public String name() {
        return "categorical cross-entropy";
    }

    /**
     * Each row of targets must be a probability distribution, 0 ≤ yᵢₖ ≤ 1 with Σₖ yᵢₖ = 1 (to within 10⁻⁹), such
     * as a one-hot row: the fused gradient (ŷ − y)/m is the gradient of this loss only then.
     */
    @Override
    public void requireTargets(String what, Matrix y) {
        Loss.requireProbabilities(name(), what, y);
        for (int i = 0; i < y.rows(); i++) {
            double sum = y.row(i).sum();
            if (Math.abs(sum - 1) > 1e-9) {
                throw new IllegalArgumentException(name() + ": " + what + " " + y.shape() + " row " + i + " sums to "
                        + sum + ": each row must be probabilities that sum to 1, e.g. one-hot");
            }
        }
    }

    /** −(1/m) Σᵢ Σₖ yᵢₖ log ŷᵢₖ. */
    @Override
    public double value(Matrix yHat, Matrix y) {
        Loss.requireSameShape(name(), yHat, y);
        // yᵢₖ = 0 adds nothing, also where ŷᵢₖ is 0 (0 · log 0 is taken as 0)
        double sum = yHat.sumOf(name(), y, (p, t) -> t == 0.0 ? 0.0 : t * Math.log(Probabilities.clip(p)));
        return -sum / yHat.rows();
    }

    /** ∂L/∂ŷ = −y / ŷ / m. */
    @Override
    public Matrix gradient(Matrix yHat, Matrix y, Matrix out) {
        Loss.requireSameShape(name(), yHat, y);
        double m = yHat.rows();
        return yHat.zip(name(), y, (p, t) -> -t / Probabilities.clip(p) / m, out);
    }

    /** Softmax and this loss fuse: ∂L/∂z = (ŷ − y) / m ({@link #softmaxGradient}). */
    @Override
    public boolean fusesWith(Activation f) {
        return f instanceof Softmax;
    }

    @Override
    public Matrix gradientBeforeActivation(Matrix yHat, Matrix y, Matrix out) {
        return softmaxGradient(yHat, y, out);
    }

    @Override
    public boolean clipsProbabilities() {
        return true;
    }

    /**
     * The fused gradient of softmax followed by this loss, with respect to the logits z: ∂L/∂z = (ŷ − y) / m. The
     * softmax Jacobian and the 1/ŷ of the loss cancel, which makes this both simpler and more accurate than
     * chaining the two.
     */
    public static Matrix softmaxGradient(Matrix yHat, Matrix y) {
        return softmaxGradient(yHat, y, Matrix.zeros(yHat.rows(), yHat.cols()));
    }

    /** The same, written into {@code out} (ŷ's shape): a training loop reuses one. Returns out. */
    public static Matrix softmaxGradient(Matrix yHat, Matrix y, Matrix out) {
        Loss.requireSameShape("softmax + cross-entropy", yHat, y);
        return yHat.minusDividedBy(y, yHat.rows(), out);
    }

    @Override
    public String toString() {
        return "CategoricalCrossEntropy";
    }
}
