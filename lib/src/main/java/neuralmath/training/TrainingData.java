package neuralmath.training;

import neuralmath.la.Matrix;
import neuralmath.network.Network;

/** Checks that a data set fits a network before any training starts, with messages that say what is wrong. */
final class TrainingData {

    private TrainingData() {
    }

    static void check(String set, Matrix x, Matrix y, Network network) {
        if (x.rows() != y.rows()) {
            throw new IllegalArgumentException(set + " data: inputs X " + x.shape() + " and targets Y " + y.shape()
                    + " have different numbers of examples (rows)");
        }
        if (x.cols() != network.inputs()) {
            throw new IllegalArgumentException(set + " data: inputs X " + x.shape() + " have " + x.cols()
                    + " features but the network takes " + network.inputs());
        }
        if (y.cols() != network.outputs()) {
            throw new IllegalArgumentException(set + " data: targets Y " + y.shape() + " have " + y.cols()
                    + " columns but the network has " + network.outputs() + " outputs");
        }
        x.requireFinite(set + " inputs X", "clean or drop that example first");
        y.requireFinite(set + " targets Y", "clean or drop that example first");
    }
}
