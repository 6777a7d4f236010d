package neuralmath.optimizers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import neuralmath.la.Matrix;
import neuralmath.network.Parameter;

/**
 * Gradient descent with momentum: a velocity v remembers past gradients, v ← μ·v + g, and the step follows it,
 * θ ← θ − η·v. With Nesterov's correction the step looks ahead along the velocity: θ ← θ − η·(g + μ·v).
 * (The formulation of Sutskever et al. 2013, as PyTorch writes it.)
 */
public final class Momentum extends StatefulOptimizer {

    private final double learningRate;
    private final double momentum;
    private final boolean nesterov;

    /** Classical momentum. @param learningRate η &gt; 0 @param momentum μ in [0, 1), 0.9 is usual */
    public Momentum(double learningRate, double momentum) {
        this(learningRate, momentum, false);
    }

    /** @param nesterov whether to use Nesterov's look-ahead */
    public Momentum(double learningRate, double momentum, boolean nesterov) {
        super(nesterov ? "Nesterov" : "Momentum", hyperparameters(nesterov ? "Nesterov" : "Momentum", learningRate,
                momentum), "velocity");
        this.learningRate = learningRate;
        this.momentum = momentum;
        this.nesterov = nesterov;
    }

    /** As saved in a model file (type Momentum or Nesterov). */
    public Momentum(OptimizerState saved) {
        this(saved.hyperparameter("learningRate"), saved.hyperparameter("momentum"), saved.type().equals("Nesterov"));
    }

    private static Map<String, Double> hyperparameters(String name, double learningRate, double momentum) {
        Map<String, Double> h = new LinkedHashMap<>();
        h.put("learningRate", Hyperparameters.positive(name, "learningRate", learningRate));
        h.put("momentum", Hyperparameters.fraction(name, "momentum", momentum));
        return h;
    }

    @Override
    public void step(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            Matrix g = p.gradient();
            Matrix v = slot("velocity", p);
            v.mapInPlace(x -> momentum * x).addScaledInPlace(1.0, g);                  // v ← μ·v + g
            if (nesterov) {
                p.value().addScaledInPlace(-learningRate, g).addScaledInPlace(-learningRate * momentum, v);
            } else {
                p.value().addScaledInPlace(-learningRate, v);                           // θ ← θ − η·v
            }
        }
    }
}
