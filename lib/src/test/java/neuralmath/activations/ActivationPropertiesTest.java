package neuralmath.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import neuralmath.network.GradientCheck;

/**
 * Every element-wise activation's derivative f'(z) against the central difference (f(z + h) − f(z − h)) / 2h,
 * away from the kink at 0 of ReLU, leaky ReLU and ELU. (Softmax, which has a Jacobian instead, is checked in
 * {@link SoftmaxPropertiesTest}.)
 */
class ActivationPropertiesTest {

    private static final double H = 1e-6;

    @Provide
    Arbitrary<Activation> activations() {
        Arbitrary<Double> alpha = Arbitraries.doubles().between(0, 3);
        return Arbitraries.oneOf(
                Arbitraries.of(Activation.sigmoid(), Activation.tanh(), Activation.relu(), Activation.identity()),
                alpha.map(Activation::leakyRelu),
                alpha.map(Activation::elu));
    }

    @Property
    void derivativeMatchesCentralDifferences(@ForAll("activations") Activation f,
                                             @ForAll @DoubleRange(min = -20, max = 20) double z) {
        if (Math.abs(z) < 100 * H) {
            return;
        }
        double numeric = GradientCheck.centralDifference(f::value, z, H);
        assertEquals(numeric, f.derivative(z), 1e-7 * Math.max(1, Math.abs(numeric)), f + " at z = " + z);
    }

    @Property
    void theMatrixFormsAgreeWithTheNumberForms(@ForAll("activations") Activation f,
                                               @ForAll @DoubleRange(min = -20, max = 20) double z) {
        neuralmath.la.Matrix one = neuralmath.la.Matrix.rowVector(z);
        assertEquals(f.value(z), f.apply(one).scalar());
        assertEquals(f.derivative(z), f.derivative(one).scalar());
    }
}
