package neuralmath.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import neuralmath.activations.Activation;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Backpropagation against central differences for networks of depth 1 to 3, every hidden activation and output. */
class GradientCheckTest {

    private static final int EXAMPLES = 6;
    private static final int INPUTS = 4;

    enum Output {
        SOFTMAX_CE(Activation.softmax(), Loss.categoricalCrossEntropy(), 3),
        SIGMOID_BCE(Activation.sigmoid(), Loss.binaryCrossEntropy(), 1),
        IDENTITY_MSE(Activation.identity(), Loss.meanSquaredError(), 2),
        SOFTMAX_MSE(Activation.softmax(), Loss.meanSquaredError(), 3); // through softmax.backward, not the fused form

        final Activation activation;
        final Loss loss;
        final int size;

        Output(Activation activation, Loss loss, int size) {
            this.activation = activation;
            this.loss = loss;
            this.size = size;
        }

        Matrix targets() {
            Matrix y = Matrix.zeros(EXAMPLES, size);
            for (int i = 0; i < EXAMPLES; i++) {
                if (this == IDENTITY_MSE) {
                    y.set(i, 0, Math.sin(i));
                    y.set(i, 1, i - 2.5);
                } else if (size == 1) {
                    y.set(i, 0, i % 2);
                } else {
                    y.set(i, i % size, 1.0);
                }
            }
            return y;
        }
    }

    static Stream<Arguments> networks() {
        List<Arguments> out = new ArrayList<>();
        Activation[] hidden = {Activation.sigmoid(), Activation.tanh(), Activation.relu(), Activation.leakyRelu(0.1),
            Activation.elu(1.0)};
        for (Output output : Output.values()) {
            out.add(Arguments.of(1, Activation.identity(), output));
            for (int depth = 2; depth <= 3; depth++) {
                for (Activation f : hidden) {
                    out.add(Arguments.of(depth, f, output));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "depth {0}, hidden {1}, output {2}")
    @MethodSource("networks")
    void backpropagationAgreesWithCentralDifferences(int depth, Activation hidden, Output output) {
        int[] sizes = new int[depth + 1];
        sizes[0] = INPUTS;
        for (int l = 1; l < depth; l++) {
            sizes[l] = 5;
        }
        sizes[depth] = output.size;
        Network net = Network.of(sizes, hidden, output.activation, Initializer.XAVIER, 7);
        // small random biases, so that a bias gradient is checked at a point other than zero
        for (Dense layer : net.layers()) {
            layer.bias().value().setTo(Matrix.randn(1, layer.outputs(), 8).times(0.1));
        }
        Matrix x = Matrix.randn(EXAMPLES, INPUTS, 9);
        net.forward(x);
        for (Dense layer : net.layers().subList(0, depth - 1)) {
            double closest = layer.z().map(Math::abs).min();
            // a step h = 1e-5 on a weight moves z by h·|input| (inputs here are below 4): far from the kink at 0
            assertTrue(closest > 1e-4, "a hidden z sits at a kink (" + closest + "): pick another seed");
        }
        GradientCheck.Result worst = GradientCheck.check(net, output.loss, x, output.targets());
        assertTrue(worst.relativeError() < 1e-6, worst.toString());
    }

    @Test
    void theCheckerFindsAWrongGradient() {
        // A loss whose gradient is off by 1% must fail the check: the checker itself can fail.
        Loss mse = Loss.meanSquaredError();
        Loss wrong = new Loss() {
            @Override
            public String name() {
                return "wrong";
            }

            @Override
            public double value(Matrix yHat, Matrix y) {
                return mse.value(yHat, y);
            }

            @Override
            public Matrix gradient(Matrix yHat, Matrix y, Matrix out) {
                return mse.gradient(yHat, y, out).mapInPlace(g -> g * 1.01);
            }
        };
        Network net = Network.of(new int[] {3, 2}, Activation.identity(), Activation.identity(), Initializer.XAVIER, 1);
        GradientCheck.Result worst = GradientCheck.check(net, wrong, Matrix.randn(4, 3, 2), Matrix.randn(4, 2, 3));
        assertEquals(0.01 / 2.01, worst.relativeError(), 1e-6);
    }

    @Test
    void centralDifferenceAndRelativeError() {
        assertEquals(3 * 4.0, GradientCheck.centralDifference(x -> x * x * x, 2, 1e-5), 1e-8);
        assertEquals(0.0, GradientCheck.relativeError(2, 2));
        assertEquals(1.0 / 3, GradientCheck.relativeError(1, 2), 1e-15);
        assertEquals(0.0, GradientCheck.relativeError(0, 0));
    }
}
