package neuralmath.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;
import neuralmath.la.Kernels;
import neuralmath.la.Matrix;
import neuralmath.network.Parameter;
import neuralmath.optimizers.AdaGrad;
import neuralmath.optimizers.Adam;
import neuralmath.optimizers.Optimizer;
import neuralmath.optimizers.RMSProp;

/**
 * The time of one optimizer step on the parameters of a 784-256-10 network (W1, b1, W2, b2; fixed gradients), the
 * update a Fashion-MNIST batch ends with. {@code bench/optimizer-step.sh} runs it on several versions of the
 * library, side by side.
 *
 * <p>usage: {@code OptimizerStep ROUNDS OPTIMIZER...} with OPTIMIZER from Adam, RMSProp, AdaGrad. Every optimizer
 * named is warmed up in this JVM before any is timed (name all three to see them share the JIT's profile, as in a
 * notebook that compares them). Prints, per optimizer, the median and minimum milliseconds per step over ROUNDS
 * rounds of {@value #STEPS} steps, by wall time and by the CPU time of the calling thread (all of the work on one
 * thread, {@code -Dneuralmath.threads=1}; less disturbed by other programs than wall time), and a hash of the
 * parameters' bits after all steps: the same on every version and kernel path that computes the same numbers.
 */
public final class OptimizerStep {

    private static final int STEPS = 200;
    private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();
    private static final int[] SIZES = {784, 256, 10};

    private OptimizerStep() {
    }

    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[0]);
        List<String> names = Arrays.asList(args).subList(1, args.length);
        for (String name : names) {
            step(optimizer(name), parameters(), 2 * STEPS); // warm-up: compiled before anything is timed
        }
        for (String name : names) {
            List<Parameter> parameters = parameters();
            Optimizer optimizer = optimizer(name);
            double[] millis = new double[rounds];
            double[] cpuMillis = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                long start = System.nanoTime();
                long cpuStart = THREAD.getCurrentThreadCpuTime();
                step(optimizer, parameters, STEPS);
                cpuMillis[r] = (THREAD.getCurrentThreadCpuTime() - cpuStart) / 1e6 / STEPS;
                millis[r] = (System.nanoTime() - start) / 1e6 / STEPS;
            }
            Arrays.sort(millis);
            Arrays.sort(cpuMillis);
            System.out.printf("%s step_ms median=%.4f min=%.4f cpu_ms median=%.4f min=%.4f hash=%08x | %s%n", name,
                    millis[rounds / 2], millis[0], cpuMillis[rounds / 2], cpuMillis[0], hash(parameters),
                    Kernels.description());
        }
    }

    private static Optimizer optimizer(String name) {
        DoubleFunction<Optimizer> make = switch (name) {
            case "Adam" -> Adam::new;
            case "RMSProp" -> RMSProp::new;
            case "AdaGrad" -> AdaGrad::new;
            default -> throw new IllegalArgumentException("unknown optimizer " + name + ": Adam, RMSProp or AdaGrad");
        };
        return make.apply(0.001);
    }

    /** W1, b1, W2, b2 with random values and random gradients of about 0.01, the same on every run. */
    private static List<Parameter> parameters() {
        Parameter[] parameters = new Parameter[2 * (SIZES.length - 1)];
        for (int l = 0; l + 1 < SIZES.length; l++) {
            parameters[2 * l] = parameter("W" + (l + 1), SIZES[l], SIZES[l + 1], 10 * l);
            parameters[2 * l + 1] = parameter("b" + (l + 1), 1, SIZES[l + 1], 10 * l + 5);
        }
        return List.of(parameters);
    }

    private static Parameter parameter(String name, int rows, int cols, long seed) {
        Parameter p = new Parameter(name, Matrix.randn(rows, cols, seed));
        p.setGradient(Matrix.randn(rows, cols, seed + 1).times(0.01));
        return p;
    }

    private static void step(Optimizer optimizer, List<Parameter> parameters, int steps) {
        for (int s = 0; s < steps; s++) {
            optimizer.step(parameters);
        }
    }

    private static int hash(List<Parameter> parameters) {
        int h = 1;
        for (Parameter p : parameters) {
            h = 31 * h + Arrays.hashCode(p.value().toFlatArray());
        }
        return h;
    }
}
