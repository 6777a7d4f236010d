package neuralmath.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import neuralmath.activations.Activation;
import neuralmath.activations.Softmax;
import neuralmath.la.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LossTest {

    static Stream<Loss> losses() {
        return Stream.of(Loss.meanSquaredError(), Loss.binaryCrossEntropy(), Loss.categoricalCrossEntropy());
    }

    @Test
    void meanSquaredErrorIsThePlainMeanOverEveryEntry() {
        Matrix yHat = Matrix.of(new double[][] {{1, 2}, {3, 4}});
        Matrix y = Matrix.of(new double[][] {{0, 2}, {5, 3}});
        // squared errors 1, 0, 4, 1: mean 6/4
        assertEquals(1.5, Loss.meanSquaredError().value(yHat, y), 1e-15);
        // 2(ŷ − y)/4
        assertEquals(Matrix.of(new double[][] {{0.5, 0}, {-1, 0.5}}), Loss.meanSquaredError().gradient(yHat, y));
    }

    @Test
    void binaryCrossEntropyIsTheMeanOfTheLogLoss() {
        Matrix yHat = Matrix.columnVector(0.9, 0.2, 0.6);
        Matrix y = Matrix.columnVector(1, 0, 0);
        double expected = -(Math.log(0.9) + Math.log(0.8) + Math.log(0.4)) / 3;
        assertEquals(expected, Loss.binaryCrossEntropy().value(yHat, y), 1e-15);
        // (ŷ − y) / (ŷ(1 − ŷ)) / 3 = −1/(3·0.9), 1/(3·0.8), 1/(3·0.4)
        Matrix expectedGradient = Matrix.columnVector(-1 / 2.7, 1 / 2.4, 1 / 1.2);
        assertTrue(Loss.binaryCrossEntropy().gradient(yHat, y).isCloseTo(expectedGradient, 1e-12));
    }

    @Test
    void categoricalCrossEntropyIsTheMeanOverExamplesNotEntries() {
        Matrix yHat = Matrix.of(new double[][] {{0.7, 0.2, 0.1}, {0.1, 0.5, 0.4}});
        Matrix y = Matrix.of(new double[][] {{1, 0, 0}, {0, 0, 1}});
        double expected = -(Math.log(0.7) + Math.log(0.4)) / 2;
        assertEquals(expected, Loss.categoricalCrossEntropy().value(yHat, y), 1e-15);
        Matrix expectedGradient = Matrix.of(new double[][] {{-1 / 1.4, 0, 0}, {0, 0, -1 / 0.8}});
        assertTrue(Loss.categoricalCrossEntropy().gradient(yHat, y).isCloseTo(expectedGradient, 1e-12));
    }

    /** Predictions strictly inside (0, 1), rows summing to 1, so every loss is defined and smooth there. */
    private static Matrix predictions() {
        return Activation.softmax().apply(Matrix.randn(4, 3, 5));
    }

    private static Matrix targets(Loss loss) {
        if (loss instanceof MeanSquaredError) {
            return Matrix.randn(4, 3, 6);
        }
        if (loss instanceof BinaryCrossEntropy) {
            return Matrix.of(new double[][] {{1, 0, 1}, {0, 0, 1}, {1, 1, 0}, {0.3, 0.5, 0.9}});
        }
        return Matrix.of(new double[][] {{1, 0, 0}, {0, 0, 1}, {0, 1, 0}, {0.2, 0.3, 0.5}});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("losses")
    void gradientAgreesWithCentralDifferences(Loss loss) {
        Matrix yHat = predictions();
        Matrix y = targets(loss);
        Matrix gradient = loss.gradient(yHat, y);
        double h = 1e-6;
        for (int i = 0; i < yHat.rows(); i++) {
            for (int j = 0; j < yHat.cols(); j++) {
                Matrix plus = yHat.copy();
                plus.set(i, j, yHat.get(i, j) + h);
                Matrix minus = yHat.copy();
                minus.set(i, j, yHat.get(i, j) - h);
                double numeric = (loss.value(plus, y) - loss.value(minus, y)) / (2 * h);
                double analytic = gradient.get(i, j);
                double error = Math.abs(analytic - numeric) / Math.max(Math.abs(analytic) + Math.abs(numeric), 1e-12);
                assertTrue(error < 1e-6, loss + " at (" + i + ", " + j + "): " + analytic + " vs " + numeric);
            }
        }
    }

    @Test
    void crossEntropiesStayFiniteForPredictionsOfExactlyZeroAndOne() {
        Matrix yHat = Matrix.columnVector(0, 1, 0, 1);
        Matrix y = Matrix.columnVector(1, 0, 0, 1);
        Loss bce = Loss.binaryCrossEntropy();
        double value = bce.value(yHat, y);
        assertTrue(Double.isFinite(value) && value > 10, "large but finite: " + value);
        assertFalse(bce.gradient(yHat, y).hasNonFinite(), bce.gradient(yHat, y).toString());
        assertEquals(0.0, bce.value(Matrix.columnVector(0, 1), Matrix.columnVector(0, 1)), 1e-12, "right and sure: ~0");

        Loss cce = Loss.categoricalCrossEntropy();
        Matrix p = Matrix.of(new double[][] {{0, 1, 0}, {1, 0, 0}});
        Matrix t = Matrix.of(new double[][] {{1, 0, 0}, {1, 0, 0}});
        double cceValue = cce.value(p, t);
        assertTrue(Double.isFinite(cceValue) && cceValue > 10, "large but finite: " + cceValue);
        assertFalse(cce.gradient(p, t).hasNonFinite(), cce.gradient(p, t).toString());
    }

    @Test
    void fusedSoftmaxGradientEqualsChainingSoftmaxBackwardWithTheLossGradient() {
        Softmax softmax = Activation.softmax();
        Matrix z = Matrix.randn(6, 4, 21);
        Matrix yHat = softmax.apply(z);
        Matrix y = Matrix.zeros(6, 4);
        for (int i = 0; i < 6; i++) {
            y.set(i, (i * 3) % 4, 1.0);
        }
        Matrix chained = softmax.backward(z, yHat, Loss.categoricalCrossEntropy().gradient(yHat, y));
        Matrix fused = CategoricalCrossEntropy.softmaxGradient(yHat, y);
        assertTrue(fused.isCloseTo(chained, 1e-10), fused + "\nvs\n" + chained);
        // and by hand: (ŷ − y)/m
        assertTrue(fused.isCloseTo(yHat.minus(y).times(1.0 / 6), 1e-15));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("losses")
    void shapeMismatchNamesTheLossAndBothShapes(Loss loss) {
        Matrix yHat = Matrix.filled(4, 3, 0.5);
        Matrix y = Matrix.filled(4, 2, 0.5);
        for (String m : new String[] {
            assertThrows(IllegalArgumentException.class, () -> loss.value(yHat, y)).getMessage(),
            assertThrows(IllegalArgumentException.class, () -> loss.gradient(yHat, y)).getMessage()}) {
            assertTrue(m.contains(loss.name()) && m.contains("(4x3)") && m.contains("(4x2)"), m);
        }
        String fused = assertThrows(IllegalArgumentException.class,
                () -> CategoricalCrossEntropy.softmaxGradient(yHat, y)).getMessage();
        assertTrue(fused.contains("(4x3)") && fused.contains("(4x2)"), fused);
    }

    @Test
    void onlyCategoricalCrossEntropyFusesAndOnlyWithSoftmax() {
        Loss cce = Loss.categoricalCrossEntropy();
        assertTrue(cce.fusesWith(Activation.softmax()));
        assertFalse(cce.fusesWith(Activation.sigmoid()));
        assertFalse(Loss.meanSquaredError().fusesWith(Activation.softmax()));
        assertFalse(Loss.binaryCrossEntropy().fusesWith(Activation.sigmoid()));
        Matrix yHat = Matrix.of(new double[][] {{0.7, 0.2, 0.1}, {0.1, 0.1, 0.8}});
        Matrix y = Matrix.of(new double[][] {{1, 0, 0}, {0, 0, 1}});
        assertEquals(CategoricalCrossEntropy.softmaxGradient(yHat, y),
                cce.gradientBeforeActivation(yHat, y, Matrix.zeros(2, 3)));
        String m = assertThrows(UnsupportedOperationException.class,
                () -> Loss.meanSquaredError().gradientBeforeActivation(yHat, y, Matrix.zeros(2, 3))).getMessage();
        assertTrue(m.contains("fuses with no activation"), m);
    }

    @Test
    void theCrossEntropiesClipProbabilitiesAndTheSquaredErrorDoesNot() {
        assertTrue(Loss.categoricalCrossEntropy().clipsProbabilities());
        assertTrue(Loss.binaryCrossEntropy().clipsProbabilities());
        assertFalse(Loss.meanSquaredError().clipsProbabilities());
    }
}
