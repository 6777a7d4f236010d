package neuralmath.course.exercise;

import java.util.List;
import java.util.function.BinaryOperator;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;

/** Chapter 6, losses: the log loss and the cross-entropy by hand, the gradient of the mean squared error. */
final class Chapter06Exercises {

    private static final Matrix TARGETS = Matrix.columnVector(1, 0, 1);
    private static final Matrix PREDICTIONS = Matrix.columnVector(0.9, 0.2, 0.6);
    private static final double[] PROBABILITIES = {0.1, 0.6, 0.3};
    private static final int RIGHT_CLASS = 1;

    private Chapter06Exercises() {
    }

    static List<Exercise<?>> all() {
        return List.of(logLossByHand(), meanSquaredErrorGradient(), crossEntropyOfOneExample());
    }

    /** L = −(1/m) Σᵢ [yᵢ log ŷᵢ + (1 − yᵢ) log(1 − ŷᵢ)] for y = (1, 0, 1), ŷ = (0.9, 0.2, 0.6). */
    private static Exercise<Double> logLossByHand() {
        double[] rightProbability = {0.9, 1 - 0.2, 0.6};
        double[] yHatEverywhere = {0.9, 0.2, 0.6};
        return Exercise.number("06.log-loss-by-hand", "log loss of three predictions", 2,
                        () -> Loss.binaryCrossEntropy().value(PREDICTIONS, TARGETS))
                .called("L")
                .tolerance(1e-9)
                .mistake(() -> -meanLog(yHatEverywhere), "your L takes log ŷ for the example with y = 0: there the"
                        + " probability given to the right answer is 1 − ŷ")
                .mistake(() -> -3 * meanLog(rightProbability), "your L is the sum over the three examples: the log"
                        + " loss is their mean, so divide by m = 3")
                .mistake(() -> -meanLog(rightProbability) / Math.log(10), "your L uses log₁₀: the log loss uses the"
                        + " natural logarithm, Math.log")
                .mistake(() -> -meanLog(rightProbability) / Math.log(2), "your L uses log₂: the log loss uses the"
                        + " natural logarithm, Math.log")
                .mistake(() -> meanLog(rightProbability), "your L is negative: the log of a probability is negative,"
                        + " and the minus sign in front of the mean makes the loss positive")
                .hint("for each example take the probability the prediction gives to its true answer (ŷ when y = 1,"
                        + " 1 − ŷ when y = 0), take −log of each, and average over the three examples");
    }

    /** ∂L/∂Ŷ = 2(Ŷ − Y)/(m·n) for the mean squared error over all m·n entries, tried on batches of several shapes. */
    private static Exercise<BinaryOperator<Matrix>> meanSquaredErrorGradient() {
        Matrix[][] batches = {
                {Matrix.randn(5, 1, 61), Matrix.randn(5, 1, 62)},
                {Matrix.randn(3, 2, 63), Matrix.randn(3, 2, 64)},
                {Matrix.randn(2, 4, 65), Matrix.randn(2, 4, 66)}};
        Exercise<BinaryOperator<Matrix>> exercise = Exercise.<BinaryOperator<Matrix>>function(
                "06.mse-gradient", "∂L/∂ŷ of the mean squared error", 3, Exercise.kind(BinaryOperator.class),
                (yHat, y) -> Loss.meanSquaredError().gradient(yHat, y));
        for (Matrix[] batch : batches) {
            exercise.probe("∂L/∂ŷ for a " + batch[0].shape() + " batch", f -> f.apply(batch[0], batch[1]));
        }
        return exercise
                .mistake(() -> (yHat, y) -> yHat.minus(y).times(2), "your gradient leaves out the 1/(m·n) of the"
                        + " mean: L averages over all m·n entries, and so does its gradient")
                .mistake(() -> (yHat, y) -> yHat.minus(y).times(2.0 / yHat.rows()), "your gradient divides by m"
                        + " only: the mean runs over all m·n entries of the batch, so divide by m·n")
                .mistake(() -> (yHat, y) -> yHat.minus(y).divide(yHat.size()), "your gradient is half the right one:"
                        + " that is the ½(ŷ − y)² convention; the course's MSE has no ½, so the 2 of the derivative stays")
                .mistake(() -> (yHat, y) -> y.minus(yHat).times(2.0 / yHat.size()), "your gradient points the wrong"
                        + " way: it is prediction minus target, ŷ − y")
                .hint("differentiate (ŷ − y)² by ŷ for one entry, then remember that L is the mean over every entry"
                        + " of the m × n batch: each entry's share carries that mean's factor");
    }

    /** L = −Σₖ yₖ log ŷₖ = −log 0.6 for the probabilities (0.1, 0.6, 0.3) and the second class. */
    private static Exercise<Double> crossEntropyOfOneExample() {
        Matrix oneHot = Matrix.zeros(1, PROBABILITIES.length);
        oneHot.set(0, RIGHT_CLASS, 1);
        double right = PROBABILITIES[RIGHT_CLASS];
        return Exercise.number("06.cross-entropy-of-one-example", "cross-entropy of one prediction", 2,
                        () -> Loss.categoricalCrossEntropy().value(Matrix.rowVector(PROBABILITIES), oneHot))
                .called("L")
                .tolerance(1e-9)
                .mistake(() -> -Math.log(PROBABILITIES[0]), "your L is −log of the first class's probability 0.1:"
                        + " the right class is the second one")
                .mistake(() -> -Math.log(PROBABILITIES[2]), "your L is −log of the third class's probability 0.3:"
                        + " the right class is the second one")
                .mistake(() -> -3 * meanLog(PROBABILITIES), "your L adds −log of every class's probability: the"
                        + " one-hot y is 0 for the wrong classes, so only the right class counts")
                .mistake(() -> -Math.log(right) / PROBABILITIES.length, "your L is divided by K = 3, the tutorial's"
                        + " mean over every entry of the row: the mean is over examples, and there is one")
                .mistake(() -> -(Math.log(1 - PROBABILITIES[0]) + Math.log(right) + Math.log(1 - PROBABILITIES[2])),
                        "your L treats each class as a yes/no question (the binary log loss of each entry, added):"
                                + " the categorical cross-entropy takes only −log of the right class's probability")
                .mistake(() -> -Math.log10(right), "your L uses log₁₀: the cross-entropy uses the natural logarithm,"
                        + " Math.log")
                .mistake(() -> -Math.log(right) / Math.log(2), "your L uses log₂: the cross-entropy uses the natural"
                        + " logarithm, Math.log")
                .hint("the one-hot target switches off every term but one: the loss is −log of the probability the"
                        + " prediction gives to the right class");
    }

    private static double meanLog(double[] probabilities) {
        double sum = 0;
        for (double p : probabilities) {
            sum += Math.log(p);
        }
        return sum / probabilities.length;
    }
}
