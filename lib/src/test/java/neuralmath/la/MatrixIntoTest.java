package neuralmath.la;

import static neuralmath.ErrorMessages.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/**
 * The forms that write their result into a matrix given for it, as a training loop does to allocate nothing: the
 * same numbers as the forms that return a new matrix, whatever the given matrix held, and a clear error for a
 * result of the wrong shape or one that is also an operand.
 */
class MatrixIntoTest {

    private static final Matrix A = Matrix.randn(7, 5, 1);
    private static final Matrix B = Matrix.randn(5, 3, 2);
    private static final Matrix C = Matrix.randn(7, 3, 3);

    private static Matrix garbage(int rows, int cols) {
        return Matrix.filled(rows, cols, Double.NaN);
    }

    @Test
    void everyFormWritesWhatTheAllocatingFormReturns() {
        Matrix out = garbage(7, 3);
        assertSame(out, A.multiply(B, out));
        assertEquals(A.multiply(B), out);
        assertEquals(A.transposeMultiply(C), A.transposeMultiply(C, garbage(5, 3)));
        assertEquals(C.multiplyTranspose(B), C.multiplyTranspose(B, garbage(7, 5)));
        assertEquals(C.sumOfEachColumn(), C.sumOfEachColumn(garbage(1, 3)));
        assertEquals(C.minusDividedBy(A.multiply(B), 4), C.minusDividedBy(A.multiply(B), 4, garbage(7, 3)));
        assertEquals(C.map(Math::abs), C.map(Math::abs, garbage(7, 3)));
        assertEquals(C.zip("max", A.multiply(B), Math::max), C.zip("max", A.multiply(B), Math::max, garbage(7, 3)));
        int[] order = {6, 0, 3, 3, 1};
        assertEquals(A.selectRows(new int[] {3, 3, 1}), A.selectRows(order, 2, 5, garbage(3, 5)));
    }

    @Test
    void aResultOfTheWrongShapeIsRefusedNamingBothShapes() {
        assertEquals("multiply: the result is (7x3) but the matrix given for it is (3x7)",
                message(() -> A.multiply(B, Matrix.zeros(3, 7))));
        assertEquals("transposeMultiply: the result is (5x3) but the matrix given for it is (7x3)",
                message(() -> A.transposeMultiply(C, Matrix.zeros(7, 3))));
        assertEquals("selectRows: the result is (2x5) but the matrix given for it is (3x5)",
                message(() -> A.selectRows(new int[] {1, 2}, 0, 2, Matrix.zeros(3, 5))));
    }

    @Test
    void aResultThatIsAnOperandIsRefused() {
        Matrix square = Matrix.randn(4, 4, 5);
        String m = message(() -> square.multiply(Matrix.identity(4), square));
        assertEquals("multiply: the result cannot be written into an operand; give a matrix of its own", m);
        message(() -> Matrix.identity(4).multiplyTranspose(square, square));
    }
}
