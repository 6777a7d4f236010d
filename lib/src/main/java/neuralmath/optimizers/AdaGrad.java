package neuralmath.optimizers;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import neuralmath.la.Matrix;
import neuralmath.network.Parameter;

/**
 * AdaGrad (Duchi et al. 2011): each parameter gets its own step size, smaller where gradients have been large.
 * G ← G + g², θ ← θ − η·g / (√G + ε). G only grows, so the steps shrink for ever: RMSProp fixes that.
 */
public final class AdaGrad implements Optimizer {

    private final double learningRate;
    private final double epsilon;
    private final Map<Parameter, Matrix> sumOfSquares = new IdentityHashMap<>();

    /** With ε = 1e-8. */
    public AdaGrad(double learningRate) {
        this(learningRate, 1e-8);
    }

    /** @param learningRate η &gt; 0 @param epsilon ε &gt; 0, keeps the division finite */
    public AdaGrad(double learningRate, double epsilon) {
        this.learningRate = Hyperparameters.positive("AdaGrad", "learningRate", learningRate);
        this.epsilon = Hyperparameters.positive("AdaGrad", "epsilon", epsilon);
    }

    @Override
    public void step(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            Matrix g = p.gradient();
            Matrix sum = sumOfSquares.computeIfAbsent(p, k -> Matrix.zeros(g.rows(), g.cols()));
            Matrix.inOnePass(
                    sum.update(g, (si, gi) -> si + gi * gi),                           // G ← G + g²
                    p.value().update(g, sum,                                           // θ ← θ − η·g / (√G + ε)
                            (theta, gi, si) -> theta - learningRate * gi / (Math.sqrt(si) + epsilon)));
        }
    }

    @Override
    public OptimizerState state(List<Parameter> parameters) {
        return new OptimizerState("AdaGrad", Map.of("learningRate", learningRate, "epsilon", epsilon), 0,
                OptimizerState.buffers("G", sumOfSquares, parameters));
    }

    static AdaGrad restore(OptimizerState state, List<Parameter> parameters) {
        AdaGrad optimizer = new AdaGrad(state.hyperparameter("learningRate"), state.hyperparameter("epsilon"));
        state.requireKnownBuffers(parameters, "G");
        state.restore("G", optimizer.sumOfSquares, parameters);
        return optimizer;
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public String toString() {
        return "AdaGrad(learningRate=" + learningRate + ", epsilon=" + epsilon + ")";
    }
}
