package neuralmath.training;

import neuralmath.la.Matrix;
import neuralmath.network.Network;

/** Checks that a data set fits a network before any training starts, with messages that say what is wrong. */
final class TrainingData {

    private TrainingData() {
    }

    static void check(String set, Matrix x, Matrix y, Network network) {
        int[] sizes = network.sizes();
        if (x.rows() != y.rows()) {
            throw new IllegalArgumentException(set + " data: inputs X " + x.shape() + " and targets Y " + y.shape()
                    + " have different numbers of examples (rows)");
        }
        if (x.cols() != sizes[0]) {
            throw new IllegalArgumentException(set + " data: inputs X " + x.shape() + " have " + x.cols()
                    + " features but the network takes " + sizes[0]);
        }
        if (y.cols() != sizes[sizes.length - 1]) {
            throw new IllegalArgumentException(set + " data: targets Y " + y.shape() + " have " + y.cols()
                    + " columns but the network has " + sizes[sizes.length - 1] + " outputs");
        }
        requireFinite(set + " inputs X", x);
        requireFinite(set + " targets Y", y);
    }

    private static void requireFinite(String what, Matrix m) {
        double[] d = m.data();
        for (int i = 0; i < d.length; i++) {
            if (!Double.isFinite(d[i])) {
                throw new IllegalArgumentException(what + " " + m.shape() + " hold " + d[i] + " at row "
                        + i / m.cols() + ", column " + i % m.cols() + ": clean or drop that example first");
            }
        }
    }
}
