package neuralmath.network;

import static neuralmath.ErrorMessages.message;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import neuralmath.activations.Activation;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import neuralmath.optimizers.SGD;
import org.junit.jupiter.api.Test;

class NetworkTest {

    @Test
    void forwardIsXTimesWPlusBThenTheActivation() {
        Matrix w = Matrix.of(new double[][] {{1, -1}, {2, 0.5}});
        Matrix b = Matrix.rowVector(0.5, -2);
        Dense layer = new Dense(w, b, Activation.relu(), 1);
        Matrix x = Matrix.of(new double[][] {{1, 1}, {-1, 2}});
        // z = [1+2+0.5, −1+0.5−2; −1+4+0.5, 1+1−2] = [3.5, −2.5; 3.5, 0]
        Matrix a = layer.forward(x);
        assertEquals(Matrix.of(new double[][] {{3.5, -2.5}, {3.5, 0}}), layer.z());
        assertEquals(Matrix.of(new double[][] {{3.5, 0}, {3.5, 0}}), a);
        assertEquals(a, layer.a());
    }

    @Test
    void backwardGivesXTransposeDeltaTheColumnSumsAndDeltaWTranspose() {
        Matrix w = Matrix.of(new double[][] {{1, -1}, {2, 0.5}, {0, 3}});
        Dense layer = new Dense(w, Matrix.rowVector(0, 0), Activation.identity(), 1);
        Matrix x = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        layer.forward(x);
        Matrix delta = Matrix.of(new double[][] {{1, 0}, {0, 2}});
        Matrix back = layer.backward(delta);
        // Xᵀδ = [1 8; 2 10; 3 12], Σ rows of δ = [1 2], δWᵀ = [1 2 0; −2 1 6]
        assertEquals(Matrix.of(new double[][] {{1, 8}, {2, 10}, {3, 12}}), layer.weights().gradient());
        assertEquals(Matrix.rowVector(1, 2), layer.bias().gradient());
        assertEquals(Matrix.of(new double[][] {{1, 2, 0}, {-2, 1, 6}}), back);
    }

    @Test
    void ofBuildsTheLayersFromTheSizes() {
        Network net = Network.of(new int[] {64, 32, 16, 10}, Activation.tanh(), Activation.softmax(),
                Initializer.XAVIER, 1);
        assertArrayEquals(new int[] {64, 32, 16, 10}, net.sizes());
        assertEquals(3, net.layers().size());
        assertEquals(64 * 32 + 32 + 32 * 16 + 16 + 16 * 10 + 10, net.parameterCount());
        assertEquals(List.of("W1", "b1", "W2", "b2", "W3", "b3"),
                net.parameters().stream().map(Parameter::name).toList());
        assertEquals("tanh", net.layers().get(1).activation().name());
        assertEquals("softmax", net.layers().get(2).activation().name());
        assertEquals(Matrix.zeros(1, 32), net.layers().get(0).bias().value(), "biases start at zero");
        assertEquals("(5x10)", net.predict(Matrix.randn(5, 64, 2)).shape());
        assertTrue(net.toString().contains("[64, 32, 16, 10]"), net.toString());
    }

    @Test
    void sameSeedGivesTheSameWeightsBitForBitAndAnotherSeedOthers() {
        int[] sizes = {5, 4, 3};
        for (Initializer init : Initializer.values()) {
            Network a = Network.of(sizes, Activation.relu(), Activation.softmax(), init, 42);
            Network b = Network.of(sizes, Activation.relu(), Activation.softmax(), init, 42);
            Network c = Network.of(sizes, Activation.relu(), Activation.softmax(), init, 43);
            for (int p = 0; p < 4; p += 2) { // the weights; the biases are all zero
                Matrix wa = a.parameters().get(p).value();
                assertEquals(wa, b.parameters().get(p).value(), init + " " + p);
                assertNotEquals(wa, c.parameters().get(p).value(), init + " " + p);
            }
        }
    }

    @Test
    void initializersDrawWithTheirStandardDeviation() {
        int nIn = 200;
        int nOut = 300;
        double[] expected = {1.0, Math.sqrt(2.0 / (nIn + nOut)), Math.sqrt(2.0 / nIn)};
        Initializer[] inits = {Initializer.STANDARD_NORMAL, Initializer.XAVIER, Initializer.HE};
        for (int k = 0; k < 3; k++) {
            Matrix w = inits[k].weights(nIn, nOut, new Random(5));
            double sd = Math.sqrt(w.map(x -> x * x).mean());
            // 60 000 draws: the sample standard deviation is within 1% of the true one
            assertEquals(expected[k], sd, 0.01 * expected[k], inits[k].toString());
            assertEquals(0.0, w.mean(), 0.02 * expected[k], inits[k].toString());
        }
    }

