package neuralmath.optimizers;

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
public final class Adam extends StatefulOptimizer {

    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;

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
        super("Adam", hyperparameters(learningRate, beta1, beta2, epsilon), "m", "v");
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    /** As saved in a model file, with its step count t. */
    public Adam(OptimizerState saved) {
        this(saved.hyperparameter("learningRate"), saved.hyperparameter("beta1"), saved.hyperparameter("beta2"),
                saved.hyperparameter("epsilon"));
    }

    private static Map<String, Double> hyperparameters(double learningRate, double beta1, double beta2,
                                                       double epsilon) {
        Map<String, Double> h = new LinkedHashMap<>();
        h.put("learningRate", Hyperparameters.positive("Adam", "learningRate", learningRate));
        h.put("beta1", Hyperparameters.fraction("Adam", "beta1", beta1));
        h.put("beta2", Hyperparameters.fraction("Adam", "beta2", beta2));
        h.put("epsilon", Hyperparameters.positive("Adam", "epsilon", epsilon));
        return h;
    }

    @Override
    public void step(List<Parameter> parameters) {
        int t = countStep();
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        for (Parameter p : parameters) {
            Matrix g = p.gradient();
            Matrix m = slot("m", p);
            Matrix v = slot("v", p);
            Matrix.inOnePass(
                    // m ← β₁·m + (1 − β₁)·g and v ← β₂·v + (1 − β₂)·g²
                    Matrix.movingAverages(m, beta1, v, beta2, g),
                    // θ ← θ − η·m̂ / (√v̂ + ε), with m̂ = m / (1 − β₁ᵗ) and v̂ = v / (1 − β₂ᵗ)
                    p.value().subtractScaledOverRoot(learningRate, m, correction1, v, correction2, epsilon));
        }
    }

    /** The number of steps taken so far, t. */
    public int steps() {
        return stepsCounted();
    }

    @Override
    protected boolean countsSteps() {
        return true;
    }
}
