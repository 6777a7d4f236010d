package neuralmath.optimizers;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import neuralmath.la.Matrix;
import neuralmath.network.Parameter;

/**
 * Gradient descent with momentum: a velocity v remembers past gradients, v ← μ·v + g, and the step follows it,
 * θ ← θ − η·v. With Nesterov's correction the step looks ahead along the velocity: θ ← θ − η·(g + μ·v).
 * (The formulation of Sutskever et al. 2013, as PyTorch writes it.)
 */
public final class Momentum implements Optimizer {

    private final double learningRate;
    private final double momentum;
    private final boolean nesterov;
    private final Map<Parameter, Matrix> velocity = new IdentityHashMap<>();

    /** Classical momentum. @param learningRate η &gt; 0 @param momentum μ in [0, 1), 0.9 is usual */
    public Momentum(double learningRate, double momentum) {
        this(learningRate, momentum, false);
    }

    /** @param nesterov whether to use Nesterov's look-ahead */
    public Momentum(double learningRate, double momentum, boolean nesterov) {
        String name = nesterov ? "Nesterov" : "Momentum";
        this.learningRate = Hyperparameters.positive(name, "learningRate", learningRate);
        this.momentum = Hyperparameters.fraction(name, "momentum", momentum);
        this.nesterov = nesterov;
    }

    @Override
    public void step(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            Matrix g = p.gradient();
            Matrix v = velocity.computeIfAbsent(p, k -> Matrix.zeros(g.rows(), g.cols()));
            v.mapInPlace(x -> momentum * x).addScaledInPlace(1.0, g);
            if (nesterov) {
                p.value().addScaledInPlace(-learningRate, g).addScaledInPlace(-learningRate * momentum, v);
            } else {
                p.value().addScaledInPlace(-learningRate, v);
            }
        }
    }

    @Override
    public OptimizerState state(List<Parameter> parameters) {
        return new OptimizerState(nesterov ? "Nesterov" : "Momentum",
                Map.of("learningRate", learningRate, "momentum", momentum), 0,
                OptimizerState.buffers("velocity", velocity, parameters));
    }

    static Momentum restore(OptimizerState state, List<Parameter> parameters) {
        Momentum optimizer = new Momentum(state.hyperparameter("learningRate"), state.hyperparameter("momentum"),
                state.type().equals("Nesterov"));
        state.requireKnownBuffers(parameters, "velocity");
        state.restore("velocity", optimizer.velocity, parameters);
        return optimizer;
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public String toString() {
        return (nesterov ? "Nesterov" : "Momentum") + "(learningRate=" + learningRate + ", momentum=" + momentum + ")";
    }
}
