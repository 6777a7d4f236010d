package neuralmath.la;

import static neuralmath.ErrorMessages.assertNames;
import static neuralmath.ErrorMessages.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every shape mismatch names the operation and both shapes. */
class MatrixShapeErrorTest {

    private static final Matrix M2x3 = Matrix.ones(2, 3);
    private static final Matrix M3x2 = Matrix.ones(3, 2);

    @Test
    void multiplyNamesInnerDimensionsExactlyAsTheIssueShowsIt() {
        String m = message(() -> Matrix.zeros(1437, 64).multiply(Matrix.zeros(10, 64)));
        assertEquals("multiply: (1437x64) x (10x64): inner dimensions differ (64 vs 10)", m);
    }

    @Test
    void transposedProductsNameBothShapes() {
        assertNames(message(() -> M2x3.transposeMultiply(M3x2)), "transposeMultiply", "(2x3)", "(3x2)");
        assertNames(message(() -> M2x3.multiplyTranspose(M3x2)), "multiplyTranspose", "(2x3)", "(3x2)");
    }

    @Test
    void elementWiseOperationsNameBothShapes() {
        assertNames(message(() -> M2x3.plus(M3x2)), "plus", "(2x3)", "(3x2)");
        assertNames(message(() -> M2x3.minus(M3x2)), "minus", "(2x3)", "(3x2)");
        assertNames(message(() -> M2x3.hadamard(M3x2)), "hadamard", "(2x3)", "(3x2)");
        assertNames(message(() -> M2x3.divide(M3x2)), "divide", "(2x3)", "(3x2)");
        assertNames(message(() -> M2x3.copy().addScaledInPlace(1, M3x2)), "addScaledInPlace", "(2x3)", "(3x2)");
        assertNames(message(() -> M2x3.copy().setTo(M3x2)), "setTo", "(2x3)", "(3x2)");
        assertNames(message(() -> M2x3.zip("myOp", Matrix.ones(1, 6), Double::sum)), "myOp", "(2x3)", "(1x6)");
    }

    @Test
    void addRowVectorNamesBothShapesAndWhatItNeeds() {
        assertNames(message(() -> M2x3.addRowVector(Matrix.ones(1, 2))), "addRowVector", "(2x3)", "(1x2)", "(1x3)");
        assertNames(message(() -> M2x3.addRowVector(Matrix.ones(3, 1))), "addRowVector", "(2x3)", "(3x1)");
    }

    @Test
    void creationErrorsSayWhatWasWrong() {
        assertNames(message(() -> Matrix.zeros(0, 3)), "zeros", "(0x3)");
        assertNames(message(() -> Matrix.ones(2, -1)), "(2x-1)");
        assertNames(message(() -> Matrix.of(new double[][] {{1, 2}, {3}})), "of", "row 1", "1 values", "2");
        assertNames(message(() -> Matrix.of(new double[0][])), "of", "0 rows");
        assertNames(message(() -> Matrix.wrap(2, 2, new double[3])), "wrap", "(2x2)", "4", "3");
        assertNames(message(() -> Matrix.rowVector(1, 2).scalar()), "scalar", "(1x2)");
    }

    @Test
    void sliceErrorsNameTheBlockAndTheShape() {
        assertNames(message(() -> M2x3.slice(0, 3, 0, 1)), "slice", "[0, 3)", "(2x3)");
        assertNames(message(() -> M2x3.slice(0, 1, 2, 2)), "slice", "[2, 2)", "(2x3)");
        assertNames(message(() -> M2x3.row(2)), "[2, 3)", "(2x3)");
        assertNames(message(() -> M2x3.column(-1)), "[-1, 0)", "(2x3)");
        assertNames(message(() -> M2x3.selectRows(new int[] {0, 5})), "selectRows", "5", "(2x3)");
        assertNames(message(() -> M2x3.selectRows(new int[0])), "selectRows", "(2x3)");
    }

    @Test
    void elementAccessOutsideTheMatrixNamesIndexAndShape() {
        String m = assertThrows(IndexOutOfBoundsException.class, () -> M2x3.get(2, 0)).getMessage();
        assertNames(m, "(2, 0)", "(2x3)");
        m = assertThrows(IndexOutOfBoundsException.class, () -> M2x3.copy().set(0, 3, 1)).getMessage();
        assertNames(m, "(0, 3)", "(2x3)");
    }
}