    @Test
    void aFourLayerNetworkBuildsAndTrains() {
        // The source's multi-layer network crashed with a TypeError; ours builds at any depth and learns.
        Network net = Network.of(new int[] {2, 8, 8, 8, 2}, Activation.tanh(), Activation.softmax(),
                Initializer.XAVIER, 3);
        assertEquals(4, net.layers().size());
        Matrix x = Matrix.randn(40, 2, 4);
        Matrix y = Matrix.zeros(40, 2);
        for (int i = 0; i < 40; i++) {
            y.set(i, x.get(i, 0) + x.get(i, 1) > 0 ? 1 : 0, 1.0);
        }
        Loss loss = Loss.categoricalCrossEntropy();
        SGD sgd = new SGD(0.5);
        double first = loss.value(net.forward(x), y);
        for (int step = 0; step < 200; step++) {
            net.backward(net.forward(x), y, loss);
            sgd.step(net.parameters());
        }
        double last = loss.value(net.forward(x), y);
        assertTrue(last < first / 4, first + " -> " + last);
    }

    @Test
    void classifyOfASingleSigmoidOutputThresholdsAtOneHalf() {
        Matrix w = Matrix.columnVector(1.0);
        Network net = new Network(List.of(new Dense(w, Matrix.rowVector(0.0), Activation.sigmoid(), 1)));
        // σ(−2) < 0.5 → class 0, σ(3) > 0.5 → class 1
        assertArrayEquals(new int[] {0, 1, 1}, net.classify(Matrix.columnVector(-2, 3, 0.5)));
        Network two = Network.of(new int[] {3, 2}, Activation.identity(), Activation.softmax(), Initializer.HE, 1);
        Matrix x = Matrix.randn(5, 3, 1);
        assertArrayEquals(two.predict(x).argMaxOfEachRow(), two.classify(x));
    }

    @Test
    void shapeErrorsSayWhatWasWrong() {
        String m = message(() -> Network.of(new int[] {3}, Activation.relu(), Activation.relu(), Initializer.HE, 1));
        assertTrue(m.contains("[3]"), m);
        m = message(() -> Network.of(new int[] {3, 0, 2}, Activation.relu(), Activation.relu(), Initializer.HE, 1));
        assertTrue(m.contains("[3, 0, 2]"), m);
        m = message(() -> new Network(List.of()));
        assertTrue(m.contains("at least one layer"), m);

        Random r = new Random(1);
        Dense first = new Dense(3, 4, Activation.relu(), Initializer.HE, r, 1);
        Dense second = new Dense(5, 2, Activation.relu(), Initializer.HE, r, 2);
        m = message(() -> new Network(List.of(first, second)));
        assertTrue(m.contains("layer 2 takes 5") && m.contains("layer 1 gives 4"), m);

        m = message(() -> new Dense(Matrix.ones(3, 4), Matrix.ones(1, 3), Activation.relu(), 1));
        assertTrue(m.contains("(3x4)") && m.contains("(1x3)") && m.contains("(1x4)"), m);

        Network net = Network.of(new int[] {3, 4, 2}, Activation.relu(), Activation.softmax(), Initializer.HE, 1);
        m = message(() -> net.forward(Matrix.ones(6, 5)));
        assertTrue(m.contains("W1") && m.contains("(6x5)") && m.contains("(3x4)"), m);

        Matrix yHat = net.forward(Matrix.ones(6, 3));
        m = message(() -> net.backward(yHat, Matrix.ones(6, 3), Loss.categoricalCrossEntropy()));
        assertTrue(m.contains("(6x2)") && m.contains("(6x3)"), m);
        m = message(() -> net.backward(yHat, Matrix.ones(5, 2), Loss.meanSquaredError()));
        assertTrue(m.contains("(6x2)") && m.contains("(5x2)"), m);
    }

    @Test
    void backwardBeforeForwardSaysSo() {
        Dense layer = new Dense(3, 2, Activation.sigmoid(), Initializer.XAVIER, new Random(1), 1);
        String m = assertThrows(IllegalStateException.class, () -> layer.backward(Matrix.ones(4, 2))).getMessage();
        assertTrue(m.contains("W1") && m.contains("before forward"), m);
        m = assertThrows(IllegalStateException.class, () -> layer.weights().gradient()).getMessage();
        assertTrue(m.contains("W1") && m.contains("no gradient"), m);
    }
}
