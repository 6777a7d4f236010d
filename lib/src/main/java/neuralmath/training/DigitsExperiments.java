package neuralmath.training;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import neuralmath.activations.ReLU;
import neuralmath.activations.Sigmoid;
import neuralmath.activations.Softmax;
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
import neuralmath.network.Initializer;
import neuralmath.network.Network;
import neuralmath.optimizers.Adam;
import neuralmath.optimizers.Optimizer;
import neuralmath.optimizers.SGD;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The digits experiment: the source tutorial's network, reproduced; the linear model it should have been compared
 * with; and a network trained the way networks are trained today. All three train and test on the same split, the
 * one scikit-learn's {@code train_test_split(test_size=0.2, random_state=42)} makes (1437 images to train, 360 to test).
 */
public final class DigitsExperiments {

    /** The seed of the source's split. */
    public static final long SPLIT_SEED = 42;

    /** The source's test share. */
    public static final double TEST_FRACTION = 0.2;

    /** The share of the training images chapters 11 and 13 set apart for validation, and the seed of that split. */
    public static final double VALIDATION_FRACTION = 0.2;
    public static final long VALIDATION_SEED = 0;

    /** How many images chapter 13's overfitting network learns from. */
    public static final int OVERFIT_EXAMPLES = 100;

    private DigitsExperiments() {
    }

    /**
     * Inputs and one-hot targets, ready to train on.
     *
     * @param xTrain 1437×64 scaled pixels
     * @param yTrain 1437×10 one-hot digits
     * @param xTest  360×64
     * @param yTest  360×10
     */
    public record Data(Matrix xTrain, Matrix yTrain, Matrix xTest, Matrix yTest) {
    }

    /**
     * One training run.
     *
     * @param setup        what was trained, in a few words
     * @param network      the trained network
     * @param history      loss and accuracy of every epoch
     * @param testAccuracy the share of the 360 test images classified right after training
     * @param seconds      wall-clock seconds {@link Trainer#fit} took
     * @param cpuSeconds   CPU seconds of the training thread: unlike wall-clock time, not inflated when other
     *                     programs share the cores
     */
    public record Run(String setup, Network network, History history, double testAccuracy, double seconds,
                      double cpuSeconds) {

        /** The first epoch whose test accuracy reached {@code accuracy}, or −1 if none did. */
        public int firstEpochReaching(double accuracy) {
            double[] test = history.testAccuracy();
            for (int e = 0; e < test.length; e++) {
                if (test[e] >= accuracy) {
                    return e + 1;
                }
            }
            return -1;
        }
    }

    /**
     * The source's data: min-max scaled with the min and max of all 1797 images (test images included, as the
     * source does), then split.
     */
    public static Data sourceData() {
        Dataset digits = Digits.load();
        Dataset scaled = new Dataset(MinMaxScaler.fitTransform(digits.inputs()), digits.labels());
        TrainTestSplit split = TrainTestSplit.of(scaled, TEST_FRACTION, SPLIT_SEED);
        return encode(split.train(), split.test());
    }

    /** The same split, scaled the right way: the scaler learns min and max from the 1437 training images only. */
    public static Data data() {
        TrainTestSplit split = TrainTestSplit.of(Digits.load(), TEST_FRACTION, SPLIT_SEED);
        MinMaxScaler scaler = MinMaxScaler.fit(split.train().inputs());
        return encode(new Dataset(scaler.transform(split.train().inputs()), split.train().labels()),
                new Dataset(scaler.transform(split.test().inputs()), split.test().labels()));
    }

    /**
     * Chapter 11's split of the 1437 training images of {@link #data}: 1149 to learn from (as xTrain, yTrain) and
     * 288 to validate on (as xTest, yTest). The 360 test images are not in it.
     */
    public static Data validationData() {
        Data d = data();
        TrainTestSplit split = TrainTestSplit.of(new Dataset(d.xTrain(), d.yTrain().argMaxOfEachRow()),
                VALIDATION_FRACTION, VALIDATION_SEED);
        return encode(split.train(), split.test());
    }

    /**
     * Chapter 13's network that overfits on purpose: 64-256-256-10 (ReLU, He, seed 0), trained with Adam 0.001 in
     * mini-batches of 20 for 100 epochs on only the first 100 of the 1149 images of {@link #validationData}, and
     * measured after each epoch on its 288 validation images (the run's "test" values).
     */
    public static Run overfitting() {
        Data d = validationData();
        Matrix xSmall = d.xTrain().selectRows(java.util.stream.IntStream.range(0, OVERFIT_EXAMPLES).toArray());
        Matrix ySmall = d.yTrain().selectRows(java.util.stream.IntStream.range(0, OVERFIT_EXAMPLES).toArray());
        Network net = Network.of(new int[] {64, 256, 256, 10}, new ReLU(), new Softmax(), Initializer.HE, 0);
        Trainer trainer = new Trainer(net, Loss.categoricalCrossEntropy(), new Adam(0.001)).epochs(100)
                .batchSize(20).shuffleSeed(0);
        return run("overfitting: 64-256-256-10 on 100 images", net, trainer,
                new Data(xSmall, ySmall, d.xTest(), d.yTest()));
    }

    private static Data encode(Dataset train, Dataset test) {
        return new Data(train.inputs(), OneHot.encode(train.labels(), Digits.CLASSES), test.inputs(),
                OneHot.encode(test.labels(), Digits.CLASSES));
    }

