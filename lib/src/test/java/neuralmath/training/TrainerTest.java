package neuralmath.training;

import static neuralmath.ErrorMessages.assertNames;
import static neuralmath.ErrorMessages.message;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import neuralmath.activations.Activation;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import neuralmath.network.Initializer;
import neuralmath.network.Network;
import neuralmath.optimizers.SGD;
import org.junit.jupiter.api.Test;

class TrainerTest {

    private static final Blobs TRAIN = Blobs.of(200, 1);
    private static final Blobs TEST = Blobs.of(100, 2);

    private static Network network() {
        return Network.of(new int[] {2, 6, 2}, Activation.tanh(), Activation.softmax(), Initializer.XAVIER, 5);
    }

    private static Trainer trainer(Network net) {
        return new Trainer(net, Loss.categoricalCrossEntropy(), new SGD(0.2));
    }

    @Test
    void fullBatchHistoryHasOneEntryPerEpochAndTheLossFalls() {
        History h = trainer(network()).epochs(40).fit(TRAIN.x(), TRAIN.y(), TEST.x(), TEST.y());
        assertEquals(40, h.size());
        for (int e = 0; e < 40; e++) {
            assertEquals(e + 1, h.epochs().get(e).epoch());
        }
        double[] loss = h.trainLoss();
        int rises = 0;
        for (int e = 1; e < loss.length; e++) {
            rises += loss[e] > loss[e - 1] ? 1 : 0;
        }
        assertTrue(rises <= 2, "full-batch gradient descent with a small step: " + Arrays.toString(loss));
        assertTrue(loss[39] < loss[0] / 2, Arrays.toString(loss));
        assertTrue(h.last().testAccuracy() > 0.9, h.toString());
        assertTrue(h.last().hasTest());
        assertFalse(Double.isNaN(h.testLoss()[0]));
    }

    @Test
    void historyMatchesWhatTheNetworkComputes() {
        // Full batch: epoch 1's training loss and accuracy are those of the untrained network on the training set.
        Network reference = network();
        Matrix yHat = reference.predict(TRAIN.x());
        double loss0 = Loss.categoricalCrossEntropy().value(yHat, TRAIN.y());
        int[] predicted = reference.classify(TRAIN.x());
        int[] actual = TRAIN.y().argMaxOfEachRow();
        int right = 0;
        for (int i = 0; i < predicted.length; i++) {
            right += predicted[i] == actual[i] ? 1 : 0;
        }
        Network net = network();
        History h = trainer(net).epochs(3).fit(TRAIN.x(), TRAIN.y(), TEST.x(), TEST.y());
        assertEquals(loss0, h.trainLoss()[0], 1e-12);
        assertEquals(right / 200.0, h.trainAccuracy()[0], 1e-12);
        // the test loss of the last epoch is the trained network's loss on the test set
        assertEquals(Loss.categoricalCrossEntropy().value(net.predict(TEST.x()), TEST.y()), h.last().testLoss(), 1e-12);
    }

    @Test
    void withoutATestSetTestValuesAreNaN() {
        History h = trainer(network()).epochs(2).fit(TRAIN.x(), TRAIN.y());
        assertFalse(h.last().hasTest());
        assertTrue(Double.isNaN(h.last().testAccuracy()));
    }

    private static History miniBatches(long seed) {
        return trainer(network()).epochs(5).batchSize(32).shuffleSeed(seed).fit(TRAIN.x(), TRAIN.y(), TEST.x(),
                TEST.y());
    }

    @Test
    void sameShuffleSeedGivesTheSameHistoryBitForBitAndAnotherSeedAnother() {
        History a = miniBatches(7);
        History b = miniBatches(7);
        History c = miniBatches(8);
        assertArrayEquals(a.trainLoss(), b.trainLoss());
        assertArrayEquals(a.trainAccuracy(), b.trainAccuracy());
        assertArrayEquals(a.testLoss(), b.testLoss());
        assertArrayEquals(a.testAccuracy(), b.testAccuracy());
        assertFalse(Arrays.equals(a.trainLoss(), c.trainLoss()), "another seed, other batches, other losses");
        assertFalse(Arrays.equals(a.testLoss(), c.testLoss()));
    }

