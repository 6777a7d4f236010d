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
}
