package neuralmath.optimizers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import neuralmath.la.Matrix;
import neuralmath.network.Parameter;

/**
 * Everything an optimizer is and remembers, so that a saved one continues exactly where it stopped: its type
 * (e.g. {@code "Adam"}), its hyperparameters (η, β₁, ...), its step count t, and its running averages, one matrix
 * per parameter, named after what they hold and the parameter, e.g. {@code "m W1"} for Adam's m of W1.
 */
public record OptimizerState(String type, Map<String, Double> hyperparameters, int steps,
                             Map<String, Matrix> buffers) {

    public OptimizerState {
        hyperparameters = Collections.unmodifiableMap(new LinkedHashMap<>(hyperparameters));
        buffers = Collections.unmodifiableMap(new LinkedHashMap<>(buffers));
    }

    /**
     * The optimizer this state describes, with its memory of the given parameters restored: the class of
     * {@code neuralmath.optimizers} its type names ({@link StatefulOptimizer}), no list of types.
     */
    public Optimizer toOptimizer(List<Parameter> parameters) {
        StatefulOptimizer optimizer = StatefulOptimizer.ofType(this);
        optimizer.restore(this, parameters);
        return optimizer;
    }

    /** The hyperparameter called {@code name}; throws, naming it, if the state lacks it. */
    double hyperparameter(String name) {
        Double value = hyperparameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException(type + ": hyperparameter " + name + " is missing");
        }
        return value;
    }
}
