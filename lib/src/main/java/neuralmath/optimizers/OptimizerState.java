package neuralmath.optimizers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

    /** The optimizer this state describes, with its memory of the given parameters restored. */
    public Optimizer toOptimizer(List<Parameter> parameters) {
        Optimizer optimizer = switch (type) {
            case "SGD" -> new SGD(hyperparameter("learningRate"));
            case "Momentum", "Nesterov" -> Momentum.restore(this, parameters);
            case "AdaGrad" -> AdaGrad.restore(this, parameters);
            case "RMSProp" -> RMSProp.restore(this, parameters);
            case "Adam" -> Adam.restore(this, parameters);
            default -> throw new IllegalArgumentException("unknown optimizer type \"" + type
                    + "\"; known: SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam");
        };
        if (!(optimizer instanceof Adam) && steps != 0) {
            throw new IllegalArgumentException(type + " counts no steps, but the state says " + steps);
        }
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

    /** Copies of the matrices an optimizer keeps per parameter, named {@code "<what> <parameter>"}. */
    static Map<String, Matrix> buffers(String what, Map<Parameter, Matrix> memory, List<Parameter> parameters) {
        Map<String, Matrix> out = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            Matrix m = memory.get(p);
            if (m != null) {
                out.put(what + " " + p.name(), m.copy());
            }
        }
        return out;
    }

    /** Puts copies of the buffers named {@code "<what> <parameter>"} back into {@code memory}. */
    void restore(String what, Map<Parameter, Matrix> memory, List<Parameter> parameters) {
        for (Parameter p : parameters) {
            Matrix m = buffers.get(what + " " + p.name());
            if (m != null) {
                p.value().requireSameShape(type + " " + what + " of " + p.name(), m);
                memory.put(p, m.copy());
            }
        }
    }

    /** Throws unless every buffer was named after one of {@code prefixes} and a parameter. */
    void requireKnownBuffers(List<Parameter> parameters, String... prefixes) {
        List<String> known = parameters.stream()
                .flatMap(p -> java.util.Arrays.stream(prefixes).map(w -> w + " " + p.name()))
                .collect(Collectors.toList());
        for (String name : buffers.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException(type + ": state holds \"" + name + "\", which is none of "
                        + known);
            }
        }
    }
}