    /**
     * The source's network, number for number: 64-64-10, sigmoid hidden layer, softmax output, weights drawn
     * exactly as {@code np.random.seed(seed); W1 = np.random.randn(64, 64); W2 = np.random.randn(64, 10)} draws
     * them, zero biases; categorical cross-entropy, full batch, 1000 epochs of SGD at η = 0.1, on {@link #sourceData}.
     */
    public static Run sourceNetwork(long seed) {
        NumpyRandomState numpy = new NumpyRandomState(seed);
        Matrix w1 = numpy.randn(64, 64);
        Matrix w2 = numpy.randn(64, 10);
        Network net = new Network(List.of(new Dense(w1, Matrix.zeros(1, 64), new Sigmoid(), 1),
                new Dense(w2, Matrix.zeros(1, 10), new Softmax(), 2)));
        return train("source: 64-64-10 sigmoid, N(0,1) weights, SGD 0.1, full batch", net, new SGD(0.1), 1000,
                sourceData());
    }

    /**
     * The same network and training, with weights from the library's own N(0, 1) generator
     * ({@link Initializer#STANDARD_NORMAL}, java.util.Random) instead of numpy's: other numbers, same distribution.
     */
    public static Run sourceNetworkWithLibraryWeights(long seed) {
        Network net = Network.of(new int[] {64, 64, 10}, new Sigmoid(), new Softmax(), Initializer.STANDARD_NORMAL,
                seed);
        return train("source setup, library N(0,1) weights", net, new SGD(0.1), 1000, sourceData());
    }

    /**
     * The linear baseline: softmax regression, ŷ = softmax(X·W + b), no hidden layer, on {@link #data}. Its loss
     * is convex, so it starts from W = 0 and needs no seed; full-batch gradient descent, 1000 epochs, η = 0.5 (a
     * convex loss takes a larger step than the source's 0.1, with which 1000 epochs stop short of the minimum).
     */
    public static Run linearBaseline() {
        Network net = new Network(List.of(new Dense(Matrix.zeros(64, 10), Matrix.zeros(1, 10), new Softmax(), 1)));
        return train("linear: softmax regression, SGD 0.5, full batch", net, new SGD(0.5), 1000, data());
    }

    /** {@link #improvedNetwork(long)} with seed 0. */
    public static Run improvedNetwork() {
        return improvedNetwork(0);
    }

    /**
     * A network trained the way networks are trained today, on {@link #data}: 64-128-10, ReLU hidden layer, He
     * initialisation (seeded with {@code seed}), softmax output, Adam (η = 0.001), mini-batches of 32 shuffled with
     * the same seed, 100 epochs.
     */
    public static Run improvedNetwork(long seed) {
        Network net = Network.of(new int[] {64, 128, 10}, new ReLU(), new Softmax(), Initializer.HE, seed);
        Trainer trainer = new Trainer(net, Loss.categoricalCrossEntropy(), new Adam(0.001)).epochs(100)
                .batchSize(32).shuffleSeed(seed);
        return run("improved: 64-128-10 ReLU, He, Adam 0.001, batches of 32", net, trainer, data());
    }

    /** Full batch: every epoch is one step on all 1437 training images. */
    private static Run train(String setup, Network net, Optimizer optimizer, int epochs, Data d) {
        return run(setup, net, new Trainer(net, Loss.categoricalCrossEntropy(), optimizer).epochs(epochs), d);
    }

    private static Run run(String setup, Network net, Trainer trainer, Data d) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        History history = trainer.fit(d.xTrain(), d.yTrain(), d.xTest(), d.yTest());
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return new Run(setup, net, history, history.last().testAccuracy(), seconds, cpuSeconds);
    }

    /** Runs all three setups (the source's over seeds 0..4) and prints a table of their test accuracies and times. */
    public static void main(String[] args) {
        List<Run> runs = new ArrayList<>();
        List<String> seeds = new ArrayList<>();
        for (long seed = 0; seed < 5; seed++) {
            runs.add(sourceNetwork(seed));
            seeds.add(String.valueOf(seed));
        }
        for (long seed = 0; seed < 5; seed++) {
            runs.add(sourceNetworkWithLibraryWeights(seed));
            seeds.add(String.valueOf(seed));
        }
        runs.add(linearBaseline());
        seeds.add("-");
        runs.add(improvedNetwork());
        seeds.add("0");
        Table table = Table.create("Digits, 1437 images to train, 360 to test (split of train_test_split, seed 42)",
                StringColumn.create("setup", runs.stream().map(Run::setup)),
                StringColumn.create("seed", seeds),
                IntColumn.create("epochs", runs.stream().mapToInt(r -> r.history().size()).toArray()),
                DoubleColumn.create("test accuracy %", runs.stream().mapToDouble(r -> rounded(100 * r.testAccuracy()))),
                IntColumn.create("first epoch >= 97.5%", runs.stream().mapToInt(r -> r.firstEpochReaching(0.975))
                        .toArray()),
                DoubleColumn.create("seconds", runs.stream().mapToDouble(r -> rounded(r.seconds()))),
                DoubleColumn.create("CPU seconds", runs.stream().mapToDouble(r -> rounded(r.cpuSeconds()))));
        System.out.println(table.printAll());
        System.out.println(Kernels.description());
    }

    private static double rounded(double x) {
        return Math.round(100 * x) / 100.0;
    }
}
