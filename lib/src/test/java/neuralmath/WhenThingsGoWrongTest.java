package neuralmath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import neuralmath.activations.Activation;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import neuralmath.network.Initializer;
import neuralmath.network.Network;
import neuralmath.optimizers.Adam;
import neuralmath.optimizers.SGD;
import neuralmath.training.Trainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The bad inputs of the README's table "When things go wrong" that the library itself catches, each with the
 * exact message a learner sees. {@link ReadmeTableTest} checks that the README quotes these messages.
 */
class WhenThingsGoWrongTest {

    /** 4 inputs, 5 hidden neurons, 2 outputs. */
    private static Network network() {
        return Network.of(new int[] {4, 5, 2}, Activation.sigmoid(), Activation.softmax(), Initializer.XAVIER, 1);
    }

    private static Trainer trainer() {
        return new Trainer(network(), Loss.categoricalCrossEntropy(), new SGD(0.1)).epochs(1);
    }

    private static void assertMessage(String expected, Executable badInput) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, badInput).getMessage());
    }

    @Test
    void aProductOfMisfittingShapes() {
        assertMessage("multiply: (2x3) x (2x3): inner dimensions differ (3 vs 2)",
                () -> Matrix.zeros(2, 3).multiply(Matrix.zeros(2, 3)));
    }

    @Test
    void anElementWiseOperationOnDifferentShapes() {
        assertMessage("plus: (2x3) and (3x2): shapes differ", () -> Matrix.zeros(2, 3).plus(Matrix.zeros(3, 2)));
    }

    @Test
    void examplesWithTheWrongNumberOfFeatures() {
        assertMessage("W1: input (1x3) has 3 features but the layer's weights (4x5) expect 4",
                () -> network().predict(Matrix.zeros(1, 3)));
    }

    @Test
    void aLossOfPredictionsAndTargetsOfDifferentShapes() {
        assertMessage("categorical cross-entropy: predictions (4x10) and targets (4x9): shapes differ",
                () -> Loss.categoricalCrossEntropy().value(Matrix.zeros(4, 10), Matrix.zeros(4, 9)));
    }

    @Test
    void anEmptyMatrix() {
        assertMessage("zeros: a matrix needs at least one row and one column, got (0x3)", () -> Matrix.zeros(0, 3));
    }

    @Test
    void anEmptyArrayOfRows() {
        assertMessage("of: a matrix needs at least one row and one column, got 0 rows",
                () -> Matrix.of(new double[0][]));
    }

    @Test
    void notANumberInTheTrainingInputs() {
        Matrix x = Matrix.zeros(3, 4);
        x.set(1, 2, Double.NaN);
        assertMessage("training inputs X (3x4) hold NaN at row 1, column 2: clean or drop that example first",
                () -> trainer().fit(x, Matrix.zeros(3, 2)));
    }

    @Test
    void anInfiniteTrainingTarget() {
        Matrix y = Matrix.zeros(3, 2);
        y.set(0, 1, Double.POSITIVE_INFINITY);
        assertMessage("training targets Y (3x2) hold Infinity at row 0, column 1: clean or drop that example first",
                () -> trainer().fit(Matrix.zeros(3, 4), y));
    }

    @Test
    void aTestSetWithADifferentNumberOfFeatures() {
        assertMessage("test data: inputs X (2x5) have 5 features but the network takes 4",
                () -> trainer().fit(Matrix.zeros(3, 4), Matrix.zeros(3, 2), Matrix.zeros(2, 5), Matrix.zeros(2, 2)));
    }

    @Test
    void inputsAndTargetsOfDifferentLengths() {
        assertMessage("training data: inputs X (3x4) and targets Y (2x2) have different numbers of examples (rows)",
                () -> trainer().fit(Matrix.zeros(3, 4), Matrix.zeros(2, 2)));
    }

    @Test
    void aLearningRateOfZero() {
        assertMessage("SGD: learningRate must be a finite number > 0, got 0.0", () -> new SGD(0));
    }

    @Test
    void aNegativeLearningRate() {
        assertMessage("Adam: learningRate must be a finite number > 0, got -0.001", () -> new Adam(-0.001));
    }

    @Test
    void aBatchSizeOfZero() {
        assertMessage("Trainer: batchSize must be at least 1, got 0", () -> trainer().batchSize(0));
    }

    @Test
    void aBatchLargerThanTheData() {
        assertMessage("Trainer: batchSize 64 is larger than the 3 training examples",
                () -> trainer().batchSize(64).fit(Matrix.zeros(3, 4), Matrix.zeros(3, 2)));
    }
}
