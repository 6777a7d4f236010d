package neuralmath.optimizers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import neuralmath.la.Matrix;
import neuralmath.network.Parameter;

/**
 * AdaGrad (Duchi et al. 2011): each parameter gets its own step size, smaller where gradients have been large.
 * G ← G + g², θ ← θ − η·g / (√G + ε). G only grows, so the steps shrink for ever: RMSProp fixes that.
 */
public final class AdaGrad extends StatefulOptimizer {

    private final double learningRate;
    private final double epsilon;

    /** With ε = 1e-8. */
    public AdaGrad(double learningRate) {
        this(learningRate, 1e-8);
    }

    /** @param learningRate η &gt; 0 @param epsilon ε &gt; 0, keeps the division finite */
    public AdaGrad(double learningRate, double epsilon) {
        super("AdaGrad", hyperparameters(learningRate, epsilon), "G");
        this.learningRate = learningRate;
        this.epsilon = epsilon;
    }

    /** As saved in a model file. */
    public AdaGrad(OptimizerState saved) {
        this(saved.hyperparameter("learningRate"), saved.hyperparameter("epsilon"));
    }

    private static Map<String, Double> hyperparameters(double learningRate, double epsilon) {
        Map<String, Double> h = new LinkedHashMap<>();
        h.put("learningRate", Hyperparameters.positive("AdaGrad", "learningRate", learningRate));
        h.put("epsilon", Hyperparameters.positive("AdaGrad", "epsilon", epsilon));
        return h;
    }

    @Override
    public void step(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            Matrix g = p.gradient();
            Matrix sum = slot("G", p);
            Matrix.inOnePass(
                    sum.addSquaresOf(g),                                               // G ← G + g²
                    p.value().subtractScaledOverRoot(learningRate, g, sum, epsilon));  // θ ← θ − η·g / (√G + ε)
        }
    }
}
