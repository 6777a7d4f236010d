package neuralmath.la;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Matrix operations against naive loops written straight from their definitions, on random shapes from 1x1 to
 * 7x7 (so 1xN and Nx1 too) and values that include 0, negatives, and numbers as large as 10¹⁵⁰ and as small as
 * 10⁻¹⁵⁰.
 */
class MatrixPropertiesTest {

    record Pair(Matrix a, Matrix b) {
    }

    // ----------------------------------------------------------------------------------------------
    // Generators

    /** 0, small integers, ordinary numbers, and very large and very small ones, of either sign. */
    static Arbitrary<Double> values() {
        Arbitrary<Double> anyScale = Combinators.combine(Arbitraries.doubles().between(1, 10),
                Arbitraries.integers().between(-150, 150), Arbitraries.of(-1.0, 1.0))
                .as((mantissa, exponent, sign) -> sign * mantissa * Math.pow(10, exponent));
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(0.0)),
                Tuple.of(2, Arbitraries.integers().between(-3, 3).map(Integer::doubleValue)),
                Tuple.of(3, Arbitraries.doubles().between(-10, 10)),
                Tuple.of(3, anyScale));
    }

    static Arbitrary<Integer> sizes() {
        return Arbitraries.integers().between(1, 7);
    }

    static Arbitrary<Matrix> matrices(int rows, int cols) {
        return values().list().ofSize(rows * cols).map(list ->
                Matrix.wrap(rows, cols, list.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    @Provide
    Arbitrary<Matrix> anyMatrix() {
        return Combinators.combine(sizes(), sizes()).flatAs(MatrixPropertiesTest::matrices);
    }

    @Provide
    Arbitrary<Pair> sameShape() {
        return Combinators.combine(sizes(), sizes())
                .flatAs((r, c) -> Combinators.combine(matrices(r, c), matrices(r, c)).as(Pair::new));
    }

    @Provide
    Arbitrary<Pair> product() {
        return Combinators.combine(sizes(), sizes(), sizes())
                .flatAs((m, k, n) -> Combinators.combine(matrices(m, k), matrices(k, n)).as(Pair::new));
    }

    @Provide
    Arbitrary<Pair> matrixAndRow() {
        return Combinators.combine(sizes(), sizes())
                .flatAs((r, c) -> Combinators.combine(matrices(r, c), matrices(1, c)).as(Pair::new));
    }

    @Provide
    Arbitrary<Pair> differentShapes() {
        return sameShape().flatMap(p -> Combinators.combine(sizes(), sizes())
                .filter((r, c) -> r != p.a().rows() || c != p.a().cols())
                .flatAs(MatrixPropertiesTest::matrices).map(b -> new Pair(p.a(), b)));
    }

    // ----------------------------------------------------------------------------------------------
    // Naive references

    private static double[][] naiveProduct(double[][] a, double[][] b) {
        return MatrixTest.naiveProduct(Matrix.of(a), Matrix.of(b)).toArray();
    }

    private static double[][] naiveTranspose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    private static double[][] abs(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = java.util.Arrays.stream(a[i]).map(Math::abs).toArray();
        }
        return out;
    }

    /**
     * A sum of k products computed in any order is within k·2⁻⁵² of Σ|aᵢbᵢ| of the exact one (plus a tiny absolute
     * slack for numbers near underflow): this asserts that bound, not a particular order of summation.
     */
    private static void assertCloseToSum(double[][] expected, double[][] magnitudes, int terms, Matrix actual) {
        assertEquals(expected.length, actual.rows());
        assertEquals(expected[0].length, actual.cols());
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[0].length; j++) {
                double bound = 2 * terms * Math.ulp(1.0) * magnitudes[i][j] + terms * Double.MIN_NORMAL;
                assertTrue(Math.abs(actual.get(i, j) - expected[i][j]) <= bound, "(" + i + ", " + j + "): "
                        + actual.get(i, j) + " vs " + expected[i][j]);
            }
        }
    }

    // ----------------------------------------------------------------------------------------------
    // Products

    @Property
    void multiplyIsTheSumOfProducts(@ForAll("product") Pair p) {
        double[][] a = p.a().toArray();
        double[][] b = p.b().toArray();
        assertCloseToSum(naiveProduct(a, b), naiveProduct(abs(a), abs(b)), a[0].length, p.a().multiply(p.b()));
    }

    @Property
    void transposeMultiplyIsATransposedTimesB(@ForAll("product") Pair p) {
        Matrix at = p.a().transpose();
        double[][] a = p.a().toArray();
        double[][] b = p.b().toArray();
        assertCloseToSum(naiveProduct(a, b), naiveProduct(abs(a), abs(b)), b.length, at.transposeMultiply(p.b()));
    }

    @Property
    void multiplyTransposeIsATimesBTransposed(@ForAll("product") Pair p) {
        Matrix bt = p.b().transpose();
        double[][] a = p.a().toArray();
        double[][] b = p.b().toArray();
        assertCloseToSum(naiveProduct(a, b), naiveProduct(abs(a), abs(b)), b.length, p.a().multiplyTranspose(bt));
    }

    @Property
    void transposeSwapsRowsAndColumns(@ForAll("anyMatrix") Matrix a) {
        assertArrayEquals(naiveTranspose(a.toArray()), a.transpose().toArray());
        assertEquals(a, a.transpose().transpose());
    }

    @Property
    void aProductWhoseInnerDimensionsDifferNamesBothShapes(@ForAll("differentShapes") Pair p) {
        if (p.a().cols() == p.b().rows()) {
            return;
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.a().multiply(p.b()));
        assertEquals("multiply: " + p.a().shape() + " x " + p.b().shape() + ": inner dimensions differ ("
                + p.a().cols() + " vs " + p.b().rows() + ")", e.getMessage());
    }

    // ----------------------------------------------------------------------------------------------
    // Element by element: one IEEE operation per element, so the results must be identical

    @Property
    void elementWiseOperationsMatchOneOperationPerElement(@ForAll("sameShape") Pair p) {
        double[] a = p.a().toFlatArray();
        double[] b = p.b().toFlatArray();
        double[] sum = new double[a.length];
        double[] difference = new double[a.length];
        double[] product = new double[a.length];
        double[] quotient = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
            difference[i] = a[i] - b[i];
            product[i] = a[i] * b[i];
            quotient[i] = a[i] / b[i];
        }
        assertArrayEquals(sum, p.a().plus(p.b()).toFlatArray());
        assertArrayEquals(difference, p.a().minus(p.b()).toFlatArray());
        assertArrayEquals(product, p.a().hadamard(p.b()).toFlatArray());
        assertArrayEquals(quotient, p.a().divide(p.b()).toFlatArray());
    }

    @Property
    void scalingMultipliesEveryElement(@ForAll("anyMatrix") Matrix a, @ForAll("values") double s) {
        double[] expected = a.toFlatArray();
        for (int i = 0; i < expected.length; i++) {
            expected[i] *= s;
        }
        assertArrayEquals(expected, a.times(s).toFlatArray());
    }

    @Provide("values")
    Arbitrary<Double> valuesForProperties() {
        return values();
    }

    @Property
    void addRowVectorAddsTheRowToEveryRow(@ForAll("matrixAndRow") Pair p) {
        double[][] a = p.a().toArray();
        double[] b = p.b().toFlatArray();
        for (double[] row : a) {
            for (int j = 0; j < row.length; j++) {
                row[j] += b[j];
            }
        }
        assertArrayEquals(a, p.a().addRowVector(p.b()).toArray());
    }

    @Property
    void operationsOnDifferentShapesNameBothShapes(@ForAll("differentShapes") Pair p) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.a().plus(p.b()));
        assertEquals("plus: " + p.a().shape() + " and " + p.b().shape() + ": shapes differ", e.getMessage());
    }

    // ----------------------------------------------------------------------------------------------
    // Reductions

    @Property
    void sumsOfColumnsAndRowsAddEveryElement(@ForAll("anyMatrix") Matrix a) {
        double[][] x = a.toArray();
        double[][] ones = new double[x[0].length][1];
        double[][] onesRow = new double[1][x.length];
        java.util.Arrays.stream(ones).forEach(r -> r[0] = 1);
        java.util.Arrays.fill(onesRow[0], 1);
        assertCloseToSum(naiveProduct(x, ones), naiveProduct(abs(x), ones), x[0].length, a.sumOfEachRow());
        assertCloseToSum(naiveProduct(onesRow, x), naiveProduct(onesRow, abs(x)), x.length, a.sumOfEachColumn());
    }

    @Property
    void argMaxIsTheFirstLargestElementOfEachRow(@ForAll("anyMatrix") Matrix a) {
        double[][] x = a.toArray();
        int[] expected = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 1; j < x[i].length; j++) {
                if (x[i][j] > x[i][expected[i]]) {
                    expected[i] = j;
                }
            }
        }
        assertArrayEquals(expected, a.argMaxOfEachRow());
    }
}
