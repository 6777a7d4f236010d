package neuralmath.training;

import java.util.ArrayList;
import java.util.List;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import neuralmath.network.Network;
import neuralmath.network.WeightDecay;
import neuralmath.optimizers.Optimizer;

/**
 * Trains a network: for each epoch, for each batch, forward pass, loss, backward pass, optimizer step; then the
 * epoch's losses and accuracies go into a {@link History}.
 *
 * <pre>{@code
 * History h = new Trainer(net, Loss.categoricalCrossEntropy(), new SGD(0.1))
 *         .epochs(1000)
 *         .fit(xTrain, yTrain, xTest, yTest);
 * }</pre>
 *
 * <p>By default every epoch is one step on the whole training set (full batch), as in the source tutorial.
 * {@link #batchSize} switches to mini-batches, drawn in a new order each epoch from a generator seeded with
 * {@link #shuffleSeed}: the same seed gives the same history, every run.
 *
 * <p>Two options help a network do as well on new data as on its training data: {@link #weightDecay} (L2) and
 * {@link #earlyStopping}. (Dropout belongs to the network: {@link Network#dropout}.)
 */
public final class Trainer {

    private final Network network;
    private final Loss loss;
    private final Optimizer optimizer;
    private final List<TrainingListener> listeners = new ArrayList<>();
    private int epochs = 100;
    private int batchSize;
    private long shuffleSeed;
    private double saturationLimit = 0.5;
    private WeightDecay weightDecay;
    private int patience;

    public Trainer(Network network, Loss loss, Optimizer optimizer) {
        this.network = network;
        this.loss = loss;
        this.optimizer = optimizer;
    }

    /** How many times to go through the training set (at least 1). */
    public Trainer epochs(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("Trainer: epochs must be at least 1, got " + epochs);
        }
        this.epochs = epochs;
        return this;
    }

    /** Mini-batches of this many examples (the last one may be smaller); between 1 and the training set size. */
    public Trainer batchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("Trainer: batchSize must be at least 1, got " + batchSize);
        }
        this.batchSize = batchSize;
        return this;
    }

    /** One batch of the whole training set per epoch (the default). */
    public Trainer fullBatch() {
        this.batchSize = 0;
        return this;
    }

    /** The seed of the generator that shuffles the mini-batches. */
    public Trainer shuffleSeed(long seed) {
        this.shuffleSeed = seed;
        return this;
    }

    /**
     * Training stops as diverged when, in one epoch, more than this share of the training examples are certain and
     * wrong: the network gives their right class a probability below 10⁻¹⁵, where the cross-entropy losses clip
     * it (0.5 by default; 1 never stops). Too large a learning rate saturates the outputs this way, and training
     * does not recover, though the clipped loss stays finite.
     */
    public Trainer saturationLimit(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("Trainer: saturationLimit must be in (0, 1], got " + share);
        }
        this.saturationLimit = share;
        return this;
    }

    /**
     * L2 weight decay of strength λ ≥ 0: each step adds (λ/m)·W to ∂L/∂W for every layer's weights (not the
     * biases), m the number of training examples; the loss minimised is L + (λ/2m)·Σ‖W‖² ({@link WeightDecay}).
     * The history records L alone, so that the curves of runs with and without decay compare.
     */
    public Trainer weightDecay(double lambda) {
        this.weightDecay = new WeightDecay(lambda);
        return this;
    }

    /**
     * Early stopping: after each epoch, the weights with the lowest validation loss so far are kept; training stops
     * when {@code patience} epochs in a row have not lowered it, and the network ends with the kept weights.
     * {@link History#keptEpoch} says which epoch they are from. Needs a validation set (the second pair of
     * {@link #fit(Matrix, Matrix, Matrix, Matrix)}).
     */
    public Trainer earlyStopping(int patience) {
        if (patience < 1) {
            throw new IllegalArgumentException("Trainer: early stopping's patience must be at least 1 epoch, got "
                    + patience);
        }
        this.patience = patience;
        return this;
    }

    /** Adds a listener, called before, during and after training. */
    public Trainer listener(TrainingListener listener) {
        listeners.add(listener);
        return this;
    }

    /** Trains on (X, Y) with no test set. */
    public History fit(Matrix x, Matrix y) {
        return fit(x, y, null, null);
    }

    /**
     * Trains on (X, Y), measuring (X_test, Y_test) after every epoch.
     *
     * @throws IllegalArgumentException   if the data do not fit the network or each other, or hold NaN, or the
     *                                    targets are not what the loss takes ({@link Loss#requireTargets})
     * @throws IllegalStateException      if another thread is training the same network
     * @throws TrainingDivergedException  if the loss becomes NaN or infinite, or the outputs saturate
     *                                    ({@link #saturationLimit}); it names the epoch and keeps the history
     */
    public History fit(Matrix x, Matrix y, Matrix xTest, Matrix yTest) {
        TrainingData.check("training", x, y, network);
        if (xTest != null || yTest != null) {
            if (xTest == null || yTest == null) {
                throw new IllegalArgumentException("fit: give both X_test and Y_test, or neither");
            }
            TrainingData.check("test", xTest, yTest, network);
        } else if (patience > 0) {
            throw new IllegalArgumentException("Trainer: early stopping needs a validation set to watch: "
                    + "fit(X, Y, X_validation, Y_validation)");
        }
        int m = x.rows();
        int size = batchSize == 0 ? m : batchSize;
        if (size > m) {
            throw new IllegalArgumentException("Trainer: batchSize " + size + " is larger than the " + m
                    + " training examples");
        }
        loss.requireTargets("training targets Y", y);
        if (yTest != null) {
            loss.requireTargets("test targets Y", yTest);
        }
        network.startTraining();
        try {
            return train(x, y, xTest, yTest, size);
        } finally {
            network.endTraining();
        }
    }

    private History train(Matrix x, Matrix y, Matrix xTest, Matrix yTest, int size) {
        TrainingRun run = new TrainingRun(network, loss, optimizer, saturationLimit, shuffleSeed, x, y, xTest, yTest,
                size, batchSize != 0, weightDecay);
        EarlyStopping stopping = patience > 0 ? new EarlyStopping(network, patience) : null;
        listeners.forEach(l -> l.trainingStarted(epochs));
        try {
            for (int epoch = 1; epoch <= epochs; epoch++) {
                EpochResult result = run.epoch(epoch);
                listeners.forEach(l -> l.epochEnded(result));
                if (stopping != null && stopping.stopsAfter(result)) {
                    break;
                }
            }
            if (stopping != null) {
                run.history().keep(stopping.restoreBest());
            }
        } finally {
            listeners.forEach(l -> l.trainingEnded(run.history()));
        }
        return run.history();
    }

    @Override
    public String toString() {
        return "Trainer(epochs=" + epochs + ", batchSize=" + (batchSize == 0 ? "full" : batchSize) + ", loss="
                + loss + ", optimizer=" + optimizer + (weightDecay == null ? "" : ", λ=" + weightDecay.lambda())
                + (patience == 0 ? "" : ", patience=" + patience) + ")";
    }
}
