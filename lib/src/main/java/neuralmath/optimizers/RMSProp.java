package neuralmath.optimizers;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import neuralmath.la.Matrix;
import neuralmath.network.Parameter;

/**
 * RMSProp (Hinton 2012): like AdaGrad, but G is a moving average that forgets old gradients.
 * E ← ρ·E + (1 − ρ)·g², θ ← θ − η·g / (√E + ε).
 */
public final class RMSProp implements Optimizer {

    private final double learningRate;
    private final double rho;
    private final double epsilon;
    private final Map<Parameter, Matrix> meanSquare = new IdentityHashMap<>();

    /** With ρ = 0.9 and ε = 1e-8. */
    public RMSProp(double learningRate) {
        this(learningRate, 0.9, 1e-8);
    }

    /** @param learningRate η &gt; 0 @param rho ρ in [0, 1), the decay of the average @param epsilon ε &gt; 0 */
    public RMSProp(double learningRate, double rho, double epsilon) {
        this.learningRate = Hyperparameters.positive("RMSProp", "learningRate", learningRate);
        this.rho = Hyperparameters.fraction("RMSProp", "rho", rho);
        this.epsilon = Hyperparameters.positive("RMSProp", "epsilon", epsilon);
    }

    @Override
    public void step(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            Matrix g = p.gradient();
            Matrix e = meanSquare.computeIfAbsent(p, k -> Matrix.zeros(g.rows(), g.cols()));
            Matrix.inOnePass(
                    e.update(g, (ei, gi) -> rho * ei + (1 - rho) * gi * gi),          // E ← ρ·E + (1 − ρ)·g²
                    p.value().update(g, e,                                             // θ ← θ − η·g / (√E + ε)
                            (theta, gi, ei) -> theta - learningRate * gi / (Math.sqrt(ei) + epsilon)));
        }
    }

    @Override
    public OptimizerState state(List<Parameter> parameters) {
        return new OptimizerState("RMSProp", Map.of("learningRate", learningRate, "rho", rho, "epsilon", epsilon), 0,
                OptimizerState.buffers("E", meanSquare, parameters));
    }

    static RMSProp restore(OptimizerState state, List<Parameter> parameters) {
        RMSProp optimizer = new RMSProp(state.hyperparameter("learningRate"), state.hyperparameter("rho"),
                state.hyperparameter("epsilon"));
        state.requireKnownBuffers(parameters, "E");
        state.restore("E", optimizer.meanSquare, parameters);
        return optimizer;
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public String toString() {
        return "RMSProp(learningRate=" + learningRate + ", rho=" + rho + ", epsilon=" + epsilon + ")";
    }
}
