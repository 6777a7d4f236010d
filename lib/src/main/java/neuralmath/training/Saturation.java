package neuralmath.training;

import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import neuralmath.metrics.Accuracy;

/**
 * Finds a network that is certain and wrong: it gives the right class a probability below 10⁻¹⁵. The
 * cross-entropy losses clip ŷ at 10⁻¹⁵ to keep log ŷ finite, so such an example's loss, really −log 0 = ∞, shows
 * up as a finite 34.5. Too large a learning rate drives most examples there: the outputs saturate, the gradients
 * vanish and training never recovers, yet the loss never becomes NaN.
 */
final class Saturation {

    /** Below this probability for the right class, the losses clip ŷ: {@link Loss#PROBABILITY_FLOOR}. */
    static final double CERTAIN = Loss.PROBABILITY_FLOOR;

    private Saturation() {
    }

    /** Whether {@code loss} reads the outputs as probabilities, so that certain-and-wrong means something. */
    static boolean applies(Loss loss) {
        return loss.clipsProbabilities();
    }

    /**
     * How many rows of ŷ give the right class a probability below {@link #CERTAIN}. The right class is the
     * arg-max of y's row; for a single sigmoid output, ŷ is the probability of class 1 and 1 − ŷ that of class 0.
     */
    static int certainAndWrong(Matrix yHat, Matrix y) {
        int count = 0;
        if (y.cols() == 1) {
            for (int i = 0; i < y.rows(); i++) {
                double p = y.get(i, 0) >= 0.5 ? yHat.get(i, 0) : 1 - yHat.get(i, 0);
                count += p < CERTAIN ? 1 : 0;
            }
            return count;
        }
        for (int i = 0; i < y.rows(); i++) {
            count += yHat.get(i, Accuracy.classOf(y, i)) < CERTAIN ? 1 : 0;
        }
        return count;
    }
}
