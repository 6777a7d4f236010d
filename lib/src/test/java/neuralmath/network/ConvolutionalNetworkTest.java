package neuralmath.network;

import static neuralmath.ErrorMessages.assertNames;
import static neuralmath.ErrorMessages.message;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import neuralmath.activations.Activation;
import neuralmath.la.Convolution;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import neuralmath.network.Convolution2D.Padding;
import org.junit.jupiter.api.Test;

/** The convolution, pooling and flatten layers: shapes, what they compute, gradient checks, and their errors. */
class ConvolutionalNetworkTest {

    private static final Activation TANH = Activation.tanh();

    /** conv (valid) → pool → conv (same) → pool → flatten → dense → softmax: every backward pass in one chain. */
    private static Network network(ImageShape input, Activation f, long seed) {
        Random random = new Random(seed);
        Convolution2D conv1 = new Convolution2D(input, 3, 3, Padding.VALID, f, Initializer.XAVIER, random, 1);
        MaxPooling pool1 = new MaxPooling(conv1.outputShape(), 2, 2);
        Convolution2D conv2 = new Convolution2D(pool1.outputShape(), 4, 3, Padding.SAME, f, Initializer.XAVIER,
                random, 3);
        MaxPooling pool2 = new MaxPooling(conv2.outputShape(), 2, 4);
        Flatten flatten = new Flatten(pool2.outputShape());
        return new Network(List.of(conv1, pool1, conv2, pool2, flatten),
                List.of(new Dense(flatten.outputs(), 5, f, Initializer.XAVIER, random, 5),
                        new Dense(5, 3, Activation.softmax(), Initializer.XAVIER, random, 6)));
    }

    private static Matrix oneHot(int rows, int classes) {
        Matrix y = Matrix.zeros(rows, classes);
        for (int i = 0; i < rows; i++) {
            y.set(i, (i * 7) % classes, 1);
        }
        return y;
    }

    @Test
    void shapesFollowTheFormulas() {
        Network net = network(new ImageShape(11, 10, 2), TANH, 1);
        List<FeatureLayer> f = net.features();
        assertEquals(new ImageShape(9, 8, 3), f.get(0).outputShape(), "valid: h − k + 1");
        assertEquals(new ImageShape(4, 4, 3), f.get(1).outputShape(), "pool: ⌊h/2⌋");
        assertEquals(new ImageShape(4, 4, 4), f.get(2).outputShape(), "same: h");
        assertEquals(new ImageShape(2, 2, 4), f.get(3).outputShape());
        assertEquals(16, ((Flatten) f.get(4)).outputs());
        assertEquals(220, net.inputs());
        // K1 3·3·2·3 + b1 3, K3 3·3·3·4 + b3 4, W5 16·5 + b5 5, W6 5·3 + b6 3
        assertEquals(54 + 3 + 108 + 4 + 80 + 5 + 15 + 3, net.parameterCount());
        assertEquals(List.of("K1", "b1", "K3", "b3", "W5", "b5", "W6", "b6"),
                net.parameters().stream().map(Parameter::name).toList());
    }

    @Test
    void oneFilterOnOneChannelIsChapter3sConvolutionPlusBias() {
        Matrix image = Matrix.randn(5, 6, 3);
        Matrix kernel = Matrix.randn(3, 3, 4);
        Convolution2D conv = new Convolution2D(new ImageShape(5, 6, 1), 3, Padding.VALID, Activation.identity(),
                Matrix.wrap(9, 1, kernel.toFlatArray()), Matrix.rowVector(0.5), 1);
        Matrix out = conv.forward(Convolution.flatten(image), false);
        assertArrayEquals(Convolution.convolve(image, kernel).plus(0.5).toFlatArray(), out.toFlatArray(), 1e-14);
        assertEquals(kernel, conv.filter(0, 0));
    }

    @Test
    void everyBackwardPassAgreesWithCentralDifferences() {
        for (Activation f : new Activation[] {TANH, Activation.sigmoid(), Activation.elu(1.0)}) {
            for (int channels = 1; channels <= 2; channels++) {
                Network net = network(new ImageShape(9, 8, channels), f, 11);
                for (Parameter p : net.parameters()) { // biases away from zero, so their gradients are checked there
                    if (p.name().startsWith("b")) {
                        p.value().setTo(Matrix.randn(1, p.value().cols(), 12).times(0.1));
                    }
                }
                Matrix x = Matrix.randn(4, 9 * 8 * channels, 13);
                GradientCheck.Result worst = GradientCheck.check(net, Loss.categoricalCrossEntropy(), x, oneHot(4, 3));
                assertTrue(worst.relativeError() < 1e-6, f + ", " + channels + " channels: " + worst);
            }
        }
    }

