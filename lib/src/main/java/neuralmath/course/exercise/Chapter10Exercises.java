package neuralmath.course.exercise;

import java.util.List;
import java.util.function.ToDoubleFunction;
import neuralmath.activations.Activation;
import neuralmath.data.NumpyRandomState;
import neuralmath.la.Matrix;
import neuralmath.training.DigitsExperiments;

/** Chapter 10, training on digits: accuracy from a confusion matrix, and how spread out the first weighted sums are. */
final class Chapter10Exercises {

    private Chapter10Exercises() {
    }

    static List<Exercise<?>> all() {
        return List.of(accuracyFromConfusionMatrix(), spreadOfWeightedSums());
    }

    /** Σₖ Cₖₖ / Σᵢⱼ Cᵢⱼ, tried on confusion matrices the notebook does not show (one of them all right). */
    private static Exercise<ToDoubleFunction<int[][]>> accuracyFromConfusionMatrix() {
        int[][][] matrices = {
                {{50, 3, 2}, {4, 10, 6}, {1, 0, 4}},
                {{9, 1, 0, 2}, {0, 30, 5, 1}, {3, 2, 12, 0}, {1, 0, 0, 20}},
                {{7, 0}, {0, 5}}};
        Exercise<ToDoubleFunction<int[][]>> exercise = Exercise.<ToDoubleFunction<int[][]>>function(
                "10.accuracy-from-confusion-matrix", "accuracy from a confusion matrix", 2,
                Exercise.kind(ToDoubleFunction.class), counts -> (double) trace(counts, counts.length) / total(counts));
        for (int[][] counts : matrices) {
            exercise.probe("accuracy of a " + counts.length + "×" + counts.length + " confusion matrix",
                    f -> f.applyAsDouble(counts));
        }
        return exercise
                .mistake(() -> counts -> trace(counts, counts.length) / total(counts), "your accuracy is 0 unless every"
                        + " answer is right: an int divided by an int is integer division in Java (19 / 20 = 0);"
                        + " make one of them a double")
                .mistake(() -> counts -> trace(counts, counts.length), "your accuracy is the number of right answers:"
                        + " divide it by the number of all answers")
                .mistake(() -> counts -> (double) total(counts) / total(counts), "your accuracy adds whole rows as"
                        + " right answers: only the diagonal entries Cₖₖ are right")
                .mistake(() -> counts -> 1 - (double) trace(counts, counts.length) / total(counts), "that is the share"
                        + " of wrong answers, 1 − accuracy")
                .mistake(() -> counts -> (double) trace(counts, counts.length - 1) / total(counts), "your diagonal"
                        + " misses the last class: the loop must run over k = 0 … K − 1")
                .mistake(() -> Chapter10Exercises::meanRecall, "your accuracy is the mean of the rows' shares Cₖₖ /"
                        + " Σⱼ Cₖⱼ (the mean recall): accuracy divides the whole diagonal by the whole total, so"
                        + " that a class with more images weighs more")
                .hint("the right answers are the entries where the true class equals the predicted one; add them up"
                        + " and divide by the sum of all entries, in floating point");
    }

    /** √(mean of z²) over every entry of Z¹ = X·W¹: the source's training images and numpy's seed-0 weights. */
    private static Exercise<Double> spreadOfWeightedSums() {
        return Exercise.number("10.spread-of-weighted-sums", "root mean square of Z¹", 2,
                        () -> Math.sqrt(Start.Z1.map(z -> z * z).mean()))
                .called("root mean square")
                .tolerance(1e-9)
                .mistake(() -> Start.Z1.map(z -> z * z).mean(), "that is the mean of z², before the square root")
                .mistake(() -> Math.sqrt(Start.Z1.map(z -> z * z).sum()), "that is the square root of the sum of z²:"
                        + " take the mean over the N entries first")
                .mistake(() -> Start.Z1.map(Math::abs).mean(), "that is the mean of |z|: square each z, average, and"
                        + " take the root of the average")
                .mistake(() -> {
                    double mean = Start.Z1.mean();
                    return Math.sqrt(Start.Z1.map(z -> (z - mean) * (z - mean)).mean());
                }, "that is the standard deviation, with the mean of Z¹ taken off first: the root mean square takes"
                        + " each z as it is")
                .mistake(() -> {
                    Matrix a1 = Activation.sigmoid().apply(Start.Z1);
                    return Math.sqrt(a1.map(a -> a * a).mean());
                }, "that is the root mean square of A¹ = σ(Z¹): the question is about Z¹, before the sigmoid")
                .hint("square every entry of Z¹, take the mean of the squares over all entries, then the square root");
    }

    /** Σₖ Cₖₖ for k below {@code classes}. */
    private static int trace(int[][] counts, int classes) {
        int right = 0;
        for (int k = 0; k < classes; k++) {
            right += counts[k][k];
        }
        return right;
    }

    private static int total(int[][] counts) {
        int total = 0;
        for (int[] row : counts) {
            for (int c : row) {
                total += c;
            }
        }
        return total;
    }

    private static double meanRecall(int[][] counts) {
        double sum = 0;
        for (int k = 0; k < counts.length; k++) {
            int row = 0;
            for (int c : counts[k]) {
                row += c;
            }
            sum += (double) counts[k][k] / row;
        }
        return sum / counts.length;
    }

    /** Chapter 10's Z¹ at the start, X·W¹, computed once, when first needed. */
    private static final class Start {

        static final Matrix Z1 = DigitsExperiments.sourceData().xTrain().multiply(new NumpyRandomState(0).randn(64, 64));
    }
}
