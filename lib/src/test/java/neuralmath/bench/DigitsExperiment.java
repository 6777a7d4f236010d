package neuralmath.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import neuralmath.activations.Activation;
import neuralmath.data.Dataset;
import neuralmath.data.Digits;
import neuralmath.data.MinMaxScaler;
import neuralmath.data.NumpyRandomState;
import neuralmath.data.OneHot;
import neuralmath.data.TrainTestSplit;
import neuralmath.la.Kernels;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import neuralmath.network.Dense;
import neuralmath.network.Network;
import neuralmath.optimizers.SGD;
import neuralmath.training.History;
import neuralmath.training.Trainer;

/**
 * The source tutorial's digits experiment exactly as {@code bench/digits_numpy.py} runs it in numpy: pixels
 * min-max scaled, scikit-learn's split (test_size 0.2, random_state 42), 64-64-10, sigmoid hidden layer, softmax
 * output, categorical cross-entropy, weights drawn as {@code np.random.seed(SEED); np.random.randn(...)} draws
 * them, zero biases, full-batch SGD at 0.1 for 1000 epochs, the test set measured after every epoch. The same
 * start gives the same accuracy and loss as numpy, so the two time the same work.
 *
 * <p>usage: {@code DigitsExperiment [SEED]}; prints one line like the numpy script (its loss is ours / 10, see
 * {@link neuralmath.losses.CategoricalCrossEntropy}), then the CPU seconds of the training thread, the first ten
 * epochs, the fastest and the median epoch, and which kernels ran.
 */
public final class DigitsExperiment {

    private DigitsExperiment() {
    }

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 0;
        Dataset digits = Digits.load();
        Dataset scaled = new Dataset(MinMaxScaler.fitTransform(digits.inputs()), digits.labels());
        TrainTestSplit split = TrainTestSplit.of(scaled, 0.2, 42);
        NumpyRandomState random = new NumpyRandomState(seed);
        Matrix w1 = random.randn(64, 64);
        Matrix w2 = random.randn(64, 10);
        Network network = new Network(List.of(
                new Dense(w1, Matrix.zeros(1, 64), Activation.sigmoid(), 1),
                new Dense(w2, Matrix.zeros(1, 10), Activation.softmax(), 2)));

        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        History history = new Trainer(network, Loss.categoricalCrossEntropy(), new SGD(0.1))
                .epochs(1000)
                .fit(split.train().inputs(), OneHot.encode(split.train().labels(), 10),
                        split.test().inputs(), OneHot.encode(split.test().labels(), 10));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;

        double first10 = history.epochs().subList(0, 10).stream().mapToDouble(e -> e.seconds()).sum();
        double[] epochs = history.epochs().stream().mapToDouble(e -> e.seconds()).sorted().toArray();
        System.out.printf("seed=%d train_s=%.3f acc=%.4f final_train_loss=%.4f | cpu_s=%.3f first10_s=%.3f"
                        + " min_epoch_ms=%.3f median_epoch_ms=%.3f | %s%n", seed, seconds,
                history.last().testAccuracy(), history.last().trainLoss() / 10, cpuSeconds, first10,
                epochs[0] * 1e3, epochs[epochs.length / 2] * 1e3, Kernels.description());
    }
}