    @Test
    void poolingSendsEachWindowsWholeGradientToOneOfItsInputs() {
        Network net = network(new ImageShape(9, 8, 1), TANH, 11);
        net.forward(Matrix.randn(4, 72, 13));
        MaxPooling pool = (MaxPooling) net.features().get(1);
        Matrix gradY = Matrix.randn(4, pool.outputShape().size(), 2);
        Matrix gradX = pool.backward(gradY, true);
        assertEquals(gradY.sum(), gradX.sum(), 1e-12);
        assertEquals(gradY.size(), gradX.map(g -> g == 0 ? 0 : 1).sum(), 0, "one input per window, the rest 0");
        assertNames(message(() -> pool.backward(Matrix.zeros(4, 5), true)),
                "pool2: gradient (4x5) does not match the output (4x27) of the last forward pass");
    }

    @Test
    void aModelFileRefusesANetworkWithFeatureLayersAndWritesNothing(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) {
        java.nio.file.Path file = dir.resolve("cnn.json");
        assertNames(message(() -> neuralmath.io.ModelFile.save(file, network(new ImageShape(8, 8, 1), TANH, 1),
                null, null)), "model file: cannot save a network with feature layers",
                "a model file keeps dense layers only");
        assertTrue(java.nio.file.Files.notExists(file));
    }

    @Test
    void aReluNetworkAwayFromItsKinksAgreesToo() {
        Network net = network(new ImageShape(8, 8, 1), Activation.leakyRelu(0.1), 21);
        Matrix x = Matrix.randn(3, 64, 22);
        GradientCheck.Result worst = GradientCheck.check(net, Loss.categoricalCrossEntropy(), x, oneHot(3, 3));
        assertTrue(worst.relativeError() < 1e-6, worst.toString());
    }

