package neuralmath.training;

/** Told what happens during {@link Trainer#fit}: e.g. to draw live progress. Every method has a default. */
public interface TrainingListener {

    /** Before the first epoch. */
    default void trainingStarted(int epochs) {
    }

    /** After each epoch, with what it measured. */
    default void epochEnded(EpochResult result) {
    }

    /** After the last epoch, or after an error stopped training early. */
    default void trainingEnded(History history) {
    }
}