    @Test
    void miniBatchesTakeManyStepsPerEpoch() {
        // 200 examples in batches of 32 is 7 steps per epoch: one epoch of mini-batches gets further than one full
        // batch step with the same learning rate.
        History full = trainer(network()).epochs(1).fit(TRAIN.x(), TRAIN.y(), TEST.x(), TEST.y());
        History mini = trainer(network()).epochs(1).batchSize(32).fit(TRAIN.x(), TRAIN.y(), TEST.x(), TEST.y());
        assertTrue(mini.last().testLoss() < full.last().testLoss(), mini + " vs " + full);
    }

    @Test
    void aListenerHearsOfEveryEpoch() {
        List<String> heard = new ArrayList<>();
        List<EpochResult> results = new ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void trainingStarted(int epochs) {
                heard.add("started " + epochs);
            }

            @Override
            public void epochEnded(EpochResult result) {
                heard.add("epoch " + result.epoch());
                results.add(result);
            }

            @Override
            public void trainingEnded(History history) {
                heard.add("ended " + history.size());
            }
        };
        History h = trainer(network()).epochs(4).listener(listener).fit(TRAIN.x(), TRAIN.y());
        assertEquals(List.of("started 4", "epoch 1", "epoch 2", "epoch 3", "epoch 4", "ended 4"), heard);
        assertEquals(h.epochs(), results);
    }

    @Test
    void divergenceNamesTheEpochAndKeepsTheHistoryBeforeIt() {
        // y = 3x with a linear network, MSE and a learning rate far above 2/λ_max: every step overshoots further
        Matrix x = Matrix.randn(20, 1, 3).times(10);
        Matrix y = x.times(3);
        Network net = Network.of(new int[] {1, 1}, Activation.identity(), Activation.identity(), Initializer.XAVIER, 1);
        List<String> ended = new ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void trainingEnded(History history) {
                ended.add("ended after " + history.size());
            }
        };
        Trainer trainer = new Trainer(net, Loss.meanSquaredError(), new SGD(10)).epochs(1000).listener(listener);
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> trainer.fit(x, y));
        assertTrue(e.epoch() > 1, "the first epochs are finite, only growing: " + e.epoch());
        assertTrue(e.getMessage().contains("epoch " + e.epoch()), e.getMessage());
        assertTrue(e.getMessage().contains("smaller learning rate"), e.getMessage());
        assertTrue(e.getMessage().contains("SGD(learningRate=10.0)"), e.getMessage());
        assertEquals(e.epoch() - 1, e.history().size());
        for (double loss : e.history().trainLoss()) {
            assertTrue(Double.isFinite(loss));
        }
        double[] loss = e.history().trainLoss();
        assertTrue(loss[loss.length - 1] > loss[0], "it was growing before it overflowed");
        assertEquals(List.of("ended after " + (e.epoch() - 1)), ended);
    }

    // ---------------------------------------------------------------------------------------------- bad data

    @Test
    void badDataIsRejectedNamingWhatWasWrong() {
        Trainer t = trainer(network()).epochs(1);
        assertNames(message(() -> t.fit(Matrix.ones(10, 2), Matrix.ones(9, 2))), "training", "(10x2)", "(9x2)",
                "rows");
        assertNames(message(() -> t.fit(Matrix.ones(10, 3), Matrix.ones(10, 2))), "training", "(10x3)", "3 features",
                "takes 2");
        assertNames(message(() -> t.fit(Matrix.ones(10, 2), Matrix.ones(10, 3))), "training", "(10x3)", "2 outputs");
        Matrix nan = Matrix.ones(10, 2);
        nan.set(4, 1, Double.NaN);
        assertNames(message(() -> t.fit(nan, Matrix.ones(10, 2))), "training inputs X", "NaN", "row 4", "column 1");
        assertNames(message(() -> t.fit(Matrix.ones(10, 2), nan)), "training targets Y", "NaN", "row 4");
        assertNames(message(() -> t.fit(TRAIN.x(), TRAIN.y(), Matrix.ones(5, 3), Matrix.ones(5, 2))), "test",
                "(5x3)");
        assertNames(message(() -> t.fit(TRAIN.x(), TRAIN.y(), TEST.x(), null)), "X_test", "Y_test");
    }

    @Test
    void badSettingsAreRejectedNamingTheValue() {
        assertNames(message(() -> trainer(network()).batchSize(0)), "batchSize", "0");
        assertNames(message(() -> trainer(network()).batchSize(-3)), "batchSize", "-3");
        assertNames(message(() -> trainer(network()).epochs(0)), "epochs", "0");
        Trainer tooBig = trainer(network()).batchSize(201);
        assertNames(message(() -> tooBig.fit(TRAIN.x(), TRAIN.y())), "batchSize 201", "200 training examples");
    }
}
