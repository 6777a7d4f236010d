package neuralmath.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import neuralmath.la.Matrix;
import org.junit.jupiter.api.Test;

class MinMaxScalerTest {

    static final Matrix TRAIN = Matrix.of(new double[][] {{0, 10, 5}, {2, 30, 5}, {4, 20, 5}});

    @Test
    void fittedColumnsRunFrom0To1() {
        Matrix scaled = MinMaxScaler.fitTransform(TRAIN);
        assertEquals(Matrix.of(new double[][] {{0, 0, 0}, {0.5, 1, 0}, {1, 0.5, 0}}), scaled);
    }

    @Test
    void anotherSetIsScaledWithTheFittedMinAndMaxNotItsOwn() {
        MinMaxScaler scaler = MinMaxScaler.fit(TRAIN);
        Matrix scaled = scaler.transform(Matrix.of(new double[][] {{1, 40, 7}, {-2, 10, 5}}));
        // (1-0)/4, (40-10)/20, constant column: (7-5)/1; then (-2-0)/4, 0, 0
        assertEquals(Matrix.of(new double[][] {{0.25, 1.5, 2}, {-0.5, 0, 0}}), scaled);
    }

    @Test
    void constantColumnsOfTheDigitsMapTo0AndTheRestSpan0To1() {
        Matrix scaled = MinMaxScaler.fitTransform(Digits.load().inputs());
        Matrix columnMax = MinMaxScaler.fit(scaled).max();
        int constant = 0;
        for (int j = 0; j < 64; j++) {
            if (columnMax.get(0, j) == 0.0) {
                constant++;
            } else {
                assertEquals(1.0, columnMax.get(0, j), "column " + j);
            }
        }
        assertEquals(3, constant, "pixels 0, 32 and 39 are 0 in every image");
        assertEquals(0.0, scaled.min());
    }

    @Test
    void theFittedMinAndMaxAreKeptAndShown() {
        MinMaxScaler scaler = MinMaxScaler.fit(TRAIN);
        assertEquals(Matrix.rowVector(0, 10, 5), scaler.min());
        assertEquals(Matrix.rowVector(4, 30, 5), scaler.max());
        assertTrue(scaler.toString().contains("3 columns"), scaler.toString());
    }

    @Test
    void aSetWithOtherColumnsIsRefusedNamingBothShapes() {
        MinMaxScaler scaler = MinMaxScaler.fit(TRAIN);
        String message = assertThrows(IllegalArgumentException.class,
                () -> scaler.transform(Matrix.zeros(2, 4))).getMessage();
        assertTrue(message.contains("(2x4)") && message.contains("(1x3)"), message);
    }
}
