package neuralmath.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import neuralmath.activations.Activation;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import neuralmath.network.Initializer;
import neuralmath.network.Network;
import neuralmath.optimizers.Adam;
import neuralmath.optimizers.SGD;
import org.junit.jupiter.api.Test;

/** "Done means: a learner can build the source's network in a few lines and train it on arrays of their own." */
class LearnerExampleTest {

    @Test
    void xorFromPlainArraysInAFewLines() {
        double[][] inputs = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        double[][] labels = {{0}, {1}, {1}, {0}};

        Matrix x = Matrix.of(inputs);
        Matrix y = Matrix.of(labels);
        Network net = Network.of(new int[] {2, 4, 1}, Activation.tanh(), Activation.sigmoid(), Initializer.XAVIER, 1);
        History history = new Trainer(net, Loss.binaryCrossEntropy(), new SGD(1.0)).epochs(2000).fit(x, y);

        assertArrayEquals(new int[] {0, 1, 1, 0}, net.classify(x));
        assertEquals(1.0, history.last().trainAccuracy());
        assertTrue(history.last().trainLoss() < 0.05, history.toString());
    }

    @Test
    void theSourcesNetworkShapeOnTwoBlobsWithATestSet() {
        Blobs train = Blobs.of(300, 11);
        Blobs test = Blobs.of(200, 12);
        // the source's network: one sigmoid hidden layer, softmax output, standard normal weights, cross-entropy
        Network net = Network.of(new int[] {2, 16, 2}, Activation.sigmoid(), Activation.softmax(),
                Initializer.STANDARD_NORMAL, 42);
        History history = new Trainer(net, Loss.categoricalCrossEntropy(), new Adam(0.01))
                .epochs(20).batchSize(30).shuffleSeed(1)
                .fit(train.x(), train.y(), test.x(), test.y());

        // blobs 3 standard deviations apart along the diagonal: the best boundary errs on about 1.7% of points
        assertTrue(history.last().testAccuracy() > 0.95, history.toString());
        assertTrue(history.last().trainAccuracy() > 0.95, history.toString());
    }
}
