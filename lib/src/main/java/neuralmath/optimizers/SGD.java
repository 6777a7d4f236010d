package neuralmath.optimizers;

import java.util.List;
import java.util.Map;
import neuralmath.network.Parameter;

/** Plain gradient descent: θ ← θ − η·g. */
public final class SGD extends StatefulOptimizer {

    private final double learningRate;

    /** @param learningRate η &gt; 0 */
    public SGD(double learningRate) {
        super("SGD", Map.of("learningRate", Hyperparameters.positive("SGD", "learningRate", learningRate)));
        this.learningRate = learningRate;
    }

    /** As saved in a model file. */
    public SGD(OptimizerState saved) {
        this(saved.hyperparameter("learningRate"));
    }

    @Override
    public void step(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            p.value().addScaledInPlace(-learningRate, p.gradient());   // θ ← θ − η·g
        }
    }
}
