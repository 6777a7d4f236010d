package neuralmath.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import neuralmath.activations.Activation;
import neuralmath.io.ModelFile;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inverted dropout: the mask, its scale, the same mask backward, off at evaluation, the same masks from one seed. */
class DropoutTest {

    private static Network network(double rate) {
        return Network.of(new int[] {4, 8, 8, 3}, Activation.tanh(), Activation.softmax(), Initializer.XAVIER, 3)
                .dropout(rate, 7);
    }

    private static Matrix targets(int m) {
        Matrix y = Matrix.zeros(m, 3);
        for (int i = 0; i < m; i++) {
            y.set(i, i % 3, 1);
        }
        return y;
    }

    @Test
    void aMaskHoldsZerosAndOneOverTheShareKept() {
        Matrix mask = new Dropout(0.25, 1).drawMask(Matrix.zeros(200, 100));
        long dropped = 0;
        for (double v : mask.toFlatArray()) {
            assertTrue(v == 0 || v == 1 / 0.75, "entry " + v);
            dropped += v == 0 ? 1 : 0;
        }
        assertEquals(0.25, dropped / 20000.0, 0.01, "share dropped");
        assertEquals(1.0, mask.mean(), 0.02, "inverted scaling keeps the mean at 1");
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 1.5, -0.1, Double.NaN})
    void aRateOutsideZeroToOneIsRefusedNamingIt(double rate) {
        String message = assertThrows(IllegalArgumentException.class, () -> new Dropout(rate, 0)).getMessage();
        assertTrue(message.startsWith("dropout: the rate p must be in [0, 1), got " + rate), message);
    }

    @Test
    void onlyHiddenLayersDropOut() {
        Network net = network(0.5);
        assertEquals(0.5, net.layers().get(0).dropout().rate());
        assertEquals(0.5, net.layers().get(1).dropout().rate());
        assertEquals(null, net.layers().get(2).dropout());
        assertThrows(IllegalArgumentException.class, () -> Network.of(new int[] {4, 3}, Activation.tanh(),
                Activation.softmax(), Initializer.XAVIER, 0).dropout(0.5, 0));
    }

    @Test
    void theForwardPassMultipliesByTheMaskAndPredictionDoesNot() {
        Network net = network(0.5);
        Matrix x = Matrix.randn(5, 4, 11);
        Matrix evaluation = net.predict(x);
        Network plain = Network.of(new int[] {4, 8, 8, 3}, Activation.tanh(), Activation.softmax(), Initializer.XAVIER, 3);
        assertArrayEquals(plain.predict(x).toFlatArray(), evaluation.toFlatArray(), 0, "off at evaluation");
        Matrix trained = net.forwardTraining(x).copy();
        assertNotEquals(evaluation.minus(trained).map(Math::abs).max(), 0.0, "a training pass drops neurons");
        Dense first = net.layers().get(0);
        Matrix a = first.a();
        Matrix handedOn = net.layers().get(1).forward(first.forward(x)).copy(); // evaluation: A, not A ⊙ M
        assertArrayEquals(a.toFlatArray(), first.a().toFlatArray(), 0, "A itself is kept unmasked");
        assertArrayEquals(plain.layers().get(1).forward(plain.layers().get(0).forward(x)).toFlatArray(),
                handedOn.toFlatArray(), 0);
    }

    @Test
    void theBackwardPassUsesTheSameMaskAtFixedMasks() {
        Network net = network(0.5);
        Matrix x = Matrix.randn(6, 4, 12);
        GradientCheck.Result r = GradientCheck.atFixedMasks(net, Loss.categoricalCrossEntropy(), x, targets(6));
        assertTrue(r.relativeError() < 1e-6, r.toString());
    }

    @Test
    void withoutTheMaskBackwardTheCheckFails() {
        Network net = network(0.5);
        Matrix x = Matrix.randn(6, 4, 12);
        Loss loss = Loss.categoricalCrossEntropy();
        net.backward(net.forwardTraining(x), targets(6), loss);
        Matrix w1 = net.layers().get(0).weights().gradient().copy();
        Network plain = Network.of(new int[] {4, 8, 8, 3}, Activation.tanh(), Activation.softmax(), Initializer.XAVIER, 3);
        plain.backward(plain.forward(x), targets(6), loss);
        assertNotEquals(0.0, w1.minus(plain.layers().get(0).weights().gradient()).map(Math::abs).max(),
                "the masks change the gradient");
    }

    @Test
    void theSameSeedGivesTheSameMasks() {
        Matrix x = Matrix.randn(6, 4, 13);
        Network a = network(0.3);
        Network b = network(0.3);
        for (int pass = 0; pass < 3; pass++) {
            assertArrayEquals(a.forwardTraining(x).toFlatArray(), b.forwardTraining(x).toFlatArray(), 0);
        }
    }

    @Test
    void aRateOfZeroChangesNothing() {
        Matrix x = Matrix.randn(6, 4, 14);
        assertArrayEquals(network(0).predict(x).toFlatArray(), network(0).forwardTraining(x).toFlatArray(), 0);
    }

    @Test
    void aModelFileKeepsTheWeightsAndTheLoadedNetworkPredictsTheSame(@TempDir Path folder) throws IOException {
        Network net = network(0.5);
        Matrix x = Matrix.randn(5, 4, 15);
        net.forwardTraining(x);
        Path file = folder.resolve("dropout.json");
        ModelFile.save(file, net, null, null);
        Network loaded = ModelFile.load(file).network();
        assertArrayEquals(net.predict(x).toFlatArray(), loaded.predict(x).toFlatArray(), 0);
        assertEquals(null, loaded.layers().get(0).dropout(), "dropout is a way of training, not part of the model");
    }
}
