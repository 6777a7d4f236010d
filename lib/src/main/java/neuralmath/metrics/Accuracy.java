package neuralmath.metrics;

import neuralmath.la.Matrix;

/** Accuracy: the share of examples whose predicted class is the true one. */
public final class Accuracy {

    private Accuracy() {
    }

    /** The share of positions where {@code predicted[i] == actual[i]}. */
    public static double of(int[] predicted, int[] actual) {
        return (double) correct(predicted, actual) / predicted.length;
    }

    /** Accuracy of predictions ŷ against targets y, comparing {@link #classes} of each. */
    public static double of(Matrix yHat, Matrix y) {
        return (double) correct(yHat, y) / y.rows();
    }

    /** How many rows of ŷ predict the class that y holds. */
    public static int correct(Matrix yHat, Matrix y) {
        yHat.requireSameShape("accuracy", y);
        int right = 0;
        for (int i = 0; i < y.rows(); i++) {
            if (classOf(yHat, i) == classOf(y, i)) {
                right++;
            }
        }
        return right;
    }

    /** How many positions have {@code predicted[i] == actual[i]}. */
    public static int correct(int[] predicted, int[] actual) {
        if (predicted.length != actual.length || predicted.length == 0) {
            throw new IllegalArgumentException("accuracy: " + predicted.length + " predictions for " + actual.length
                    + " labels: needs the same, non-zero number of each");
        }
        int right = 0;
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i] == actual[i]) {
                right++;
            }
        }
        return right;
    }

    /**
     * The class each row stands for: the arg-max of a row of scores or one-hot values; for a single column of
     * probabilities (one sigmoid output), 1 when it is at least 0.5, else 0.
     */
    public static int[] classes(Matrix scores) {
        int[] out = new int[scores.rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = classOf(scores, i);
        }
        return out;
    }

    /** The class that row i of {@code scores} stands for, as {@link #classes} decides it. */
    public static int classOf(Matrix scores, int i) {
        return scores.cols() > 1 ? scores.argMaxOfRow(i) : (scores.get(i, 0) >= 0.5 ? 1 : 0);
    }
}
