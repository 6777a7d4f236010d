package neuralmath.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import neuralmath.activations.Activation;
import neuralmath.data.Dataset;
import neuralmath.data.Digits;
import neuralmath.data.OneHot;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import neuralmath.network.Initializer;
import neuralmath.network.Network;
import neuralmath.optimizers.SGD;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Training that diverges must stop with a message naming the epoch. On the digits, a learning rate of 100 does not
 * make the loss NaN (softmax subtracts the row maximum and the loss clips ŷ): the outputs saturate instead, and
 * the trainer reports that.
 */
class DivergenceTest {

    private static final Dataset DIGITS = Digits.load();
    /** The pixels scaled from 0..16 to 0..1. */
    private static final Matrix X = DIGITS.inputs().divide(16);
    private static final Matrix Y = OneHot.encode(DIGITS.labels(), Digits.CLASSES);

    /** The course's digits network: 64 inputs, 64 sigmoid neurons, 10 softmax outputs, weights drawn with seed 42. */
    static Network digitsNetwork(Initializer init) {
        return Network.of(new int[] {64, 64, 10}, Activation.sigmoid(), Activation.softmax(), init, 42);
    }

    @ParameterizedTest
    @EnumSource(value = Initializer.class, names = {"STANDARD_NORMAL", "XAVIER"})
    void learningRate100OnDigitsStopsWithAMessageNamingTheEpoch(Initializer init) {
        Trainer trainer = new Trainer(digitsNetwork(init), Loss.categoricalCrossEntropy(), new SGD(100)).epochs(50);

        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> trainer.fit(X, Y));

        assertTrue(e.epoch() <= 5, "should stop within a few epochs, stopped in epoch " + e.epoch());
        assertEquals(e.epoch() - 1, e.history().size(), "the history keeps every epoch before it");
        assertTrue(e.getMessage().startsWith("Training diverged in epoch " + e.epoch()
                + ": the network is certain and wrong on "), e.getMessage());
        assertTrue(e.getMessage().contains("it gives the right class a probability below 1e-15"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Try a smaller learning rate than SGD(learningRate=100.0)."),
                e.getMessage());
        for (EpochResult r : e.history().epochs()) {
            assertTrue(Double.isFinite(r.trainLoss()) && Double.isFinite(r.trainAccuracy()), r.toString());
        }
    }

    @Test
    void aGoodLearningRateOnDigitsTrainsWithoutFalseAlarm() {
        History h = new Trainer(digitsNetwork(Initializer.STANDARD_NORMAL), Loss.categoricalCrossEntropy(),
                new SGD(0.5)).epochs(100).fit(X, Y);
        assertEquals(100, h.size());
        assertTrue(h.last().trainAccuracy() > 0.9, h.last().toString());
    }

    @Test
    void aLossThatOverflowsStopsNamingTheEpoch() {
        Network net = Network.of(new int[] {64, 10}, Activation.identity(), Activation.identity(),
                Initializer.XAVIER, 42);
        Trainer trainer = new Trainer(net, Loss.meanSquaredError(), new SGD(100)).epochs(200);

        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> trainer.fit(X, Y));

        assertTrue(e.getMessage().startsWith("Training diverged in epoch " + e.epoch() + ": the training loss became "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(" with SGD(learningRate=100.0). Try a smaller learning rate."),
                e.getMessage());
        assertEquals(e.epoch() - 1, e.history().size());
    }

    @Test
    void theSaturationLimitMustBeAShare() {
        Trainer trainer = new Trainer(digitsNetwork(Initializer.XAVIER), Loss.categoricalCrossEntropy(), new SGD(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> trainer.saturationLimit(0));
        assertEquals("Trainer: saturationLimit must be in (0, 1], got 0.0", e.getMessage());
    }
}
