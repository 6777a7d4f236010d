package neuralmath.optimizers;

import java.util.List;
import neuralmath.network.Parameter;

/**
 * Gradient descent and its refinements: after each backward pass, {@link #step} moves every parameter θ
 * against its gradient g = ∂L/∂θ. {@code toString} shows the hyperparameters.
 */
public interface Optimizer {

    /** Updates every parameter in place from its current gradient. */
    void step(List<Parameter> parameters);

    /** The learning rate η. */
    double learningRate();

    /**
     * What this optimizer is and remembers about {@code parameters} (see {@link OptimizerState}), so that a saved
     * model continues training exactly as this optimizer would.
     */
    default OptimizerState state(List<Parameter> parameters) {
        throw new UnsupportedOperationException(getClass().getSimpleName()
                + " cannot be saved: it does not implement state(parameters)");
    }
}
