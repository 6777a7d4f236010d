package neuralmath.network;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import neuralmath.activations.Activation;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import org.junit.jupiter.api.Test;

/**
 * The layers run on fused kernels (bias + activation in one pass, the chain rule through sigmoid and ReLU from
 * their outputs, the fused softmax + cross-entropy gradient, no ∂L/∂X for the first layer): backpropagation must
 * still agree with central differences.
 */
class FusedBackpropTest {

    @Test
    void sigmoidSoftmaxNetworkAgreesWithCentralDifferences() {
        check(Activation.sigmoid(), Activation.softmax(), Loss.categoricalCrossEntropy());
    }

    @Test
    void reluSoftmaxNetworkAgreesWithCentralDifferences() {
        check(Activation.relu(), Activation.softmax(), Loss.categoricalCrossEntropy());
    }

    @Test
    void sigmoidNetworkWithSquaredErrorAgreesWithCentralDifferences() {
        check(Activation.sigmoid(), Activation.sigmoid(), Loss.meanSquaredError());
    }

    private static void check(Activation hidden, Activation output, Loss loss) {
        Network network = Network.of(new int[] {5, 7, 6, 4}, hidden, output, Initializer.XAVIER, 3);
        Random random = new Random(4);
        Matrix x = Matrix.randn(9, 5, random);
        Matrix y = Matrix.zeros(9, 4);
        for (int i = 0; i < 9; i++) {
            y.set(i, random.nextInt(4), 1.0);
        }
        GradientCheck.Result worst = GradientCheck.check(network, loss, x, y);
        assertTrue(worst.relativeError() < 1e-6, worst.toString());
    }
}