    @Test
    void evaluatingManyExamplesInPartsGivesWhatEachPartGives() {
        Network net = network(new ImageShape(8, 8, 1), TANH, 3);
        Matrix x = Matrix.randn(Network.EVALUATION_BATCH * 2 + 7, 64, 4);
        Matrix whole = net.predict(x);
        for (int from = 0; from < x.rows(); from += 300) {
            int to = Math.min(from + 300, x.rows());
            Matrix part = net.predict(x.rowRange(from, to));
            assertTrue(part.isCloseTo(whole.rowRange(from, to), 1e-13), "rows " + from + ".." + to);
        }
        net.predict(x);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> net.backward(whole, oneHot(x.rows(), 3), Loss.categoricalCrossEntropy()));
        assertNames(e.getMessage(), "backward after a forward pass over more than 500 examples",
                "train on batches of at most 500");
    }

    @Test
    void theSameSeedGivesTheSameNetworkAndTheSameGradients() {
        Matrix x = Matrix.randn(6, 64, 1);
        Network a = network(new ImageShape(8, 8, 1), TANH, 9);
        Network b = network(new ImageShape(8, 8, 1), TANH, 9);
        a.backward(a.forwardTraining(x), oneHot(6, 3), Loss.categoricalCrossEntropy());
        b.backward(b.forwardTraining(x), oneHot(6, 3), Loss.categoricalCrossEntropy());
        for (int i = 0; i < a.parameters().size(); i++) {
            assertEquals(a.parameters().get(i).gradient(), b.parameters().get(i).gradient());
        }
    }

    @Test
    void shapeErrorsNameTheLayerAndBothShapes() {
        Network net = network(new ImageShape(8, 8, 1), TANH, 1);
        assertNames(message(() -> net.forward(Matrix.zeros(2, 65))),
                "K1: input (2x65) has 65 values per example but the layer takes 8x8x1 = 64");
        ImageShape in = new ImageShape(6, 6, 1);
        assertNames(message(() -> new Convolution2D(in, 2, 4, Padding.SAME, TANH, Initializer.HE, new Random(1), 1)),
                "K1: \"same\" padding needs an odd filter size, got 4");
        assertNames(message(() -> new Convolution2D(in, 2, 7, Padding.VALID, TANH, Initializer.HE, new Random(1), 2)),
                "K2: a 7x7 filter does not fit in an input of 6x6x1 with \"valid\" padding");
        assertNames(message(() -> new MaxPooling(new ImageShape(1, 4, 3), 2, 3)),
                "pool3: 2x2 windows do not fit in an input of 1x4x3");
        Convolution2D conv = new Convolution2D(in, 2, 3, Padding.VALID, TANH, Initializer.HE, new Random(1), 1);
        MaxPooling wrongPool = new MaxPooling(new ImageShape(5, 5, 2), 2, 2);
        assertNames(message(() -> new Network(List.of(conv, wrongPool, new Flatten(wrongPool.outputShape())),
                List.of(new Dense(8, 2, TANH, Initializer.HE, new Random(1), 3)))),
                "Network: pool2 takes 5x5x2 but K1 gives 4x4x2");
        assertNames(message(() -> new Network(List.of(conv),
                List.of(new Dense(32, 2, TANH, Initializer.HE, new Random(1), 2)))),
                "Network: the feature layers end with K1, which gives 4x4x2: end them with a Flatten");
        assertNames(message(() -> new Network(List.of(conv, new Flatten(conv.outputShape())),
                List.of(new Dense(30, 2, TANH, Initializer.HE, new Random(1), 2)))),
                "Network: W2 takes 30 inputs but the flattened 4x4x2 gives 32");
        assertNames(message(() -> new Convolution2D(in, 3, Padding.VALID, TANH, Matrix.zeros(8, 2),
                Matrix.zeros(1, 2), 1)), "K1: filters (8x2) need 9 rows (k·k·C) for 3x3 filters on inputs of 6x6x1");
        assertNames(message(() -> new Convolution2D(in, 2, 0, Padding.VALID, TANH, Initializer.HE, new Random(1), 1)),
                "K1: the filter size must be positive, got 0");
        assertNames(message(() -> new Convolution2D(in, 0, 3, Padding.VALID, TANH, Initializer.HE, new Random(1), 1)),
                "K1: the number of filters must be positive, got 0");
        assertNames(message(() -> new Convolution2D(in, 3, Padding.VALID, TANH, Matrix.zeros(9, 2),
                Matrix.zeros(1, 3), 1)), "K1: filters (9x2) need a bias of (1x2), got (1x3)");
        assertNames(message(() -> new ImageShape(100_000, 100_000, 1)),
                "image shape 100000x100000x1: more values than a row can hold");
        assertNames(assertThrows(IllegalStateException.class, () -> conv.backward(Matrix.zeros(1, 32), true))
                .getMessage(), "K1: backward before forward");
        assertNames(assertThrows(IllegalStateException.class, () -> wrongPool.backward(Matrix.zeros(1, 8), true))
                .getMessage(), "pool2: backward before forward");
        assertNames(message(() -> new ImageShape(0, 3, 1)),
                "image shape: height, width and channels must be positive, got 0x3x1");
    }

    @Test
    void aSmallConvolutionalNetworkLearnsBarsFromCrosses() {
        // vertical bars (class 0) against horizontal ones (class 1) at random places: a task for a convolution
        Random random = new Random(3);
        int m = 60;
        Matrix x = Matrix.zeros(m, 36);
        Matrix y = Matrix.zeros(m, 2);
        for (int n = 0; n < m; n++) {
            int at = random.nextInt(6);
            for (int t = 0; t < 6; t++) {
                int pixel = n % 2 == 0 ? t * 6 + at : at * 6 + t;
                x.set(n, pixel, 1);
            }
            y.set(n, n % 2, 1);
        }
        Random init = new Random(4);
        Convolution2D conv = new Convolution2D(new ImageShape(6, 6, 1), 2, 3, Padding.SAME, Activation.relu(),
                Initializer.HE, init, 1);
        MaxPooling pool = new MaxPooling(conv.outputShape(), 2, 2);
        Flatten flatten = new Flatten(pool.outputShape());
        Network net = new Network(List.of(conv, pool, flatten),
                List.of(new Dense(flatten.outputs(), 2, Activation.softmax(), Initializer.XAVIER, init, 3)));
        new neuralmath.training.Trainer(net, Loss.categoricalCrossEntropy(), new neuralmath.optimizers.Adam(0.01))
                .epochs(30).batchSize(10).shuffleSeed(5).fit(x, y);
        assertEquals(1.0, neuralmath.metrics.Accuracy.of(net.predict(x), y));
    }
}
