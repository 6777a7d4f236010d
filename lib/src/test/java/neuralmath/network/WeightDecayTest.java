package neuralmath.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import neuralmath.activations.Activation;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import org.junit.jupiter.api.Test;

/** L2 weight decay: (λ/2m)·Σ‖W‖² in the loss, (λ/m)·W in the gradient, biases left alone. */
class WeightDecayTest {

    private static Network network() {
        Network net = Network.of(new int[] {3, 4, 2}, Activation.sigmoid(), Activation.softmax(), Initializer.XAVIER, 5);
        net.layers().get(0).bias().value().set(0, 1, 0.7);   // a bias that must not count
        return net;
    }

    /** One-hot targets alternating between the two classes. */
    private static Matrix targets(int m) {
        Matrix y = Matrix.zeros(m, 2);
        for (int i = 0; i < m; i++) {
            y.set(i, i % 2, 1);
        }
        return y;
    }

    @Test
    void thePenaltyIsLambdaOverTwoMTimesTheSumOfSquaredWeights() {
        Network net = network();
        double squares = 0;
        for (Dense layer : net.layers()) {
            for (double w : layer.weights().value().toFlatArray()) {
                squares += w * w;
            }
        }
        assertEquals(0.3 / (2 * 10) * squares, new WeightDecay(0.3).penalty(net, 10), 1e-15);
    }

    @Test
    void theGradientGainsLambdaOverMTimesTheWeightsAndTheBiasesNothing() {
        Network net = network();
        Matrix x = Matrix.randn(10, 3, 1);
        Matrix y = targets(10);
        net.backward(net.forward(x), y, Loss.categoricalCrossEntropy());
        Matrix gradW = net.layers().get(0).weights().gradient().copy();
        Matrix gradB = net.layers().get(0).bias().gradient().copy();
        new WeightDecay(0.3).addGradient(net, 10);
        Matrix expected = gradW.plus(net.layers().get(0).weights().value().times(0.03));
        assertArrayEquals(expected.toFlatArray(), net.layers().get(0).weights().gradient().toFlatArray(), 1e-15);
        assertArrayEquals(gradB.toFlatArray(), net.layers().get(0).bias().gradient().toFlatArray(), 0);
    }

    @Test
    void theGradientCheckPassesWithDecayOn() {
        Network net = network();
        Matrix x = Matrix.randn(6, 3, 2);
        Matrix y = targets(6);
        GradientCheck.Result r = GradientCheck.check(net, Loss.categoricalCrossEntropy(), new WeightDecay(2.0), x, y);
        assertTrue(r.relativeError() < 1e-6, r.toString());
    }

    @Test
    void aNegativeOrInfiniteLambdaIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WeightDecay(-1));
        assertThrows(IllegalArgumentException.class, () -> new WeightDecay(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new WeightDecay(Double.POSITIVE_INFINITY));
    }
}
