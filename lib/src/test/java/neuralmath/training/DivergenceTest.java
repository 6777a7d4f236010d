package neuralmath.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import neuralmath.activations.Activation;
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

    /** The 1797 digits, pixels scaled from 0..16 to 0..1, labels one-hot. TODO: use neuralmath.data.Digits once merged. */
    private static final Matrix[] DIGITS = readDigits(Path.of("/work/shared/data/digits.csv.gz"));
    private static final Matrix X = DIGITS[0];
    private static final Matrix Y = DIGITS[1];

    private static Network digitsNetwork(Initializer init) {
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

        assertTrue(e.getMessage().matches("Training diverged in epoch " + e.epoch()
                + ": the training loss became (Infinity|NaN) with SGD\\(learningRate=100.0\\)\\. "
                + "Try a smaller learning rate\\."), e.getMessage());
        assertEquals(e.epoch() - 1, e.history().size());
    }

    @Test
    void theSaturationLimitMustBeAShare() {
        Trainer trainer = new Trainer(digitsNetwork(Initializer.XAVIER), Loss.categoricalCrossEntropy(), new SGD(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> trainer.saturationLimit(0));
        assertEquals("Trainer: saturationLimit must be in (0, 1], got 0.0", e.getMessage());
    }

    static Matrix[] readDigits(Path file) {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.US_ASCII))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",");
                double[] row = new double[cells.length];
                for (int j = 0; j < cells.length; j++) {
                    row[j] = Double.parseDouble(cells[j]);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matrix x = Matrix.zeros(rows.size(), 64);
        Matrix y = Matrix.zeros(rows.size(), 10);
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < 64; j++) {
                x.set(i, j, rows.get(i)[j] / 16);
            }
            y.set(i, (int) rows.get(i)[64], 1.0);
        }
        return new Matrix[] {x, y};
    }
}
