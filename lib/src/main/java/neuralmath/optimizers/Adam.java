package neuralmath.optimizers;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import neuralmath.la.Matrix;
import neuralmath.network.Parameter;

/**
 * Adam (Kingma &amp; Ba 2015): momentum and RMSProp together, with bias correction for the first steps.
 * At step t: m ← β₁·m + (1 − β₁)·g, v ← β₂·v + (1 − β₂)·g², m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ),
 * θ ← θ − η·m̂ / (√v̂ + ε).
 */
public final class Adam implements Optimizer {

    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final Map<Parameter, Matrix> firstMoment = new IdentityHashMap<>();
    private final Map<Parameter, Matrix> secondMoment = new IdentityHashMap<>();
    private int t;

    /** With the paper's defaults β₁ = 0.9, β₂ = 0.999, ε = 1e-8 (and η = 0.001 is its usual learning rate). */
    public Adam(double learningRate) {
        this(learningRate, 0.9, 0.999, 1e-8);
    }

    /**
     * @param learningRate η &gt; 0
     * @param beta1        β₁ in [0, 1), decay of the mean of g
     * @param beta2        β₂ in [0, 1), decay of the mean of g²
     * @param epsilon      ε &gt; 0
     */
    public Adam(double learningRate, double beta1, double beta2, double epsilon) {
        this.learningRate = Hyperparameters.positive("Adam", "learningRate", learningRate);
        this.beta1 = Hyperparameters.fraction("Adam", "beta1", beta1);
        this.beta2 = Hyperparameters.fraction("Adam", "beta2", beta2);
        this.epsilon = Hyperparameters.positive("Adam", "epsilon", epsilon);
    }

    @Override
    public void step(List<Parameter> parameters) {
        t++;
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        for (Parameter p : parameters) {
            Matrix g = p.gradient();
            Matrix m = firstMoment.computeIfAbsent(p, k -> Matrix.zeros(g.rows(), g.cols()));
            Matrix v = secondMoment.computeIfAbsent(p, k -> Matrix.zeros(g.rows(), g.cols()));
            Matrix.inOnePass(
                    m.update(g, (mi, gi) -> beta1 * mi + (1 - beta1) * gi),           // m ← β₁·m + (1 − β₁)·g
                    v.update(g, (vi, gi) -> beta2 * vi + (1 - beta2) * gi * gi),      // v ← β₂·v + (1 − β₂)·g²
                    p.value().update(m, v, (theta, mi, vi) -> {
                        double mHat = mi / correction1;                                // m̂ = m / (1 − β₁ᵗ)
                        double vHat = vi / correction2;                                // v̂ = v / (1 − β₂ᵗ)
                        return theta - learningRate * mHat / (Math.sqrt(vHat) + epsilon); // θ ← θ − η·m̂/(√v̂ + ε)
                    }));
        }
    }

    /** The number of steps taken so far, t. */
    public int steps() {
        return t;
    }

    @Override
    public OptimizerState state(List<Parameter> parameters) {
        Map<String, Matrix> buffers = new LinkedHashMap<>(OptimizerState.buffers("m", firstMoment, parameters));
        buffers.putAll(OptimizerState.buffers("v", secondMoment, parameters));
        return new OptimizerState("Adam",
                Map.of("learningRate", learningRate, "beta1", beta1, "beta2", beta2, "epsilon", epsilon), t, buffers);
    }

    static Adam restore(OptimizerState state, List<Parameter> parameters) {
        Adam optimizer = new Adam(state.hyperparameter("learningRate"), state.hyperparameter("beta1"),
                state.hyperparameter("beta2"), state.hyperparameter("epsilon"));
        if (state.steps() < 0) {
            throw new IllegalArgumentException("Adam: step count t must be at least 0, got " + state.steps());
        }
        optimizer.t = state.steps();
        state.requireKnownBuffers(parameters, "m", "v");
        state.restore("m", optimizer.firstMoment, parameters);
        state.restore("v", optimizer.secondMoment, parameters);
        return optimizer;
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public String toString() {
        return "Adam(learningRate=" + learningRate + ", beta1=" + beta1 + ", beta2=" + beta2 + ", epsilon="
                + epsilon + ")";
    }
}
