package neuralmath.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import neuralmath.la.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActivationTest {

    static Stream<Activation> elementWise() {
        return Stream.of(Activation.sigmoid(), Activation.tanh(), Activation.relu(), Activation.leakyRelu(0.01),
                Activation.leakyRelu(0.3), Activation.elu(1.0), Activation.elu(0.5), Activation.identity());
    }

    @Test
    void sigmoidAtKnownPoints() {
        Activation f = Activation.sigmoid();
        assertEquals(0.5, f.value(0));
        assertEquals(0.25, f.derivative(0));
        double e = Math.exp(-2);
        assertEquals(1 / (1 + e), f.value(2), 1e-15);
        assertEquals(e / (1 + e), f.value(-2), 1e-15, "σ(−z) = 1 − σ(z)");
        assertEquals((1 / (1 + e)) * (e / (1 + e)), f.derivative(2), 1e-15);
        assertEquals(1.0, f.value(800), "no overflow for large z");
        assertEquals(0.0, f.value(-800), "no overflow for large −z");
        assertEquals(0.0, f.derivative(-800));
    }

    @Test
    void tanhAtKnownPoints() {
        Activation f = Activation.tanh();
        assertEquals(0.0, f.value(0));
        assertEquals(1.0, f.derivative(0));
        double t = (Math.E - 1 / Math.E) / (Math.E + 1 / Math.E);
        assertEquals(t, f.value(1), 1e-15);
        assertEquals(-t, f.value(-1), 1e-15);
        assertEquals(1 - t * t, f.derivative(1), 1e-15);
    }

    @Test
    void reluAndLeakyReluAtKnownPoints() {
        Activation relu = Activation.relu();
        assertEquals(3.0, relu.value(3));
        assertEquals(0.0, relu.value(-3));
        assertEquals(1.0, relu.derivative(3));
        assertEquals(0.0, relu.derivative(-3));
        assertEquals(0.0, relu.derivative(0), "the documented choice at the kink");
        Activation leaky = Activation.leakyRelu(0.1);
        assertEquals(3.0, leaky.value(3));
        assertEquals(-0.3, leaky.value(-3), 1e-15);
        assertEquals(1.0, leaky.derivative(3));
        assertEquals(0.1, leaky.derivative(-3));
    }

    @Test
    void eluAndIdentityAtKnownPoints() {
        Activation elu = Activation.elu(2.0);
        assertEquals(3.0, elu.value(3));
        assertEquals(2.0 * (Math.exp(-1) - 1), elu.value(-1), 1e-15);
        assertEquals(1.0, elu.derivative(3));
        assertEquals(2.0 * Math.exp(-1), elu.derivative(-1), 1e-15);
        assertEquals(-2.0, elu.value(-50), 1e-15, "approaches −α");
        Activation id = Activation.identity();
        assertEquals(-4.5, id.value(-4.5));
        assertEquals(1.0, id.derivative(-4.5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elementWise")
    void derivativeAgreesWithCentralDifferences(Activation f) {
        double h = 1e-5;
        for (double z = -4.0; z <= 4.0; z += 0.37) {
            if (Math.abs(z) < 10 * h) {
                continue; // the kink of relu, leaky relu and elu
            }
            final double at = z;
            double numeric = (f.value(at + h) - f.value(at - h)) / (2 * h);
            double analytic = f.derivative(at);
            double error = Math.abs(analytic - numeric) / Math.max(Math.abs(analytic) + Math.abs(numeric), 1e-12);
            if (analytic == 0 && numeric == 0) {
                error = 0;
            }
            assertTrue(error < 1e-6, f + " at z = " + z + ": " + analytic + " vs " + numeric);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elementWise")
    void matrixFormsApplyTheScalarFormsToEveryElement(Activation f) {
        Matrix z = Matrix.of(new double[][] {{-2, -0.5, 0.25}, {1, 3, -7}});
        Matrix a = f.apply(z);
        Matrix d = f.derivative(z);
        Matrix gradA = Matrix.of(new double[][] {{1, -2, 3}, {0.5, 4, -1}});
        Matrix back = f.backward(z, a, gradA);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(f.value(z.get(i, j)), a.get(i, j));
                assertEquals(f.derivative(z.get(i, j)), d.get(i, j));
                assertEquals(gradA.get(i, j) * f.derivative(z.get(i, j)), back.get(i, j), 1e-15);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, -1, Double.NaN, Double.POSITIVE_INFINITY})
    void invalidAlphaIsRejectedNamingTheValue(double alpha) {
        String leaky = assertThrows(IllegalArgumentException.class, () -> Activation.leakyRelu(alpha)).getMessage();
        String elu = assertThrows(IllegalArgumentException.class, () -> Activation.elu(alpha)).getMessage();
        for (String m : new String[] {leaky, elu}) {
            assertTrue(m.contains("alpha") && m.contains(String.valueOf(alpha)), m);
        }
    }

    @Test
    void toStringShowsAlpha() {
        assertTrue(Activation.leakyRelu(0.2).toString().contains("0.2"));
        assertTrue(Activation.elu(1.5).toString().contains("1.5"));
    }
}
