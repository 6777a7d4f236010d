package neuralmath.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import neuralmath.la.Matrix;
import org.junit.jupiter.api.Test;

class OneHotTest {

    @Test
    void eachLabelBecomesARowWithASingleOne() {
        Matrix y = OneHot.encode(new int[] {2, 0, 1, 2}, 3);
        assertEquals(Matrix.of(new double[][] {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}}), y);
    }

    @Test
    void theArgMaxOfEachRowGivesTheLabelsBack() {
        int[] labels = Digits.load().labels();
        assertArrayEquals(labels, OneHot.encode(labels, 10).argMaxOfEachRow());
    }

    @Test
    void aLabelOutOfRangeIsNamedWithItsIndex() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> OneHot.encode(new int[] {0, 9, 10}, 10)).getMessage();
        assertTrue(message.contains("one-hot: label 10 at index 2 is outside 0..9 (10 classes)"), message);
        message = assertThrows(IllegalArgumentException.class, () -> OneHot.encode(new int[] {-1}, 3)).getMessage();
        assertTrue(message.contains("label -1 at index 0"), message);
    }
}
