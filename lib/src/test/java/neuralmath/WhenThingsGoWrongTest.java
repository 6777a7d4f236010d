package neuralmath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import neuralmath.activations.Activation;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import neuralmath.network.Initializer;
import neuralmath.network.Network;
import neuralmath.optimizers.Adam;
import neuralmath.optimizers.SGD;
import neuralmath.training.EpochResult;
import neuralmath.training.History;
import neuralmath.training.Trainer;
import neuralmath.training.TrainingListener;
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

    @Test
    void aMatrixTooLargeForOneArray() {
        assertMessage("zeros: a (65536x65536) matrix is too large: 4294967296 elements (32.0 GiB of doubles), but one matrix holds at most 2147483639", () -> Matrix.zeros(65536, 65536));
        assertMessage("zeros: a (50000x50000) matrix is too large: 2500000000 elements (18.6 GiB of doubles), but one matrix holds at most 2147483639", () -> Matrix.zeros(50000, 50000));
        assertMessage("wrap: a (65536x65536) matrix is too large: 4294967296 elements (32.0 GiB of doubles), but one matrix holds at most 2147483639", () -> Matrix.wrap(65536, 65536, new double[0]));
    }

    @Test
    void aNetworkTooLargeToHold() {
        assertMessage("W1: a (65536x65536) matrix is too large: 4294967296 elements (32.0 GiB of doubles), but one matrix holds at most 2147483639", () -> Network.of(new int[] {65536, 65536}, Activation.relu(),
                        Activation.softmax(), Initializer.HE, 1));
        assertMessage("Network [46000, 46000, 46000]: too large: 4232092000 parameters, more than the 2147483647 a network can hold", () -> Network.of(new int[] {46000, 46000, 46000}, Activation.relu(),
                        Activation.softmax(), Initializer.HE, 1));
    }

    @Test
    void notANumberInTheInputsOfPredictOrClassify() {
        Matrix x = Matrix.rowVector(1, 0, Double.NaN, 0);
        String expected = "predict: inputs X (1x4) hold NaN at row 0, column 2: clean or drop that example first";
        assertMessage(expected, () -> network().predict(x));
        assertMessage(expected, () -> network().classify(x));
    }

    @Test
    void aNetworkWhoseOutputIsNaNHasNoClass() {
        Network net = network();
        net.layers().get(1).weights().value().set(0, 0, Double.NaN);
        assertMessage("classify: the network's outputs ŷ (1x2) hold NaN at row 0, column 0: its weights hold NaN or overflow on this input, so it has no class", () -> net.classify(Matrix.rowVector(1, 1, 1, 1)));
    }

    @Test
    void aSoftmaxOfInfiniteOrNaNLogits() {
        double inf = Double.POSITIVE_INFINITY;
        assertMessage("softmax: logits z (1x2) hold Infinity at row 0, column 0: softmax needs finite numbers",
                () -> Activation.softmax().apply(Matrix.rowVector(inf, 1)));
        assertMessage("softmax: logits z (1x2) hold -Infinity at row 0, column 0: softmax needs finite numbers",
                () -> Activation.softmax().apply(Matrix.rowVector(-inf, -inf)));
        assertMessage("softmax: logits z (2x2) hold NaN at row 1, column 1: softmax needs finite numbers",
                () -> Activation.softmax().apply(Matrix.of(new double[][] {{0, 1}, {2, Double.NaN}})));
    }

    @Test
    void crossEntropyTargetsThatAreNotProbabilities() {
        Trainer trainer = new Trainer(network(), Loss.categoricalCrossEntropy(), new SGD(0.1)).epochs(1);
        assertMessage("categorical cross-entropy: training targets Y (1x2) hold 5.0 at row 0, column 0: targets must be probabilities between 0 and 1, e.g. one-hot rows",
                () -> trainer.fit(Matrix.zeros(1, 4), Matrix.rowVector(5, -3)));
        assertMessage("categorical cross-entropy: training targets Y (2x2) row 1 sums to 0.7: each row must be probabilities that sum to 1, e.g. one-hot",
                () -> trainer.fit(Matrix.zeros(2, 4), Matrix.of(new double[][] {{0, 1}, {0.5, 0.2}})));
        assertMessage("categorical cross-entropy: test targets Y (1x2) hold 2.0 at row 0, column 0: targets must be probabilities between 0 and 1, e.g. one-hot rows", () -> trainer.fit(Matrix.zeros(1, 4),
                        Matrix.rowVector(1, 0), Matrix.zeros(1, 4), Matrix.rowVector(2, -1)));
        Network single = Network.of(new int[] {4, 1}, Activation.sigmoid(), Activation.sigmoid(), Initializer.XAVIER, 1);
        assertMessage("binary cross-entropy: training targets Y (2x1) hold 2.0 at row 1, column 0: targets must be probabilities between 0 and 1, e.g. one-hot rows",
                () -> new Trainer(single, Loss.binaryCrossEntropy(), new SGD(0.1)).fit(Matrix.zeros(2, 4),
                        Matrix.columnVector(1, 2)));
    }

    /**
     * Thread "first" trains a network and waits, inside its first epoch's end, until thread "second" has tried to
     * train the same network: the order is fixed by latches, not by timing.
     */
    @Test
    void aDropoutRateOfOne() {
        assertMessage("dropout: the rate p must be in [0, 1), got 1.0: at p = 1 every neuron is dropped and 1/(1 − p) divides by zero",
                () -> network().dropout(1.0, 0));
    }

    @Test
    void aNegativeWeightDecay() {
        assertMessage("weight decay: λ must be a finite number ≥ 0, got -0.01", () -> trainer().weightDecay(-0.01));
    }

    @Test
    void earlyStoppingWithNoPatience() {
        assertMessage("Trainer: early stopping's patience must be at least 1 epoch, got 0",
                () -> trainer().earlyStopping(0));
    }

    @Test
    void earlyStoppingWithoutAValidationSet() {
        Matrix x = Matrix.zeros(3, 4);
        Matrix y = Matrix.of(new double[][] {{1, 0}, {0, 1}, {1, 0}});
        assertMessage("Trainer: early stopping needs a validation set to watch: fit(X, Y, X_validation, Y_validation)",
                () -> trainer().earlyStopping(5).fit(x, y));
    }

    @Test
    void twoThreadsTrainingOneNetwork() throws Exception {
        Network shared = network();
        Matrix x = Matrix.randn(8, 4, 1);
        Matrix y = Matrix.zeros(8, 2).mapInPlace(v -> 0.5);
        CountDownLatch firstIsTraining = new CountDownLatch(1);
        CountDownLatch secondHasTried = new CountDownLatch(1);
        TrainingListener waitForTheSecond = new TrainingListener() {
            @Override
            public void epochEnded(EpochResult result) {
                firstIsTraining.countDown();
                try {
                    secondHasTried.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        AtomicReference<String> message = new AtomicReference<>();
        Thread first = new Thread(() -> new Trainer(shared, Loss.categoricalCrossEntropy(), new SGD(0.1)).epochs(2)
                .listener(waitForTheSecond).fit(x, y), "first");
        Thread second = new Thread(() -> {
            try {
                firstIsTraining.await();
                new Trainer(shared, Loss.categoricalCrossEntropy(), new SGD(0.1)).epochs(2).fit(x, y);
            } catch (IllegalStateException e) {
                message.set(e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                secondHasTried.countDown();
            }
        }, "second");
        first.start();
        second.start();
        first.join();
        second.join();
        assertEquals("Network: thread 'second' cannot train this network while thread 'first' trains it: a network is not thread-safe, give each thread a network of its own", message.get());
        History after = new Trainer(shared, Loss.categoricalCrossEntropy(), new SGD(0.1)).epochs(1).fit(x, y);
        assertEquals(1, after.size(), "once the first thread is done, another may train the network");
    }
}
