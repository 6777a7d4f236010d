package neuralmath.metrics;

import java.util.ArrayList;
import java.util.List;
import neuralmath.la.Matrix;

/**
 * The confusion matrix C of a classifier: C(i, j) counts the examples of class i that were predicted as class j
 * (rows are the truth, columns the prediction, as in scikit-learn). The diagonal holds the right answers.
 */
public final class ConfusionMatrix {

    private final int[][] counts;

    private ConfusionMatrix(int[][] counts) {
        this.counts = counts;
    }

    /** Counts each (actual, predicted) pair; labels must lie in 0..classes−1. */
    public static ConfusionMatrix of(int[] predicted, int[] actual, int classes) {
        if (predicted.length != actual.length || predicted.length == 0) {
            throw new IllegalArgumentException("confusion matrix: " + predicted.length + " predictions for "
                    + actual.length + " labels: needs the same, non-zero number of each");
        }
        int[][] counts = new int[classes][classes];
        for (int n = 0; n < predicted.length; n++) {
            counts[checked(actual[n], "label", n, classes)][checked(predicted[n], "prediction", n, classes)]++;
        }
        return new ConfusionMatrix(counts);
    }

    /** The confusion matrix of predicted probabilities ŷ against one-hot targets y (arg-max of each row). */
    public static ConfusionMatrix of(Matrix yHat, Matrix y) {
        yHat.requireSameShape("confusion matrix", y);
        return of(yHat.argMaxOfEachRow(), y.argMaxOfEachRow(), y.cols());
    }

    private static int checked(int label, String what, int index, int classes) {
        if (label < 0 || label >= classes) {
            throw new IllegalArgumentException("confusion matrix: " + what + " " + label + " at index " + index
                    + " is outside 0.." + (classes - 1));
        }
        return label;
    }

    /** The number of classes K. */
    public int classes() {
        return counts.length;
    }

    /** C(actual, predicted): how many examples of class {@code actual} were predicted as {@code predicted}. */
    public int count(int actual, int predicted) {
        return counts[actual][predicted];
    }

    /** The number of examples counted. */
    public int total() {
        int total = 0;
        for (int[] row : counts) {
            for (int c : row) {
                total += c;
            }
        }
        return total;
    }

    /** Σₖ C(k, k) / total: the same number {@link Accuracy} gives. */
    public double accuracy() {
        int right = 0;
        for (int k = 0; k < counts.length; k++) {
            right += counts[k][k];
        }
        return (double) right / total();
    }

    /** Precision of class k, C(k, k) / Σᵢ C(i, k); 0 when nothing was predicted as k (scikit-learn's default). */
    public double precision(int k) {
        int predictedAsK = 0;
        for (int[] row : counts) {
            predictedAsK += row[k];
        }
        return predictedAsK == 0 ? 0.0 : (double) counts[k][k] / predictedAsK;
    }

    /** Recall of class k, C(k, k) / Σⱼ C(k, j); 0 when class k has no examples. */
    public double recall(int k) {
        int support = support(k);
        return support == 0 ? 0.0 : (double) counts[k][k] / support;
    }

    /** The number of examples of class k, Σⱼ C(k, j). */
    public int support(int k) {
        int support = 0;
        for (int c : counts[k]) {
            support += c;
        }
        return support;
    }

    /** Precision, recall and support of every class, in label order. */
    public List<ClassScores> perClass() {
        List<ClassScores> scores = new ArrayList<>();
        for (int k = 0; k < counts.length; k++) {
            scores.add(new ClassScores(k, precision(k), recall(k), support(k)));
        }
        return scores;
    }

    /** The counts as a table: one row per actual class, one column per predicted class. */
    @Override
    public String toString() {
        int width = Math.max(3, String.valueOf(total()).length()) + 1;
        StringBuilder s = new StringBuilder("rows: actual, columns: predicted\n").append(" ".repeat(width));
        for (int j = 0; j < counts.length; j++) {
            s.append(String.format("%" + width + "d", j));
        }
        for (int i = 0; i < counts.length; i++) {
            s.append('\n').append(String.format("%" + width + "d", i));
            for (int c : counts[i]) {
                s.append(String.format("%" + width + "d", c));
            }
        }
        return s.toString();
    }
}
