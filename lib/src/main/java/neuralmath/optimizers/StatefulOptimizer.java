package neuralmath.optimizers;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import neuralmath.la.Matrix;
import neuralmath.network.Parameter;

/**
 * What the optimizers here share: hyperparameters by name, and the running averages kept per parameter in named
 * slots (Adam's "m" and "v"), which {@link #state} saves with a model and a loaded model restores.
 *
 * <p>Adding an optimizer touches one file: a subclass of this one in this package, which names its hyperparameters
 * and slots, reads its slots with {@link #slot}, and has a public constructor taking an {@link OptimizerState}. A
 * model file names its type, the class's simple name, and {@link OptimizerState#toOptimizer} finds the class by it.
 */
public abstract class StatefulOptimizer implements Optimizer {

    /** Types saved under another name than their class's: Nesterov is momentum with Nesterov's look-ahead. */
    private static final Map<String, String> CLASS_OF_TYPE = Map.of("Nesterov", "Momentum");

    private final String type;
    private final Map<String, Double> hyperparameters;
    private final Map<String, Map<Parameter, Matrix>> slots = new LinkedHashMap<>();
    private int steps;

    /**
     * @param type            the type a model file names, e.g. {@code "Adam"}
     * @param hyperparameters η first, in the order {@link #toString} shows them
     * @param slotNames       the running averages kept per parameter, e.g. {@code "m", "v"}
     */
    protected StatefulOptimizer(String type, Map<String, Double> hyperparameters, String... slotNames) {
        this.type = type;
        this.hyperparameters = Collections.unmodifiableMap(new LinkedHashMap<>(hyperparameters));
        for (String name : slotNames) {
            slots.put(name, new IdentityHashMap<>());
        }
    }

    /** The slot {@code name} of parameter p: a matrix of p's shape, zeros until the first step writes it. */
    protected final Matrix slot(String name, Parameter p) {
        return slots.get(name).computeIfAbsent(p, k -> Matrix.zeros(p.value().rows(), p.value().cols()));
    }

    /** Counts one more step and returns the count t (1 on the first step). */
    protected final int countStep() {
        return ++steps;
    }

    /** The number of steps counted so far, t. */
    protected final int stepsCounted() {
        return steps;
    }

    /** Whether this optimizer counts its steps (Adam, for its bias correction); a saved count must then be ≥ 0. */
    protected boolean countsSteps() {
        return false;
    }

    @Override
    public double learningRate() {
        return hyperparameters.get("learningRate");
    }

    @Override
    public final OptimizerState state(List<Parameter> parameters) {
        Map<String, Matrix> buffers = new LinkedHashMap<>();
        slots.forEach((name, memory) -> {
            for (Parameter p : parameters) {
                Matrix m = memory.get(p);
                if (m != null) {
                    buffers.put(name + " " + p.name(), m.copy());
                }
            }
        });
        return new OptimizerState(type, hyperparameters, steps, buffers);
    }

    /** Puts the saved step count and copies of the saved slots back, checking each against the parameters. */
    final void restore(OptimizerState state, List<Parameter> parameters) {
        if (!countsSteps() && state.steps() != 0) {
            throw new IllegalArgumentException(type + " counts no steps, but the state says " + state.steps());
        }
        if (state.steps() < 0) {
            throw new IllegalArgumentException(type + ": step count t must be at least 0, got " + state.steps());
        }
        steps = state.steps();
        List<String> known = parameters.stream()
                .flatMap(p -> slots.keySet().stream().map(s -> s + " " + p.name()))
                .collect(Collectors.toList());
        for (String name : state.buffers().keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException(type + ": state holds \"" + name + "\", which is none of " + known);
            }
        }
        slots.forEach((name, memory) -> {
            for (Parameter p : parameters) {
                Matrix m = state.buffers().get(name + " " + p.name());
                if (m != null) {
                    p.value().requireSameShape(type + " " + name + " of " + p.name(), m);
                    memory.put(p, m.copy());
                }
            }
        });
    }

    /**
     * The optimizer a saved state describes, before its slots are restored: the class of this package named by the
     * state's type, made by its constructor that takes the state. Throws, naming the type, if there is none.
     */
    static StatefulOptimizer ofType(OptimizerState state) {
        String type = state.type();
        String name = CLASS_OF_TYPE.getOrDefault(type, type);
        IllegalArgumentException unknown = new IllegalArgumentException("unknown optimizer type \"" + type
                + "\": neuralmath.optimizers has no optimizer class of that name (it has, e.g., SGD, Momentum, "
                + "AdaGrad, RMSProp, Adam; Nesterov is Momentum's)");
        if (!name.matches("[A-Z][A-Za-z0-9]{0,63}")) {
            throw unknown;
        }
        try {
            Class<?> c = Class.forName(StatefulOptimizer.class.getPackageName() + "." + name);
            if (!StatefulOptimizer.class.isAssignableFrom(c) || Modifier.isAbstract(c.getModifiers())) {
                throw unknown;
            }
            return (StatefulOptimizer) c.getConstructor(OptimizerState.class).newInstance(state);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // a hyperparameter out of range or missing: its own message
            }
            throw unknown;
        } catch (ReflectiveOperationException | LinkageError e) {
            throw unknown;
        }
    }

    /** The type and the hyperparameters, e.g. {@code Adam(learningRate=0.001, beta1=0.9, ...)}. */
    @Override
    public String toString() {
        return type + hyperparameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
