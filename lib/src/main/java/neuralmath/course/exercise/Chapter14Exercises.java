package neuralmath.course.exercise;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import neuralmath.activations.Activation;
import neuralmath.la.Matrix;
import neuralmath.network.Initializer;
import neuralmath.network.Network;

/**
 * Chapter 14, Fashion-MNIST: the parameters of the chapter's network, the accuracy of each class from a confusion
 * matrix, and pixels scaled to [−1, 1].
 */
final class Chapter14Exercises {

    private Chapter14Exercises() {
    }

    static List<Exercise<?>> all() {
        return List.of(parameterCount(), accuracyOfEachClass(), pixelsToPlusMinusOne());
    }

    /** 784·256 + 256 + 256·10 + 10: the weights and biases of 784-256-10. */
    private static Exercise<Double> parameterCount() {
        return Exercise.number("14.parameter-count", "the parameters of 784-256-10", 1,
                        () -> (double) Network.of(new int[] {784, 256, 10}, Activation.relu(), Activation.softmax(),
                                Initializer.HE, 0).parameterCount())
                .called("parameters")
                .tolerance(0)
                .mistake(() -> 784.0 * 256 + 256 * 10, "your count has the weights only: each of the 256 hidden and "
                        + "10 output neurons has a bias too")
                .mistake(() -> 784.0 * 256 + 256, "your count has the first layer only: the output layer's weights "
                        + "and biases count too")
                .mistake(() -> 784.0 * 256 * 10, "your count multiplies the three sizes: the layers do not multiply,"
                        + " each layer has n_in·n_out weights and n_out biases, and the layers add up")
                .mistake(() -> 784.0 * 256 + 784 + 256 * 10 + 256, "your biases are one per input of each layer: a"
                        + " bias belongs to a neuron, so a layer has n_out of them")
                .hint("a layer with n_in inputs and n_out neurons has a weight for every pair of an input and a neuron,"
                        + " and one bias per neuron; add up both layers");
    }

    /**
     * Recall: C(k, k) / Σⱼ C(k, j), the share of class k's images predicted as k, one entry per class (a row);
     * tried on confusion matrices the notebook does not show.
     */
    private static Exercise<UnaryOperator<Matrix>> accuracyOfEachClass() {
        Matrix[] counts = {
            Matrix.of(new double[][] {{50, 10, 0}, {5, 20, 15}, {0, 30, 70}}),
            Matrix.of(new double[][] {{9, 1, 0, 0}, {2, 6, 2, 0}, {0, 0, 40, 10}, {3, 0, 1, 16}}),
        };
        Exercise<UnaryOperator<Matrix>> exercise = Exercise.<UnaryOperator<Matrix>>function(
                "14.accuracy-of-each-class", "the accuracy of each class", 2, Exercise.kind(UnaryOperator.class),
                Chapter14Exercises::recall);
        for (Matrix c : counts) {
            exercise.probe("accuracies for C = " + Comparison.shown(c), f -> f.apply(c));
        }
        return exercise
                .mistake(() -> Chapter14Exercises::precision, "your shares divide by the column sums: that is the"
                        + " share of the images predicted as k that are k (precision); the accuracy of class k"
                        + " divides by the images that are k, the row sum")
                .mistake(() -> c -> diagonal(c).divide(c.sum()), "your shares divide by all the images: the accuracy"
                        + " of class k divides by the images of class k only, its row sum")
                .mistake(() -> Chapter14Exercises::diagonal, "your answer is the diagonal counts: divide each by the"
                        + " number of images of its class")
                .mistake(() -> c -> diagonal(c).zip("÷", c.sumOfEachRow().transpose().minus(diagonal(c)),
                        (right, wrong) -> right / wrong), "your shares divide the right answers by the wrong ones:"
                        + " divide by all the images of the class, right and wrong")
                .hint("row k of the confusion matrix holds every image of class k, column j counting those predicted"
                        + " as j; which entry of the row counts the right ones? One share per class, in a row");
    }

    /** 2p/255 − 1: pixels 0..255 onto [−1, 1], tried at pixels the notebook does not show. */
    private static Exercise<DoubleUnaryOperator> pixelsToPlusMinusOne() {
        Exercise<DoubleUnaryOperator> exercise = Exercise.function("14.pixels-to-plus-minus-one",
                "pixels scaled to [−1, 1]", 1, DoubleUnaryOperator.class, p -> 2 * p / 255 - 1);
        for (double p : new double[] {0, 17, 128, 200, 255}) {
            exercise.probe("scaled pixel " + (int) p, f -> f.applyAsDouble(p));
        }
        return exercise
                .mistake(() -> p -> p / 255, "your pixels go from 0 to 1, as in the chapter: stretch that to a"
                        + " length of 2 and shift it down by 1")
                .mistake(() -> p -> 2 * p / 255, "your pixels go from 0 to 2: shift them down by 1")
                .mistake(() -> p -> p / 127 - 1, "your white pixel 255 becomes 255/127 − 1, a little above 1: half"
                        + " of 255 is 127.5")
                .mistake(() -> p -> (p - 127.5) / 255, "your pixels go from −0.5 to 0.5: the range from −1 to 1 is"
                        + " 2 long, so divide by 127.5")
                .mistake(() -> p -> 1 - 2 * p / 255, "your scale is upside down: black (0) must become −1 and"
                        + " white (255) 1")
                .hint("find the straight line a·p + b that takes 0 to −1 and 255 to 1");
    }

    private static Matrix recall(Matrix counts) {
        return diagonal(counts).zip("÷", counts.sumOfEachRow().transpose(), (right, all) -> right / all);
    }

    private static Matrix precision(Matrix counts) {
        return diagonal(counts).zip("÷", counts.sumOfEachColumn(), (right, all) -> right / all);
    }

    /** C(k, k) for each k, in a row. */
    private static Matrix diagonal(Matrix counts) {
        Matrix d = Matrix.zeros(1, counts.rows());
        for (int k = 0; k < counts.rows(); k++) {
            d.set(0, k, counts.get(k, k));
        }
        return d;
    }
}
