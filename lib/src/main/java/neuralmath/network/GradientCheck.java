package neuralmath.network;

import java.util.function.DoubleUnaryOperator;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;

/**
 * Checks backpropagation against the definition of a derivative. For each parameter θ the central difference
 * (L(θ + h) − L(θ − h)) / 2h approximates ∂L/∂θ with an error of order h²; backpropagation must agree.
 */
public final class GradientCheck {

    /** The step h used when none is given. */
    public static final double DEFAULT_STEP = 1e-5;

    private GradientCheck() {
    }

    /**
     * The worst disagreement between backpropagation and central differences over every parameter of the network.
     *
     * @param parameter the parameter where it occurred, e.g. {@code W2}
     * @param row       its row in that parameter
     * @param col       its column
     * @param analytic  ∂L/∂θ from backpropagation
     * @param numeric   ∂L/∂θ from central differences
     * @param relativeError |analytic − numeric| / max(|analytic| + |numeric|, 1e-12)
     */
    public record Result(String parameter, int row, int col, double analytic, double numeric, double relativeError) {
    }

    /** Compares every gradient of {@code network} for loss L(network(X), Y) with central differences. */
    public static Result check(Network network, Loss loss, Matrix x, Matrix y) {
        return check(network, loss, x, y, DEFAULT_STEP);
    }

    /** As {@link #check(Network, Loss, Matrix, Matrix)} with step h. */
    public static Result check(Network network, Loss loss, Matrix x, Matrix y, double h) {
        network.backward(network.forward(x), y, loss);
        return worst(network, () -> loss.value(network.forward(x), y), h);
    }

    /**
     * The same for J = L + (λ/2m)·Σ‖W‖² with weight decay ({@link WeightDecay}), m the rows of X: backpropagation's
     * ∂L/∂W + (λ/m)·W against central differences of J.
     */
    public static Result check(Network network, Loss loss, WeightDecay decay, Matrix x, Matrix y) {
        network.backward(network.forward(x), y, loss);
        decay.addGradient(network, x.rows());
        return worst(network, () -> loss.value(network.forward(x), y) + decay.penalty(network, x.rows()),
                DEFAULT_STEP);
    }

    /**
     * The same in a training pass with dropout ({@link Network#dropout}): one pass draws the masks, and every
     * difference quotient reuses them, so that L is one function of θ.
     */
    public static Result atFixedMasks(Network network, Loss loss, Matrix x, Matrix y) {
        network.backward(network.forwardTraining(x), y, loss);
        return worst(network, () -> loss.value(network.forwardSameMasks(x), y), DEFAULT_STEP);
    }

    /** The worst disagreement of each parameter's stored gradient with central differences of {@code objective}. */
    private static Result worst(Network network, java.util.function.DoubleSupplier objective, double h) {
        Result worst = null;
        for (Parameter p : network.parameters()) {
            Matrix theta = p.value();
            Matrix analytic = p.gradient();
            for (int i = 0; i < theta.rows(); i++) {
                for (int j = 0; j < theta.cols(); j++) {
                    double saved = theta.get(i, j);
                    theta.set(i, j, saved + h);
                    double plus = objective.getAsDouble();
                    theta.set(i, j, saved - h);
                    double minus = objective.getAsDouble();
                    theta.set(i, j, saved);
                    double numeric = (plus - minus) / (2 * h);
                    double a = analytic.get(i, j);
                    double error = relativeError(a, numeric);
                    if (worst == null || error > worst.relativeError()) {
                        worst = new Result(p.name(), i, j, a, numeric, error);
                    }
                }
            }
        }
        return worst;
    }

    /** The central difference (f(x + h) − f(x − h)) / 2h, an estimate of f'(x). */
    public static double centralDifference(DoubleUnaryOperator f, double x, double h) {
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }

    /** |a − b| / max(|a| + |b|, 1e-12): 0 when they agree, near 1 when they have nothing in common. */
    public static double relativeError(double a, double b) {
        return Math.abs(a - b) / Math.max(Math.abs(a) + Math.abs(b), 1e-12);
    }
}
