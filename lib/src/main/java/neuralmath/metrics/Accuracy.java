package neuralmath.metrics;

import neuralmath.la.Matrix;

/** Accuracy: the share of examples whose predicted class is the true one. */
public final class Accuracy {

    private Accuracy() {
    }

    /** The share of positions where {@code predicted[i] == actual[i]}. */
    public static double of(int[] predicted, int[] actual) {
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
        return (double) right / predicted.length;
    }

    /** Accuracy of predicted probabilities ŷ against one-hot targets y: the arg-max of each row is compared. */
    public static double of(Matrix yHat, Matrix y) {
        yHat.requireSameShape("accuracy", y);
        return of(yHat.argMaxOfEachRow(), y.argMaxOfEachRow());
    }
}
