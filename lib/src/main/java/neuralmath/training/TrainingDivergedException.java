package neuralmath.training;

/**
 * Training stopped because the loss became NaN or infinite, or because the outputs saturated (see
 * {@link Trainer#saturationLimit}). The history of every epoch before it is kept, so
 * nothing measured is lost.
 */
public final class TrainingDivergedException extends ArithmeticException {

    private final transient History history;
    private final int epoch;

    TrainingDivergedException(String message, int epoch, History history) {
        super(message);
        this.epoch = epoch;
        this.history = history;
    }

    /** The epoch in which the loss stopped being a finite number (1 for the first). */
    public int epoch() {
        return epoch;
    }

    /** The completed epochs before it. */
    public History history() {
        return history;
    }
}
