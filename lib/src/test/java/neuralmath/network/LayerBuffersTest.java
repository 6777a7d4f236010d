package neuralmath.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import neuralmath.activations.Activation;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import org.junit.jupiter.api.Test;

/** A layer owns the matrices a training loop fills again on every step; a plain forward pass makes new ones. */
class LayerBuffersTest {

    @Test
    void forwardReturnsMatricesOfTheirOwn() {
        // A learner keeps the output of one forward pass and compares it with the next: it must not change.
        Network net = Network.of(new int[] {3, 4, 2}, Activation.relu(), Activation.softmax(), Initializer.HE, 1);
        Matrix first = net.forward(Matrix.randn(5, 3, 2));
        Matrix kept = first.copy();
        net.forward(Matrix.randn(5, 3, 3));
        assertEquals(kept, first);
        assertNotSame(first, net.forward(Matrix.randn(5, 3, 2)));
    }

    @Test
    void forwardReusingWritesIntoTheLayersMatricesAndComputesTheSameNumbers() {
        Network net = Network.of(new int[] {3, 4, 2}, Activation.tanh(), Activation.softmax(), Initializer.XAVIER, 1);
        Matrix x1 = Matrix.randn(5, 3, 2);
        Matrix x2 = Matrix.randn(5, 3, 3);
        Matrix first = net.forwardReusing(x1);
        assertEquals(net.forward(x1), first);
        Matrix second = net.forwardReusing(x2);
        assertSame(first, second, "the layer's ŷ for batches of 5 is reused");
        assertEquals(net.forward(x2), second);
        Matrix other = net.forwardReusing(Matrix.randn(7, 3, 4));
        assertNotSame(second, other, "a batch of another size has matrices of its own");
        assertEquals(net.forward(x2), net.forwardReusing(x2));
    }

    @Test
    void backwardAfterEitherForwardGivesTheSameGradients() {
        Network net = Network.of(new int[] {3, 4, 2}, Activation.sigmoid(), Activation.softmax(), Initializer.XAVIER,
                1);
        Matrix x = Matrix.randn(6, 3, 2);
        Matrix y = Matrix.of(new double[][] {{1, 0}, {0, 1}, {1, 0}, {0, 1}, {1, 0}, {0, 1}});
        net.backward(net.forward(x), y, Loss.categoricalCrossEntropy());
        Matrix fresh = net.parameters().get(0).gradient().copy();
        net.backward(net.forwardReusing(x), y, Loss.categoricalCrossEntropy());
        assertEquals(fresh, net.parameters().get(0).gradient());
    }
}
