package neuralmath.losses;

/** Keeps probabilities away from exactly 0 and 1 before a log, as scikit-learn's log_loss does. */
final class Probabilities {

    /** ŷ is clipped to [EPSILON, 1 − EPSILON]: {@link Loss#PROBABILITY_FLOOR}. */
    static final double EPSILON = Loss.PROBABILITY_FLOOR;

    private Probabilities() {
    }

    static double clip(double p) {
        return Math.min(Math.max(p, EPSILON), 1.0 - EPSILON);
    }
}
