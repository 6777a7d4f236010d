package neuralmath.losses;

import neuralmath.la.Matrix;

/**
 * Mean squared error, L = (1 / (m·n)) Σᵢ Σₖ (ŷᵢₖ − yᵢₖ)², the plain mean over every entry of an m×n batch.
 *
 * <p>The source tutorial writes the formula with a factor ½ (so that the 2 of the derivative cancels) but its code
 * takes the plain mean. We follow the code and the usual definition (numpy, scikit-learn, Keras): no ½, so the
 * gradient keeps its 2. Both choices train the same network; only the scale of the loss and gradient differs.
 */
public final class MeanSquaredError implements Loss {

    @Override
    public String name() {
        return "mean squared error";
    }

    /** (1 / (m·n)) Σ (ŷ − y)². */
    @Override
    public double value(Matrix yHat, Matrix y) {
        Loss.requireSameShape(name(), yHat, y);
        Matrix diff = yHat.minus(y);
        return diff.hadamard(diff).mean();
    }

    /** ∂L/∂ŷ = 2(ŷ − y) / (m·n). */
    @Override
    public Matrix gradient(Matrix yHat, Matrix y, Matrix out) {
        Loss.requireSameShape(name(), yHat, y);
        double scale = 2.0 / yHat.size();
        return yHat.zip(name(), y, (p, t) -> (p - t) * scale, out);
    }

    @Override
    public String toString() {
        return "MeanSquaredError";
    }
}
