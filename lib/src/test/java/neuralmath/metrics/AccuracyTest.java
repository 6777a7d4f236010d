package neuralmath.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import neuralmath.la.Matrix;
import org.junit.jupiter.api.Test;

class AccuracyTest {

    @Test
    void shareOfRightPredictions() {
        assertEquals(0.75, Accuracy.of(new int[] {1, 2, 0, 1}, new int[] {1, 2, 0, 0}));
        Matrix yHat = Matrix.of(new double[][] {{0.1, 0.9}, {0.8, 0.2}, {0.3, 0.7}});
        Matrix y = Matrix.of(new double[][] {{0, 1}, {0, 1}, {0, 1}});
        assertEquals(2, Accuracy.correct(yHat, y));
        assertEquals(2.0 / 3, Accuracy.of(yHat, y), 1e-15);
    }

    @Test
    void aSingleColumnIsAProbabilityThresholdedAtOneHalf() {
        assertArrayEquals(new int[] {0, 1, 1, 0}, Accuracy.classes(Matrix.columnVector(0.2, 0.5, 0.99, 0.4999)));
        assertEquals(1.0, Accuracy.of(Matrix.columnVector(0.1, 0.9), Matrix.columnVector(0, 1)));
    }

    @Test
    void mismatchesAreNamed() {
        String m = assertThrows(IllegalArgumentException.class,
                () -> Accuracy.of(Matrix.ones(3, 2), Matrix.ones(4, 2))).getMessage();
        assertTrue(m.contains("accuracy") && m.contains("(3x2)") && m.contains("(4x2)"), m);
        m = assertThrows(IllegalArgumentException.class, () -> Accuracy.of(new int[] {1, 2}, new int[] {1}))
                .getMessage();
        assertTrue(m.contains("2 predictions") && m.contains("1 labels"), m);
        assertThrows(IllegalArgumentException.class, () -> Accuracy.of(new int[0], new int[0]));
    }
}
