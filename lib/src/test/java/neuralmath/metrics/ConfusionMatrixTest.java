package neuralmath.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import neuralmath.la.Matrix;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    // actual:    0 0 0 1 1 2 2 2
    // predicted: 0 0 1 1 2 2 2 0
    static final int[] ACTUAL = {0, 0, 0, 1, 1, 2, 2, 2};
    static final int[] PREDICTED = {0, 0, 1, 1, 2, 2, 2, 0};
    static final ConfusionMatrix C = ConfusionMatrix.of(PREDICTED, ACTUAL, 3);

    @Test
    void rowsAreTheTruthAndColumnsThePrediction() {
        int[][] expected = {{2, 1, 0}, {0, 1, 1}, {1, 0, 2}};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(expected[i][j], C.count(i, j), "C(" + i + ", " + j + ")");
            }
        }
        assertEquals(8, C.total());
        assertEquals(3, C.classes());
    }

    @Test
    void precisionAndRecallOfEachClassFollowTheirDefinitions() {
        List<ClassScores> scores = C.perClass();
        // class 0: TP 2, predicted as 0: 3, actual 0: 3
        assertEquals(new ClassScores(0, 2.0 / 3, 2.0 / 3, 3), scores.get(0));
        // class 1: TP 1, predicted as 1: 2, actual 1: 2
        assertEquals(new ClassScores(1, 0.5, 0.5, 2), scores.get(1));
        // class 2: TP 2, predicted as 2: 3, actual 2: 3
        assertEquals(new ClassScores(2, 2.0 / 3, 2.0 / 3, 3), scores.get(2));
    }

    @Test
    void accuracyIsTheDiagonalShareAndAgreesWithAccuracy() {
        assertEquals(5.0 / 8, C.accuracy());
        assertEquals(Accuracy.of(PREDICTED, ACTUAL), C.accuracy());
    }

    @Test
    void aClassNeverPredictedHasPrecision0AndOneNeverSeenHasRecall0() {
        ConfusionMatrix c = ConfusionMatrix.of(new int[] {0, 0}, new int[] {0, 1}, 3);
        assertEquals(0.0, c.precision(1));
        assertEquals(0.0, c.recall(1));
        assertEquals(0.0, c.recall(2));
        assertEquals(0.5, c.precision(0));
    }

    @Test
    void probabilitiesAreComparedByTheArgMaxOfEachRow() {
        Matrix yHat = Matrix.of(new double[][] {{0.7, 0.3}, {0.2, 0.8}, {0.6, 0.4}});
        Matrix y = Matrix.of(new double[][] {{1, 0}, {1, 0}, {0, 1}});
        ConfusionMatrix c = ConfusionMatrix.of(yHat, y);
        assertEquals(1, c.count(0, 0));
        assertEquals(1, c.count(0, 1));
        assertEquals(1, c.count(1, 0));
        assertEquals(0, c.count(1, 1));
    }

    @Test
    void labelsOutOfRangeAndLengthMismatchesAreRefused() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {0, 3}, new int[] {0, 1}, 3)).getMessage();
        assertTrue(message.contains("prediction 3 at index 1 is outside 0..2"), message);
        message = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {0}, new int[] {0, 1}, 3)).getMessage();
        assertTrue(message.contains("1 predictions for 2 labels"), message);
    }

    @Test
    void printsOneRowPerActualClass() {
        String[] lines = C.toString().split("\n");
        assertEquals(5, lines.length, C.toString());
        assertTrue(lines[4].trim().matches("2\\s+1\\s+0\\s+2"), lines[4]);
    }
}
