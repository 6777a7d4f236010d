package neuralmath.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The record of a training run: one {@link EpochResult} per epoch, in order. */
public final class History {

    private final List<EpochResult> epochs = new ArrayList<>();
    private int keptEpoch;

    /** Appends the result of the next epoch. */
    public void add(EpochResult result) {
        if (result.epoch() != epochs.size() + 1) {
            throw new IllegalArgumentException("History: expected epoch " + (epochs.size() + 1) + ", got "
                    + result.epoch());
        }
        epochs.add(result);
    }

    /** Every epoch, first to last (read-only). */
    public List<EpochResult> epochs() {
        return Collections.unmodifiableList(epochs);
    }

    /**
     * The epoch whose weights the network ended with, 1 for the first: the last one, or with early stopping the one
     * with the lowest validation loss.
     */
    public int keptEpoch() {
        return keptEpoch > 0 ? keptEpoch : epochs.size();
    }

    /** Records that the network ended with the weights of this epoch (early stopping). */
    void keep(int epoch) {
        if (epoch < 1 || epoch > epochs.size()) {
            throw new IllegalArgumentException("History: cannot keep epoch " + epoch + " of " + epochs.size());
        }
        keptEpoch = epoch;
    }

    /** The number of epochs recorded. */
    public int size() {
        return epochs.size();
    }

    /** The last epoch's result. */
    public EpochResult last() {
        if (epochs.isEmpty()) {
            throw new IllegalStateException("History: no epoch has been recorded yet");
        }
        return epochs.get(epochs.size() - 1);
    }

    public double[] trainLoss() {
        return epochs.stream().mapToDouble(EpochResult::trainLoss).toArray();
    }

    public double[] testLoss() {
        return epochs.stream().mapToDouble(EpochResult::testLoss).toArray();
    }

    public double[] trainAccuracy() {
        return epochs.stream().mapToDouble(EpochResult::trainAccuracy).toArray();
    }

    public double[] testAccuracy() {
        return epochs.stream().mapToDouble(EpochResult::testAccuracy).toArray();
    }

    /** The total wall-clock seconds of all epochs. */
    public double seconds() {
        return epochs.stream().mapToDouble(EpochResult::seconds).sum();
    }

    @Override
    public String toString() {
        return epochs.isEmpty() ? "History(no epochs)"
                : "History(" + epochs.size() + " epochs, last: " + last() + ")";
    }
}
