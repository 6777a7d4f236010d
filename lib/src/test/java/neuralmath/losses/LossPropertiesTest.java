package neuralmath.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import neuralmath.activations.Activation;
import neuralmath.la.Matrix;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The losses never go below zero, and are zero (up to the clip of 10⁻¹⁵) when the prediction is the target. */
class LossPropertiesTest {

    record Batch(Matrix yHat, Matrix y) {
    }

    private static Arbitrary<Matrix> matrices(int rows, int cols, Arbitrary<Double> values) {
        return values.list().ofSize(rows * cols)
                .map(l -> Matrix.wrap(rows, cols, l.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    private static Arbitrary<Matrix> oneHot(int rows, int cols) {
        return Arbitraries.integers().between(0, cols - 1).list().ofSize(rows).map(labels -> {
            Matrix y = Matrix.zeros(rows, cols);
            for (int i = 0; i < rows; i++) {
                y.set(i, labels.get(i), 1.0);
            }
            return y;
        });
    }

    private static Arbitrary<int[]> shapes(int minCols) {
        return Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(minCols, 6))
                .as((r, c) -> new int[] {r, c});
    }

    @Provide
    Arbitrary<Batch> anyNumbers() {
        Arbitrary<Double> v = Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 1e6), Arbitraries.just(0.0));
        return shapes(1).flatMap(s -> Combinators.combine(matrices(s[0], s[1], v), matrices(s[0], s[1], v))
                .as(Batch::new));
    }

    @Provide
    Arbitrary<Batch> probabilities() {
        Arbitrary<Double> p = Arbitraries.oneOf(Arbitraries.doubles().between(0, 1), Arbitraries.of(0.0, 1.0));
        return shapes(1).flatMap(s -> Combinators.combine(matrices(s[0], s[1], p), matrices(s[0], s[1], p))
                .as(Batch::new));
    }

    /** ŷ from a softmax of logits up to ±50 (so some probabilities underflow to 0), y one-hot. */
    @Provide
    Arbitrary<Batch> classes() {
        return shapes(2).flatMap(s -> Combinators.combine(
                matrices(s[0], s[1], Arbitraries.doubles().between(-50, 50)).map(Activation.softmax()::apply),
                oneHot(s[0], s[1])).as(Batch::new));
    }

    @Provide
    Arbitrary<Matrix> oneHotTargets() {
        return shapes(2).flatMap(s -> oneHot(s[0], s[1]));
    }

    @Provide
    Arbitrary<Matrix> binaryTargets() {
        return shapes(1).flatMap(s -> matrices(s[0], s[1], Arbitraries.of(0.0, 1.0)));
    }

    @Property
    void meanSquaredErrorIsNeverNegativeAndZeroAtTheTarget(@ForAll("anyNumbers") Batch b) {
        Loss mse = Loss.meanSquaredError();
        assertTrue(mse.value(b.yHat(), b.y()) >= 0);
        assertEquals(0.0, mse.value(b.y(), b.y()));
    }

    @Property
    void binaryCrossEntropyIsNeverNegative(@ForAll("probabilities") Batch b) {
        assertFiniteAndNotNegative(Loss.binaryCrossEntropy(), b);
    }

    @Property
    void binaryCrossEntropyIsZeroAtTheTarget(@ForAll("binaryTargets") Matrix y) {
        assertZeroUpToTheClip(Loss.binaryCrossEntropy(), y);
    }

    @Property
    void categoricalCrossEntropyIsNeverNegative(@ForAll("classes") Batch b) {
        assertFiniteAndNotNegative(Loss.categoricalCrossEntropy(), b);
    }

    @Property
    void categoricalCrossEntropyIsZeroAtTheTarget(@ForAll("oneHotTargets") Matrix y) {
        assertZeroUpToTheClip(Loss.categoricalCrossEntropy(), y);
    }

    private static void assertFiniteAndNotNegative(Loss loss, Batch b) {
        double value = loss.value(b.yHat(), b.y());
        assertTrue(value >= 0 && Double.isFinite(value), loss + " = " + value + " for " + b);
    }

    /** log(1 − 10⁻¹⁵) ≈ −1.1·10⁻¹⁵: the clip keeps a perfect prediction from giving exactly 0. */
    private static void assertZeroUpToTheClip(Loss loss, Matrix y) {
        assertEquals(0.0, loss.value(y, y), 2e-15, loss + " at the target " + y);
    }
}
