package neuralmath.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DigitsTest {

    static final Dataset DIGITS = Digits.load();

    @Test
    void holds1797ImagesOf64PixelsWithALabelEach() {
        assertEquals(1797, DIGITS.inputs().rows());
        assertEquals(64, DIGITS.inputs().cols());
        assertEquals(1797, DIGITS.labels().length);
        assertEquals(10, DIGITS.classes());
    }

    @Test
    void pixelsAreWholeNumbersFrom0To16() {
        for (double v : DIGITS.inputs().toFlatArray()) {
            assertTrue(v >= 0 && v <= 16 && v == Math.rint(v), "pixel " + v);
        }
        assertEquals(0.0, DIGITS.inputs().min());
        assertEquals(16.0, DIGITS.inputs().max());
    }

    @Test
    void eachDigitHasTheCountScikitLearnReports() {
        int[] counts = new int[10];
        for (int label : DIGITS.labels()) {
            counts[label]++;
        }
        assertArrayEquals(new int[] {178, 182, 177, 183, 181, 182, 181, 179, 174, 180}, counts);
    }

    @Test
    void theFirstImageIsTheFirstRowOfTheFile() {
        assertArrayEquals(new double[] {0, 0, 5, 13, 9, 1, 0, 0}, DIGITS.inputs().slice(0, 1, 0, 8).toFlatArray());
        assertEquals(0, DIGITS.labels()[0]);
        assertEquals(1, DIGITS.labels()[1]);
        assertEquals(2, DIGITS.labels()[2]);
        assertEquals(561718.0, DIGITS.inputs().sum(), "the sum of every pixel, as numpy gives it");
    }
}
