package neuralmath.optimizers;

import java.util.List;
import java.util.Map;
import neuralmath.network.Parameter;

/** Plain gradient descent: θ ← θ − η·g. */
public final class SGD implements Optimizer {

    private final double learningRate;

    /** @param learningRate η &gt; 0 */
    public SGD(double learningRate) {
        this.learningRate = Hyperparameters.positive("SGD", "learningRate", learningRate);
    }

    @Override
    public void step(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            p.value().addScaledInPlace(-learningRate, p.gradient());
        }
    }

    @Override
    public OptimizerState state(List<Parameter> parameters) {
        return new OptimizerState("SGD", Map.of("learningRate", learningRate), 0, Map.of());
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public String toString() {
        return "SGD(learningRate=" + learningRate + ")";
    }
}
