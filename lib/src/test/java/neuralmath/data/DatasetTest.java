package neuralmath.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import neuralmath.la.Matrix;
import org.junit.jupiter.api.Test;

class DatasetTest {

    @Test
    void selectKeepsRowsAndLabelsTogether() {
        Dataset data = new Dataset(Matrix.of(new double[][] {{0}, {10}, {20}}), new int[] {5, 6, 7});
        Dataset picked = data.select(new int[] {2, 0});
        assertEquals(Matrix.columnVector(20, 0), picked.inputs());
        assertArrayEquals(new int[] {7, 5}, picked.labels());
        assertEquals(8, data.classes());
    }

    @Test
    void aLabelCountThatDiffersFromTheRowCountIsRefused() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> new Dataset(Matrix.zeros(3, 2), new int[2])).getMessage();
        assertTrue(message.contains("(3x2) inputs but 2 labels"), message);
    }

    @Test
    void aNegativeLabelIsRefusedNamingItsIndex() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> new Dataset(Matrix.zeros(3, 2), new int[] {0, 2, -5})).getMessage();
        assertEquals("Dataset: label -5 at index 2 is negative: labels are classes counting from 0", message);
    }
}
