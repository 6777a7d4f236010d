package neuralmath.la;

import static neuralmath.ErrorMessages.assertNames;
import static neuralmath.ErrorMessages.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ConvolutionTest {

    @Test
    void aValidConvolutionShrinksTheImageByTheFilterSizeLessOne() {
        Matrix out = Convolution.convolve(Matrix.zeros(8, 8), Matrix.ones(3, 3));
        assertEquals("(6x6)", out.shape());
        assertEquals("(8x6)", Convolution.convolve(Matrix.zeros(8, 8), Matrix.ones(1, 3)).shape());
    }

    @Test
    void eachOutputIsTheWeightedSumUnderTheFilterUnflipped() {
        Matrix image = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
        Matrix kernel = Matrix.of(new double[][] {{1, 0}, {0, -1}});
        Matrix expected = Matrix.of(new double[][] {{1 - 5, 2 - 6}, {4 - 8, 5 - 9}});
        assertTrue(Convolution.convolve(image, kernel).isCloseTo(expected, 0), Convolution.convolve(image, kernel)
                .toString());
    }

    @Test
    void agreesWithADirectSumAtRandomPositions() {
        Random random = new Random(7);
        Matrix image = Matrix.randn(8, 8, 1);
        Matrix kernel = Matrix.randn(3, 3, 2);
        Matrix out = Convolution.convolve(image, kernel);
        for (int k = 0; k < 10; k++) {
            int i = random.nextInt(6);
            int j = random.nextInt(6);
            double sum = 0;
            for (int u = 0; u < 3; u++) {
                for (int v = 0; v < 3; v++) {
                    sum += kernel.get(u, v) * image.get(i + u, j + v);
                }
            }
            assertEquals(sum, out.get(i, j), 1e-12);
        }
    }

    @Test
    void aVerticalEdgeFilterAnswersOnlyWhereTheImageChanges() {
        Matrix image = Matrix.zeros(5, 6);
        for (int r = 0; r < 5; r++) {
            for (int c = 3; c < 6; c++) {
                image.set(r, c, 1);
            }
        }
        Matrix sobel = Matrix.of(new double[][] {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}});
        Matrix out = Convolution.convolve(image, sobel);
        for (int i = 0; i < out.rows(); i++) {
            assertEquals(0.0, out.get(i, 0));
            assertEquals(4.0, out.get(i, 1));
            assertEquals(4.0, out.get(i, 2));
            assertEquals(0.0, out.get(i, 3));
        }
    }

    @Test
    void paddingKeepsTheImageInsideABorderOfZerosAndTheAnswerAtTheImagesSize() {
        Matrix image = Matrix.randn(8, 8, 4);
        Matrix padded = Convolution.pad(image, 1);
        assertEquals("(10x10)", padded.shape());
        assertEquals(0.0, padded.get(0, 5));
        assertEquals(0.0, padded.get(9, 9));
        assertEquals(image.get(0, 0), padded.get(1, 1));
        assertEquals(image.get(7, 7), padded.get(8, 8));
        assertEquals("(8x8)", Convolution.convolve(padded, Matrix.ones(3, 3)).shape());
        Matrix identity = Matrix.of(new double[][] {{0, 0, 0}, {0, 1, 0}, {0, 0, 0}});
        assertEquals(image, Convolution.convolve(padded, identity));
        assertNames(message(() -> Convolution.pad(image, -1)), "-1");
    }

    @Test
    void squareAndFlattenAreInverses() {
        Matrix row = Matrix.randn(1, 64, 3);
        Matrix square = Convolution.square(row);
        assertEquals("(8x8)", square.shape());
        assertEquals(row.get(0, 9), square.get(1, 1));
        assertEquals(row, Convolution.flatten(square));
    }

    @Test
    void badShapesAreNamed() {
        assertNames(message(() -> Convolution.convolve(Matrix.zeros(2, 2), Matrix.ones(3, 3))), "(3x3)", "(2x2)");
        assertNames(message(() -> Convolution.square(Matrix.zeros(1, 10))), "(1x10)");
        assertNames(message(() -> Convolution.square(Matrix.zeros(2, 4))), "(2x4)");
    }
}
