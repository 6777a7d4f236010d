package neuralmath.la;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatrixTest {

    private static final Matrix A = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});

    // ---------------------------------------------------------------------------------------------- creation

    @Test
    void zerosOnesFilledAndIdentityHoldWhatTheirNamesSay() {
        Matrix z = Matrix.zeros(2, 3);
        Matrix o = Matrix.ones(3, 2);
        Matrix f = Matrix.filled(2, 2, -1.5);
        Matrix id = Matrix.identity(3);
        assertEquals(2, z.rows());
        assertEquals(3, z.cols());
        assertEquals(3, o.rows());
        assertEquals(2, o.cols());
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(i == j ? 1.0 : 0.0, id.get(i, j));
                if (i < 2 && j < 3) {
                    assertEquals(0.0, z.get(i, j));
                }
                if (i < 3 && j < 2) {
                    assertEquals(1.0, o.get(i, j));
                }
                if (i < 2 && j < 2) {
                    assertEquals(-1.5, f.get(i, j));
                }
            }
        }
    }

    @Test
    void ofCopiesItsArguments() {
        double[][] rows = {{1, 2}, {3, 4}};
        Matrix m = Matrix.of(rows);
        rows[0][0] = 99;
        assertEquals(1.0, m.get(0, 0));
        double[][] out = m.toArray();
        out[1][1] = 99;
        assertEquals(4.0, m.get(1, 1));
        assertArrayEquals(new double[] {1, 2, 3, 4}, m.toFlatArray());
    }

    @Test
    void rowAndColumnVectorsHaveTheirShape() {
        Matrix r = Matrix.rowVector(1, 2, 3);
        Matrix c = Matrix.columnVector(1, 2, 3);
        assertEquals("(1x3)", r.shape());
        assertEquals("(3x1)", c.shape());
        for (int i = 0; i < 3; i++) {
            assertEquals(i + 1.0, r.get(0, i));
            assertEquals(i + 1.0, c.get(i, 0));
        }
    }

    @Test
    void aVectorOfOneWholeNumberIsAVectorNotARowOfAnotherMatrix() {
        // The factories are named rowVector and columnVector so that they never collide with row(int), the row
        // of a matrix: Matrix.row(5) would not compile ("non-static method cannot be referenced ...").
        assertEquals(Matrix.of(new double[][] {{5}}), Matrix.rowVector(5));
        assertEquals(Matrix.of(new double[][] {{5}}), Matrix.columnVector(5));
        assertEquals(Matrix.rowVector(4, 5, 6), Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}}).row(1));
    }

    @Test
    void shapeSizeAndElementAccess() {
        assertEquals("(2x3)", A.shape());
        assertEquals(6, A.size());
        assertEquals(6.0, A.get(1, 2));
        Matrix m = A.copy();
        m.set(0, 1, -7);
        assertEquals(-7.0, m.get(0, 1));
        assertEquals(2.0, A.get(0, 1), "copy must not share storage");
        assertEquals(5.0, Matrix.of(new double[][] {{5}}).scalar());
    }

    @Test
    void randnIsSeededAndStandardNormal() {
        Matrix a = Matrix.randn(200, 50, 42);
        assertEquals(a, Matrix.randn(200, 50, 42));
        assertNotEquals(a, Matrix.randn(200, 50, 43));
        // 10 000 draws of N(0, 1): the mean is within 4 standard errors (0.04) of 0, the variance near 1.
        double mean = a.mean();
        double variance = a.minus(mean).map(x -> x * x).mean();
        assertEquals(0.0, mean, 0.04);
        assertEquals(1.0, variance, 0.06);
    }

    // ---------------------------------------------------------------------------------------------- slices

    @Test
    void rowsColumnsSlicesAndSelectedRows() {
        Matrix m = Matrix.of(new double[][] {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}});
        assertEquals(Matrix.rowVector(5, 6, 7, 8), m.row(1));
        assertEquals(Matrix.columnVector(3, 7, 11), m.column(2));
        assertEquals(Matrix.of(new double[][] {{5, 6, 7, 8}, {9, 10, 11, 12}}), m.rowRange(1, 3));
        assertEquals(Matrix.of(new double[][] {{6, 7}, {10, 11}}), m.slice(1, 3, 1, 3));
        assertEquals(Matrix.of(new double[][] {{9, 10, 11, 12}, {1, 2, 3, 4}, {9, 10, 11, 12}}),
                m.selectRows(new int[] {2, 0, 2}));
    }

    @Test
    void transposeSwapsEveryElement() {
        Matrix t = A.transpose();
        assertEquals("(3x2)", t.shape());
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(A.get(i, j), t.get(j, i));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- products

    /** The definition C(i, j) = Σₚ A(i, p)·B(p, j): the reference triple loop. */
    static Matrix naiveProduct(Matrix a, Matrix b) {
        Matrix c = Matrix.zeros(a.rows(), b.cols());
        new ReferenceKernels(false).multiply(a.data(), b.data(), c.data(), a.rows(), a.cols(), b.cols());
        return c;
    }

    /** Aᵀ built element by element. */
    static Matrix naiveTranspose(Matrix a) {
        Matrix t = Matrix.zeros(a.cols(), a.rows());
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < a.cols(); j++) {
                t.set(j, i, a.get(i, j));
            }
        }
        return t;
    }

    @ParameterizedTest(name = "({0}x{1}) x ({1}x{2})")
    @CsvSource({"1,1,1", "1,7,1", "1,5,9", "9,5,1", "7,1,3", "3,4,5", "13,17,11", "33,65,31", "64,64,64", "1,100,1"})
    void theThreeProductsAgreeWithTheDefinition(int m, int k, int n) {
        Random random = new Random(m * 10_000L + k * 100L + n);
        Matrix a = Matrix.randn(m, k, random);
        Matrix b = Matrix.randn(k, n, random);
        Matrix expected = naiveProduct(a, b);
        assertTrue(a.multiply(b).isCloseTo(expected, 1e-12), "A·B");
        Matrix aStoredTransposed = naiveTranspose(a);           // k×m, so (A stored)ᵀ = a
        assertTrue(aStoredTransposed.transposeMultiply(b).isCloseTo(expected, 1e-12), "Aᵀ·B");
        Matrix bStoredTransposed = naiveTranspose(b);           // n×k, so a·(B stored)ᵀ = a·b
        assertTrue(a.multiplyTranspose(bStoredTransposed).isCloseTo(expected, 1e-12), "A·Bᵀ");
    }

    @Test
    void productOfSmallMatricesByHand() {
        // [1 2 3; 4 5 6]·[1 0; 0 1; 1 1] = [1+3, 2+3; 4+6, 5+6]
        Matrix b = Matrix.of(new double[][] {{1, 0}, {0, 1}, {1, 1}});
        assertEquals(Matrix.of(new double[][] {{4, 5}, {10, 11}}), A.multiply(b));
        // row · column = a dot product, column · row = an outer product
        assertEquals(32.0, Matrix.rowVector(1, 2, 3).multiply(Matrix.columnVector(4, 5, 6)).scalar());
        assertEquals(Matrix.of(new double[][] {{4, 5}, {8, 10}}), Matrix.columnVector(1, 2).multiply(Matrix.rowVector(4, 5)));
    }

    @Test
    void productsDoNotChangeTheirOperands() {
        Matrix a = A.copy();
        Matrix b = A.transpose();
        a.multiply(b);
        a.transposeMultiply(a);
        a.multiplyTranspose(a);
        assertEquals(A, a);
        assertEquals(A.transpose(), b);
    }

    // ---------------------------------------------------------------------------------------------- element-wise

    @Test
    void elementWiseOperations() {
        Matrix b = Matrix.of(new double[][] {{2, 4, 8}, {-1, 0.5, 3}});
        assertEquals(Matrix.of(new double[][] {{3, 6, 11}, {3, 5.5, 9}}), A.plus(b));
        assertEquals(Matrix.of(new double[][] {{-1, -2, -5}, {5, 4.5, 3}}), A.minus(b));
        assertEquals(Matrix.of(new double[][] {{2, 8, 24}, {-4, 2.5, 18}}), A.hadamard(b));
        assertEquals(Matrix.of(new double[][] {{0.5, 0.5, 0.375}, {-4, 10, 2}}), A.divide(b));
        assertEquals(Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}}), A, "operands are left alone");
    }

    @Test
    void scalarOperations() {
        assertEquals(Matrix.of(new double[][] {{3, 4, 5}, {6, 7, 8}}), A.plus(2));
        assertEquals(Matrix.of(new double[][] {{0, 1, 2}, {3, 4, 5}}), A.minus(1));
        assertEquals(Matrix.of(new double[][] {{-2, -4, -6}, {-8, -10, -12}}), A.times(-2));
        assertEquals(Matrix.of(new double[][] {{0.25, 0.5, 0.75}, {1, 1.25, 1.5}}), A.divide(4));
    }

    @Test
    void addRowVectorAddsTheBiasToEveryRow() {
        assertEquals(Matrix.of(new double[][] {{11, 22, 33}, {14, 25, 36}}), A.addRowVector(Matrix.rowVector(10, 20, 30)));
    }

    @Test
    void inPlaceOperationsChangeOnlyTheirReceiver() {
        Matrix m = A.copy();
        Matrix b = Matrix.ones(2, 3);
        assertTrue(m.addScaledInPlace(-2, b) == m);
        assertEquals(A.minus(2), m);
        assertEquals(Matrix.ones(2, 3), b);
        m.mapInPlace(x -> x * x);
        assertEquals(Matrix.of(new double[][] {{1, 0, 1}, {4, 9, 16}}), m);
        m.setTo(A);
        assertEquals(A, m);
    }

    @Test
    void mapAppliesTheFunctionToEveryElement() {
        assertEquals(Matrix.of(new double[][] {{1, 4, 9}, {16, 25, 36}}), A.map(x -> x * x));
    }

    // ---------------------------------------------------------------------------------------------- reductions

    @Test
    void sumsAndMeansAlongRowsAndColumns() {
        assertEquals(21.0, A.sum());
        assertEquals(3.5, A.mean());
        assertEquals(6.0, A.max());
        assertEquals(1.0, A.min());
        assertEquals(Matrix.rowVector(5, 7, 9), A.sumOfEachColumn());
        assertEquals(Matrix.columnVector(6, 15), A.sumOfEachRow());
        assertEquals(Matrix.rowVector(2.5, 3.5, 4.5), A.meanOfEachColumn());
        assertEquals(Matrix.columnVector(2, 5), A.meanOfEachRow());
    }

    @Test
    void argMaxOfEachRowTakesTheFirstOnATie() {
        Matrix m = Matrix.of(new double[][] {{0.1, 0.7, 0.2}, {5, -1, 5}, {-3, -2, -1}, {2, 2, 2}});
        assertArrayEquals(new int[] {1, 0, 2, 0}, m.argMaxOfEachRow());
        assertEquals(0, m.argMaxOfRow(1));
        assertThrows(IndexOutOfBoundsException.class, () -> m.argMaxOfRow(4));
    }

    @Test
    void hasNonFiniteFindsNaNAndInfinity() {
        assertFalse(A.hasNonFinite());
        Matrix m = A.copy();
        m.set(1, 1, Double.NaN);
        assertTrue(m.hasNonFinite());
        m.set(1, 1, Double.NEGATIVE_INFINITY);
        assertTrue(m.hasNonFinite());
    }

    // ---------------------------------------------------------------------------------------------- comparison

    @Test
    void isCloseToComparesShapeAndEveryElement() {
        Matrix near = A.plus(1e-10);
        assertTrue(A.isCloseTo(near, 1e-9));
        assertFalse(A.isCloseTo(A.plus(1e-3), 1e-9));
        Matrix oneOff = A.copy();
        oneOff.set(1, 2, 6.1);
        assertFalse(A.isCloseTo(oneOff, 1e-3));
        assertFalse(A.isCloseTo(A.transpose(), 1.0), "different shapes are never close");
        assertFalse(Matrix.rowVector(1, 2, 3, 4, 5, 6).isCloseTo(A, 1.0), "same size, different shape");
        // relative: 1e9 and 1e9 + 1 differ by 1, which is 1e-9 relative
        assertTrue(Matrix.rowVector(1e9).isCloseTo(Matrix.rowVector(1e9 + 1), 1e-8));
        Matrix nan = A.copy();
        nan.set(0, 0, Double.NaN);
        assertFalse(A.isCloseTo(nan, 1.0));
    }

    @Test
    void equalsIsBitForBit() {
        assertEquals(A, Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}}));
        assertEquals(A.hashCode(), Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}}).hashCode());
        assertNotEquals(A, A.plus(1e-15));
        assertNotEquals(A, Matrix.rowVector(1, 2, 3, 4, 5, 6));
    }

    // ---------------------------------------------------------------------------------------------- printing

    @Test
    void smallMatricesPrintInFull() {
        String s = Matrix.of(new double[][] {{1, 0.5}, {-2, 1234.5678}}).toString();
        assertTrue(s.startsWith("Matrix (2x2)"), s);
        String[] lines = s.split("\n");
        assertEquals(3, lines.length, s);
        assertTrue(lines[1].contains("1.0") && lines[1].contains("0.5000"), s);
        assertTrue(lines[2].contains("-2.0") && lines[2].contains("1234.5678"), s);
        assertFalse(s.contains("..."), s);
    }

    @Test
    void largeMatricesPrintTheirCornersAroundDots() {
        Matrix m = Matrix.zeros(100, 50);
        for (int i = 0; i < 100; i++) {
            for (int j = 0; j < 50; j++) {
                m.set(i, j, i * 1000 + j);
            }
        }
        String s = m.toString();
        assertTrue(s.startsWith("Matrix (100x50)"), s);
        assertTrue(s.contains("..."), s);
        assertTrue(s.lines().count() < 12, "summarised, not 100 rows: " + s);
        assertTrue(s.contains("0.0") && s.contains("49.0"), "first row's ends: " + s);
        assertTrue(s.contains("99000.0") && s.contains("99049.0"), "last row's ends: " + s);
        assertFalse(s.contains("50000.0"), "middle rows are left out: " + s);
        assertFalse(s.contains(" 25.0"), "middle columns are left out: " + s);
    }

    @Test
    void printingDoesNotDependOnTheLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String s = Matrix.rowVector(0.5, 1.25e-7, 3).toString();
            assertTrue(s.contains("0.5000") && s.contains("1.250e-07") && s.contains("3.0"), s);
        } finally {
            Locale.setDefault(saved);
        }
    }
}
