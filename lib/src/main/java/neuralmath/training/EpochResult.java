package neuralmath.training;

/**
 * What one epoch of training measured. Test values are {@code Double.NaN} when no test set was given.
 *
 * @param epoch         1 for the first epoch
 * @param trainLoss     the mean loss over the epoch's training batches, each computed before its update
 * @param trainAccuracy the share of training examples whose predicted class was right, on those same passes
 * @param testLoss      the loss on the test set after the epoch
 * @param testAccuracy  the accuracy on the test set after the epoch
 * @param seconds       wall-clock seconds the epoch took
 */
public record EpochResult(int epoch, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy,
                          double seconds) {

    /** Whether a test set was measured. */
    public boolean hasTest() {
        return !Double.isNaN(testLoss);
    }
}
