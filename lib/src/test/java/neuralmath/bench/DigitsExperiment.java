package neuralmath.bench;

import java.nio.file.Path;
import neuralmath.activations.Activation;
import neuralmath.la.Kernels;
import neuralmath.losses.Loss;
import neuralmath.network.Initializer;
import neuralmath.network.Network;
import neuralmath.optimizers.SGD;
import neuralmath.training.History;
import neuralmath.training.Trainer;

/**
 * The source tutorial's digits experiment, as {@code shared/bench/seed_numpy.py} runs it in numpy: 64-64-10,
 * sigmoid hidden layer, softmax output, categorical cross-entropy, weights from N(0, 1), full-batch SGD at 0.1
 * for 1000 epochs, the test set measured after every epoch.
 *
 * <p>usage: {@code DigitsExperiment SEED PATH/TO/digits.csv.gz}; prints one line like the numpy script.
 */
public final class DigitsExperiment {

    private DigitsExperiment() {
    }

    public static void main(String[] args) throws Exception {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 0;
        Path path = Path.of(args.length > 1 ? args[1] : "../shared/data/digits.csv.gz");
        DigitsData data = DigitsData.load(path);
        Network network = Network.of(new int[] {64, 64, 10}, Activation.sigmoid(), Activation.softmax(),
                Initializer.STANDARD_NORMAL, seed);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        History history = new Trainer(network, Loss.categoricalCrossEntropy(), new SGD(0.1))
                .epochs(1000)
                .fit(data.xTrain(), data.yTrain(), data.xTest(), data.yTest());
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double first10 = 0;
        for (int e = 0; e < 10; e++) {
            first10 += history.epochs().get(e).seconds();
        }
        double[] epochSeconds = history.epochs().stream().mapToDouble(e -> e.seconds()).sorted().toArray();
        System.out.printf("seed=%d train_s=%.3f acc=%.4f final_train_loss=%.4f cpu_s=%.3f first10_s=%.3f"
                + " min_epoch_ms=%.3f median_epoch_ms=%.3f (%s)%n", seed, seconds, history.last().testAccuracy(),
                history.last().trainLoss() / 10, cpuSeconds, first10, epochSeconds[0] * 1e3,
                epochSeconds[epochSeconds.length / 2] * 1e3, Kernels.description());
    }
}
