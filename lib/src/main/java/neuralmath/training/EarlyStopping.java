package neuralmath.training;

import java.util.List;
import neuralmath.la.Matrix;
import neuralmath.network.Network;
import neuralmath.network.Parameter;

/**
 * Early stopping: keeps a copy of the weights of the epoch with the lowest validation loss so far, says when
 * {@code patience} epochs in a row have not lowered it, and puts the kept weights back at the end.
 */
final class EarlyStopping {

    private final List<Parameter> parameters;
    private final List<Matrix> best;
    private final int patience;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private int bestEpoch;

    EarlyStopping(Network network, int patience) {
        this.parameters = network.parameters();
        this.best = parameters.stream().map(p -> p.value().copy()).toList();
        this.patience = patience;
    }

    /** After an epoch: keeps its weights if its validation loss is the lowest so far; true when training should stop. */
    boolean stopsAfter(EpochResult epoch) {
        if (epoch.testLoss() < bestLoss) {
            bestLoss = epoch.testLoss();
            bestEpoch = epoch.epoch();
            for (int i = 0; i < parameters.size(); i++) {
                best.get(i).setTo(parameters.get(i).value());
            }
        }
        return epoch.epoch() - bestEpoch >= patience;
    }

    /** Puts the kept weights back into the network; returns the epoch they are from. */
    int restoreBest() {
        for (int i = 0; i < parameters.size(); i++) {
            parameters.get(i).value().setTo(best.get(i));
        }
        return bestEpoch;
    }
}
