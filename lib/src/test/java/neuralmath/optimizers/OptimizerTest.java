package neuralmath.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import neuralmath.activations.Activation;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import neuralmath.network.Initializer;
import neuralmath.network.Network;
import neuralmath.network.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OptimizerTest {

    private static final Matrix G1 = Matrix.rowVector(0.5, 1);
    private static final Matrix G2 = Matrix.rowVector(-1, 2);

    /** Two steps from θ₀ = (1, −2) with gradients g₁ = (0.5, 1), then g₂ = (−1, 2). */
    private static Matrix[] twoSteps(Optimizer optimizer) {
        Parameter p = new Parameter("θ", Matrix.rowVector(1, -2));
        p.setGradient(G1);
        optimizer.step(List.of(p));
        Matrix first = p.value().copy();
        p.setGradient(G2);
        optimizer.step(List.of(p));
        return new Matrix[] {first, p.value().copy()};
    }

    private static void assertSteps(Optimizer o, double[] first, double[] second) {
        Matrix[] steps = twoSteps(o);
        assertTrue(steps[0].isCloseTo(Matrix.rowVector(first), 1e-12), o + " step 1: " + steps[0]);
        assertTrue(steps[1].isCloseTo(Matrix.rowVector(second), 1e-12), o + " step 2: " + steps[1]);
    }

    @Test
    void sgdByHand() {
        // θ₁ = θ₀ − 0.1·g₁ = (1 − 0.05, −2 − 0.1); θ₂ = θ₁ − 0.1·g₂ = (0.95 + 0.1, −2.1 − 0.2)
        assertSteps(new SGD(0.1), new double[] {0.95, -2.1}, new double[] {1.05, -2.3});
    }

    @Test
    void momentumByHand() {
        // v₁ = g₁ = (0.5, 1), θ₁ = (0.95, −2.1)
        // v₂ = 0.9·(0.5, 1) + (−1, 2) = (−0.55, 2.9), θ₂ = θ₁ − 0.1·v₂ = (0.95 + 0.055, −2.1 − 0.29)
        assertSteps(new Momentum(0.1, 0.9), new double[] {0.95, -2.1}, new double[] {1.005, -2.39});
    }

    @Test
    void nesterovByHand() {
        // v₁ = (0.5, 1), θ₁ = θ₀ − 0.1·(g₁ + 0.9·v₁) = (1 − 0.1·0.95, −2 − 0.1·1.9) = (0.905, −2.19)
        // v₂ = (−0.55, 2.9), θ₂ = θ₁ − 0.1·(g₂ + 0.9·v₂) = (0.905 − 0.1·(−1.495), −2.19 − 0.1·4.61)
        assertSteps(new Momentum(0.1, 0.9, true), new double[] {0.905, -2.19}, new double[] {1.0545, -2.651});
    }

    @Test
    void adaGradByHand() {
        double eps = 1e-8;
        // G₁ = g₁² = (0.25, 1): θ₁ = θ₀ − 0.1·g₁/(√G₁ + ε)
        double[] first = {1 - 0.1 * 0.5 / (0.5 + eps), -2 - 0.1 * 1 / (1 + eps)};
        // G₂ = G₁ + g₂² = (1.25, 5): θ₂ = θ₁ − 0.1·g₂/(√G₂ + ε)
        double[] second = {first[0] + 0.1 / (Math.sqrt(1.25) + eps), first[1] - 0.2 / (Math.sqrt(5) + eps)};
        assertSteps(new AdaGrad(0.1, eps), first, second);
    }

    @Test
    void rmsPropByHand() {
        // E₁ = 0.1·g₁² = (0.025, 0.1), √E₁ = (0.5, 1)/√10: θ₁ = θ₀ − 0.01·√10·(1, 1)
        double[] first = {1 - 0.01 * Math.sqrt(10), -2 - 0.01 * Math.sqrt(10)};
        // E₂ = 0.9·E₁ + 0.1·g₂² = (0.0225 + 0.1, 0.09 + 0.4) = (0.1225, 0.49), √E₂ = (0.35, 0.7)
        // θ₂ = θ₁ − 0.01·(−1/0.35, 2/0.7)
        double[] second = {first[0] + 0.01 / 0.35, first[1] - 0.01 * 2 / 0.7};
        Matrix[] steps = twoSteps(new RMSProp(0.01, 0.9, 1e-8));
        // ε = 1e-8 next to √E ≥ 0.158 shifts the result by less than 1e-9
        assertTrue(steps[0].isCloseTo(Matrix.rowVector(first), 1e-8), steps[0].toString());
        assertTrue(steps[1].isCloseTo(Matrix.rowVector(second), 1e-8), steps[1].toString());
    }

    @Test
    void adamByHandWithBiasCorrection() {
        // t = 1: m = 0.1·g₁, v = 0.001·g₁², m̂ = g₁, v̂ = g₁²: the first step is η·sign(g) = 0.1 in each coordinate
        double[] first = {0.9, -2.1};
        // t = 2: m = 0.9·0.1·g₁ + 0.1·g₂ = (0.045 − 0.1, 0.09 + 0.2) = (−0.055, 0.29), m̂ = m / (1 − 0.81)
        //        v = 0.999·0.001·g₁² + 0.001·g₂² = (0.00024975 + 0.001, 0.000999 + 0.004), v̂ = v / (1 − 0.998001)
        double[] mHat = {-0.055 / 0.19, 0.29 / 0.19};
        double[] vHat = {0.00124975 / 0.001999, 0.004999 / 0.001999};
        double[] second = {0.9 - 0.1 * mHat[0] / Math.sqrt(vHat[0]), -2.1 - 0.1 * mHat[1] / Math.sqrt(vHat[1])};
        Adam adam = new Adam(0.1, 0.9, 0.999, 1e-8);
        Matrix[] steps = twoSteps(adam);
        assertTrue(steps[0].isCloseTo(Matrix.rowVector(first), 1e-7), steps[0].toString());
        assertTrue(steps[1].isCloseTo(Matrix.rowVector(second), 1e-7), steps[1].toString());
        assertEquals(2, adam.steps());
    }

    @Test
    void eachParameterKeepsItsOwnState() {
        // Two parameters with the same gradient history must move the same way as one parameter alone.
        for (Supplier<Optimizer> make : List.<Supplier<Optimizer>>of(() -> new Momentum(0.1, 0.9),
                () -> new AdaGrad(0.1), () -> new RMSProp(0.1), () -> new Adam(0.1))) {
            Optimizer o = make.get();
            Parameter a = new Parameter("a", Matrix.rowVector(1, -2));
            Parameter b = new Parameter("b", Matrix.rowVector(1, -2));
            a.setGradient(G1);
            b.setGradient(G1);
            o.step(List.of(a, b));
            a.setGradient(G2);
            b.setGradient(G2);
            o.step(List.of(a, b));
            Matrix alone = twoSteps(make.get())[1];
            assertEquals(alone, a.value(), o.toString());
            assertEquals(alone, b.value(), o.toString());
        }
    }

    // ---------------------------------------------------------------------------------------------- convergence

    static Stream<Arguments> optimizers() {
        return Stream.of(Arguments.of(new SGD(0.1), 500), Arguments.of(new Momentum(0.05, 0.9), 500),
                Arguments.of(new Momentum(0.05, 0.9, true), 500), Arguments.of(new AdaGrad(0.5), 2000),
                Arguments.of(new RMSProp(0.001), 5000), Arguments.of(new Adam(0.01), 5000));
    }

    /**
     * f(θ) = ½θᵀAθ − bᵀθ with A = [3 1; 1 2] (positive definite) and b = (1, 1): ∇f = Aθ − b, and the minimum is
     * θ* = A⁻¹b = (1/5)·[2 −1; −1 3]·(1, 1) = (0.2, 0.4).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void convergesToTheMinimumOfAQuadraticBowl(Optimizer optimizer, int steps) {
        Matrix a = Matrix.of(new double[][] {{3, 1}, {1, 2}});
        Matrix b = Matrix.rowVector(1, 1);
        Parameter theta = new Parameter("θ", Matrix.rowVector(-3, 4));
        for (int t = 0; t < steps; t++) {
            theta.setGradient(theta.value().multiply(a).minus(b)); // θ as a row: (Aθ)ᵀ = θᵀA since A = Aᵀ
            optimizer.step(List.of(theta));
        }
        assertTrue(theta.value().isCloseTo(Matrix.rowVector(0.2, 0.4), 1e-3), optimizer + ": " + theta.value());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void fitsALinearRegressionWithAKnownSolution(Optimizer optimizer, int steps) {
        // y = 2·x₁ − 3·x₂ + 0.5 exactly: a linear network with MSE must find W = (2, −3)ᵀ, b = 0.5
        Matrix x = Matrix.randn(50, 2, 1);
        Matrix y = Matrix.zeros(50, 1);
        for (int i = 0; i < 50; i++) {
            y.set(i, 0, 2 * x.get(i, 0) - 3 * x.get(i, 1) + 0.5);
        }
        Network net = Network.of(new int[] {2, 1}, Activation.identity(), Activation.identity(),
                Initializer.XAVIER, 2);
        for (int t = 0; t < steps; t++) {
            net.backward(net.forward(x), y, Loss.meanSquaredError());
            optimizer.step(net.parameters());
        }
        assertTrue(net.layers().get(0).weights().value().isCloseTo(Matrix.columnVector(2, -3), 1e-2),
                optimizer + ": " + net.layers().get(0).weights().value());
        assertEquals(0.5, net.layers().get(0).bias().value().scalar(), 1e-2, optimizer.toString());
    }

    // ---------------------------------------------------------------------------------------------- hyperparameters

    @Test
    void toStringShowsEveryHyperparameter() {
        assertEquals("SGD(learningRate=0.05)", new SGD(0.05).toString());
        assertEquals("Momentum(learningRate=0.05, momentum=0.8)", new Momentum(0.05, 0.8).toString());
        assertEquals("Nesterov(learningRate=0.05, momentum=0.8)", new Momentum(0.05, 0.8, true).toString());
        assertEquals("AdaGrad(learningRate=0.05, epsilon=1.0E-7)", new AdaGrad(0.05, 1e-7).toString());
        assertEquals("RMSProp(learningRate=0.05, rho=0.95, epsilon=1.0E-7)", new RMSProp(0.05, 0.95, 1e-7).toString());
        assertEquals("Adam(learningRate=0.05, beta1=0.8, beta2=0.99, epsilon=1.0E-7)",
                new Adam(0.05, 0.8, 0.99, 1e-7).toString());
        assertEquals(0.05, new Adam(0.05).learningRate());
    }

    private static void assertRejected(Executable make, String optimizer, String parameter, String value) {
        String m = assertThrows(IllegalArgumentException.class, make).getMessage();
        assertTrue(m.contains(optimizer) && m.contains(parameter) && m.contains(value), m);
    }

    @Test
    void invalidLearningRatesAreRejected() {
        for (double lr : new double[] {0, -0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            String v = String.valueOf(lr);
            assertRejected(() -> new SGD(lr), "SGD", "learningRate", v);
            assertRejected(() -> new Momentum(lr, 0.9), "Momentum", "learningRate", v);
            assertRejected(() -> new Momentum(lr, 0.9, true), "Nesterov", "learningRate", v);
            assertRejected(() -> new AdaGrad(lr), "AdaGrad", "learningRate", v);
            assertRejected(() -> new RMSProp(lr), "RMSProp", "learningRate", v);
            assertRejected(() -> new Adam(lr), "Adam", "learningRate", v);
        }
    }

    @Test
    void betasOutsideZeroToOneAreRejected() {
        for (double beta : new double[] {-0.1, 1.0, 1.5, Double.NaN}) {
            String v = String.valueOf(beta);
            assertRejected(() -> new Adam(0.01, beta, 0.999, 1e-8), "Adam", "beta1", v);
            assertRejected(() -> new Adam(0.01, 0.9, beta, 1e-8), "Adam", "beta2", v);
            assertRejected(() -> new RMSProp(0.01, beta, 1e-8), "RMSProp", "rho", v);
            assertRejected(() -> new Momentum(0.01, beta), "Momentum", "momentum", v);
        }
        new Adam(0.01, 0.0, 0.0, 1e-8); // 0 is allowed: [0, 1)
    }

    @Test
    void nonPositiveEpsilonIsRejected() {
        for (double eps : new double[] {0, -1e-8, Double.NaN}) {
            String v = String.valueOf(eps);
            assertRejected(() -> new Adam(0.01, 0.9, 0.999, eps), "Adam", "epsilon", v);
            assertRejected(() -> new RMSProp(0.01, 0.9, eps), "RMSProp", "epsilon", v);
            assertRejected(() -> new AdaGrad(0.01, eps), "AdaGrad", "epsilon", v);
        }
    }
}
