package neuralmath.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import neuralmath.la.Matrix;
import neuralmath.network.GradientCheck;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** softmax on random batches of logits, from ordinary ones to ±1000. */
class SoftmaxPropertiesTest {

    private final Softmax softmax = Activation.softmax();

    static Arbitrary<Matrix> logits(Arbitrary<Double> values) {
        return Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 8))
                .flatAs((rows, cols) -> values.list().ofSize(rows * cols).map(list ->
                        Matrix.wrap(rows, cols, list.stream().mapToDouble(Double::doubleValue).toArray())));
    }

    @Provide
    Arbitrary<Matrix> anyLogits() {
        return logits(Arbitraries.oneOf(Arbitraries.doubles().between(-1000, 1000), Arbitraries.of(-1000.0, 1000.0),
                Arbitraries.doubles().between(-5, 5)));
    }

    @Provide
    Arbitrary<Matrix> extremeLogits() {
        return logits(Arbitraries.of(-1000.0, 1000.0, 0.0));
    }

    @Provide
    Arbitrary<Matrix> oneRow() {
        return Arbitraries.doubles().between(-5, 5).list().ofMinSize(1).ofMaxSize(8)
                .map(list -> Matrix.rowVector(list.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    @Property
    void everyRowIsProbabilitiesThatSumToOne(@ForAll("anyLogits") Matrix z) {
        Matrix f = softmax.apply(z);
        for (int i = 0; i < f.rows(); i++) {
            double sum = 0;
            for (int j = 0; j < f.cols(); j++) {
                double p = f.get(i, j);
                assertTrue(p >= 0 && p <= 1, "softmax" + z.row(i) + " holds " + p);
                sum += p;
            }
            assertEquals(1.0, sum, 1e-12 * f.cols(), "row " + i + " of softmax" + z);
        }
    }

    @Property
    void logitsOfPlusOrMinus1000GiveNoNaN(@ForAll("extremeLogits") Matrix z) {
        Matrix f = softmax.apply(z);
        assertTrue(!f.hasNonFinite(), "softmax" + z + " = " + f);
        for (int i = 0; i < f.rows(); i++) {
            int biggest = 0;
            int ties = 0;
            for (int j = 0; j < z.cols(); j++) {
                biggest = z.get(i, j) > z.get(i, biggest) ? j : biggest;
            }
            for (int j = 0; j < z.cols(); j++) {
                ties += z.get(i, j) == z.get(i, biggest) ? 1 : 0;
            }
            assertEquals(1.0 / ties, f.get(i, biggest), 1e-12, "the largest logits share all the probability");
        }
    }

    @Property
    void addingAConstantToARowChangesNothing(@ForAll("anyLogits") Matrix z,
                                              @ForAll @DoubleRange(min = -100, max = 100) double c) {
        Matrix shifted = z.plus(c);
        assertTrue(softmax.apply(shifted).isCloseTo(softmax.apply(z), 1e-9),
                "softmax(z + " + c + ") differs from softmax(z) for z = " + z);
    }

    @Property
    void theJacobianMatchesCentralDifferences(@ForAll("oneRow") Matrix z) {
        Matrix jacobian = softmax.jacobian(z);
        int n = z.cols();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int row = i;
                int col = j;
                double numeric = GradientCheck.centralDifference(x -> {
                    Matrix moved = z.copy();
                    moved.set(0, col, x);
                    return softmax.apply(moved).get(0, row);
                }, z.get(0, j), 1e-6);
                assertEquals(numeric, jacobian.get(i, j), 1e-8, "J(" + i + ", " + j + ") at " + z);
            }
        }
    }

    @Property
    void backwardIsTheGradientTimesTheJacobian(@ForAll("oneRow") Matrix z) {
        Matrix a = softmax.apply(z);
        Matrix gradA = Matrix.randn(1, z.cols(), List.of(z.toFlatArray()).hashCode());
        Matrix expected = gradA.multiply(softmax.jacobian(z));
        assertTrue(softmax.backward(z, a, gradA).isCloseTo(expected, 1e-12),
                "softmax backward at " + z);
    }
}
