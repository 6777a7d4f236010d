package neuralmath.optimizers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import neuralmath.la.Matrix;
import neuralmath.network.Parameter;

/**
 * RMSProp (Hinton 2012): like AdaGrad, but G is a moving average that forgets old gradients.
 * E ← ρ·E + (1 − ρ)·g², θ ← θ − η·g / (√E + ε).
 */
public final class RMSProp extends StatefulOptimizer {

    private final double learningRate;
    private final double rho;
    private final double epsilon;

    /** With ρ = 0.9 and ε = 1e-8. */
    public RMSProp(double learningRate) {
        this(learningRate, 0.9, 1e-8);
    }

    /** @param learningRate η &gt; 0 @param rho ρ in [0, 1), the decay of the average @param epsilon ε &gt; 0 */
    public RMSProp(double learningRate, double rho, double epsilon) {
        super("RMSProp", hyperparameters(learningRate, rho, epsilon), "E");
        this.learningRate = learningRate;
        this.rho = rho;
        this.epsilon = epsilon;
    }

    /** As saved in a model file. */
    public RMSProp(OptimizerState saved) {
        this(saved.hyperparameter("learningRate"), saved.hyperparameter("rho"), saved.hyperparameter("epsilon"));
    }

    private static Map<String, Double> hyperparameters(double learningRate, double rho, double epsilon) {
        Map<String, Double> h = new LinkedHashMap<>();
        h.put("learningRate", Hyperparameters.positive("RMSProp", "learningRate", learningRate));
        h.put("rho", Hyperparameters.fraction("RMSProp", "rho", rho));
        h.put("epsilon", Hyperparameters.positive("RMSProp", "epsilon", epsilon));
        return h;
    }

    @Override
    public void step(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            Matrix g = p.gradient();
            Matrix e = slot("E", p);
            Matrix.inOnePass(
                    e.movingAverageOfSquares(rho, g),                                  // E ← ρ·E + (1 − ρ)·g²
                    p.value().subtractScaledOverRoot(learningRate, g, e, epsilon));    // θ ← θ − η·g / (√E + ε)
        }
    }
}
