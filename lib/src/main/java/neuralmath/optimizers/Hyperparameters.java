package neuralmath.optimizers;

/** Checks of hyperparameters, each naming the optimizer, the parameter and the value it was given. */
final class Hyperparameters {

    private Hyperparameters() {
    }

    /** η, ε and the like must be finite and greater than 0. */
    static double positive(String optimizer, String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(optimizer + ": " + name + " must be a finite number > 0, got " + value);
        }
        return value;
    }

    /** β, ρ and momentum μ must lie in [0, 1). */
    static double fraction(String optimizer, String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(optimizer + ": " + name + " must be in [0, 1), got " + value);
        }
        return value;
    }
}
