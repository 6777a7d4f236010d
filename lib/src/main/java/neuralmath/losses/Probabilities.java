package neuralmath.losses;

/** Keeps probabilities away from exactly 0 and 1 before a log, as scikit-learn's log_loss does. */
final class Probabilities {

    /** ŷ is clipped to [EPSILON, 1 − EPSILON]: log(1e-15) ≈ −34.5 is large but finite. */
    static final double EPSILON = 1e-15;

    private Probabilities() {
    }

    static double clip(double p) {
        return Math.min(Math.max(p, EPSILON), 1.0 - EPSILON);
    }
}
