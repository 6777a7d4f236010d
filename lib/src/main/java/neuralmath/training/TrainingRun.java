package neuralmath.training;

import java.util.Random;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import neuralmath.metrics.Accuracy;
import neuralmath.network.Network;
import neuralmath.network.WeightDecay;
import neuralmath.optimizers.Optimizer;

/**
 * One call of {@link Trainer#fit}: the data, the order of the examples, and the history so far. Each epoch reads in
 * the order it happens: shuffle, train on each batch, check for saturation, measure the test set, record.
 *
 * <p>Its batches, and the layers' matrices ({@link Network#forwardReusing}), are filled again on every step, so that
 * after the first epoch a run allocates no matrices.
 */
final class TrainingRun {

    private final Network network;
    private final Loss loss;
    private final Optimizer optimizer;
    private final double saturationLimit;
    private final Matrix x;
    private final Matrix y;
    private final Matrix xTest;
    private final Matrix yTest;
    private final int batchSize;
    private final boolean fullBatch;
    private final boolean miniBatchesAsked;
    private final WeightDecay weightDecay;
    private final int[] order;
    private final Random random;
    private final History history = new History();
    private final Matrix[] xBatches = new Matrix[2];
    private final Matrix[] yBatches = new Matrix[2];

    private double lossSum;
    private int right;
    private int certainAndWrong;

    /**
     * A run over (X, Y) in batches of {@code batchSize} (all m rows: full batch), measured on the test set if any;
     * a message about a batch names it if mini-batches were asked for; with weight decay (null: none).
     */
    TrainingRun(Network network, Loss loss, Optimizer optimizer, double saturationLimit, long shuffleSeed, Matrix x,
                Matrix y, Matrix xTest, Matrix yTest, int batchSize, boolean miniBatchesAsked, WeightDecay weightDecay) {
        this.network = network;
        this.loss = loss;
        this.optimizer = optimizer;
        this.saturationLimit = saturationLimit;
        this.x = x;
        this.y = y;
        this.xTest = xTest;
        this.yTest = yTest;
        this.batchSize = batchSize;
        this.fullBatch = batchSize == x.rows();
        this.miniBatchesAsked = miniBatchesAsked;
        this.weightDecay = weightDecay;
        this.order = new int[x.rows()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.random = new Random(shuffleSeed);
    }

    /** Every epoch so far. */
    History history() {
        return history;
    }

    /** Trains one epoch and records it in the history; returns its result. */
    EpochResult epoch(int epoch) {
        long start = System.nanoTime();
        int m = x.rows();
        if (!fullBatch) {
            shuffle();
        }
        lossSum = 0.0;
        right = 0;
        certainAndWrong = 0;
        for (int from = 0; from < m; from += batchSize) {
            trainOnBatch(epoch, from, Math.min(from + batchSize, m));
        }
        if (certainAndWrong > saturationLimit * m) {
            throw saturated(epoch, m);
        }
        double testLoss = Double.NaN;
        double testAccuracy = Double.NaN;
        if (xTest != null) {
            Matrix yHatTest = network.forwardReusing(xTest);
            testLoss = loss.value(yHatTest, yTest);
            testAccuracy = Accuracy.of(yHatTest, yTest);
            if (!Double.isFinite(testLoss)) {
                throw diverged(epoch, testLoss, 0);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        EpochResult result = new EpochResult(epoch, lossSum / m, (double) right / m, testLoss, testAccuracy, seconds);
        history.add(result);
        return result;
    }

    /**
     * Forward pass (dropping out, if the network does), loss, backward pass (+ (λ/m)·W with weight decay, m all the
     * training examples) and optimizer step on the examples order[from..to); tallies the epoch.
     */
    private void trainOnBatch(int epoch, int from, int to) {
        Matrix xb = fullBatch ? x : x.selectRows(order, from, to, batchMatrix(xBatches, to - from, x.cols()));
        Matrix yb = fullBatch ? y : y.selectRows(order, from, to, batchMatrix(yBatches, to - from, y.cols()));
        Matrix yHat = network.forwardTraining(xb);
        double batchLoss = loss.value(yHat, yb);
        if (!Double.isFinite(batchLoss)) {
            throw diverged(epoch, batchLoss, from / batchSize + 1);
        }
        lossSum += batchLoss * (to - from);
        right += Accuracy.correct(yHat, yb);
        certainAndWrong += Saturation.applies(loss) ? Saturation.certainAndWrong(yHat, yb) : 0;
        network.backward(yHat, yb, loss);
        if (weightDecay != null) {
            weightDecay.addGradient(network, x.rows());
        }
        optimizer.step(network.parameters());
    }

    /** The matrix a batch of this many rows is copied into: one for full batches, one for a last smaller one. */
    private static Matrix batchMatrix(Matrix[] kept, int rows, int cols) {
        for (Matrix m : kept) {
            if (m != null && m.rows() == rows) {
                return m;
            }
        }
        int slot = kept[0] == null ? 0 : 1;
        kept[slot] = Matrix.zeros(rows, cols);
        return kept[slot];
    }

    /** Fisher–Yates: every order equally likely. */
    private void shuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }

    private TrainingDivergedException diverged(int epoch, double value, int batch) {
        String where = batch == 0 ? "the test loss" : "the training loss" + (miniBatchesAsked ? " (batch " + batch + ")" : "");
        return new TrainingDivergedException("Training diverged in epoch " + epoch + ": " + where + " became " + value
                + " with " + optimizer + ". Try a smaller learning rate.", epoch, history);
    }

    private TrainingDivergedException saturated(int epoch, int m) {
        return new TrainingDivergedException(String.format(java.util.Locale.ROOT, "Training diverged in epoch %d: "
                + "the network is certain and wrong on %d of %d training examples (%.0f%%): it gives the right class "
                + "a probability below %.0e, so their loss is really infinite and only shows as %.1f because the "
                + "loss clips it (training loss %.3g, accuracy %.1f%%). Its outputs have saturated and the gradients "
                + "vanish: it will not recover. Try a smaller learning rate than %s.", epoch, certainAndWrong, m,
                100.0 * certainAndWrong / m, Saturation.CERTAIN, -Math.log(Saturation.CERTAIN), lossSum / m,
                100 * ((double) right / m), optimizer), epoch, history);
    }
}
