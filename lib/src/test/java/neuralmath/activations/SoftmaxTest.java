package neuralmath.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import neuralmath.la.Matrix;
import org.junit.jupiter.api.Test;

class SoftmaxTest {

    private final Softmax softmax = Activation.softmax();

    @Test
    void valueByHand() {
        // softmax(0, ln 2, ln 3) = (1, 2, 3) / 6
        Matrix f = softmax.apply(Matrix.rowVector(0, Math.log(2), Math.log(3)));
        assertTrue(f.isCloseTo(Matrix.rowVector(1 / 6.0, 2 / 6.0, 3 / 6.0), 1e-15), f.toString());
        // equal logits give equal probabilities
        assertTrue(softmax.apply(Matrix.rowVector(7, 7, 7, 7)).isCloseTo(Matrix.filled(1, 4, 0.25), 1e-15));
    }

    @Test
    void everyRowSumsToOneAndRowsAreIndependent() {
        Matrix z = Matrix.randn(20, 7, 3).times(5);
        Matrix f = softmax.apply(z);
        for (int i = 0; i < z.rows(); i++) {
            assertEquals(1.0, f.row(i).sum(), 1e-12);
            assertTrue(f.row(i).min() > 0);
            assertEquals(softmax.apply(z.row(i)), f.row(i), "a row's softmax does not depend on other rows");
        }
    }

    @Test
    void stableForHugeLogits() {
        Matrix f = softmax.apply(Matrix.of(new double[][] {{1000, 999, 998}, {-1000, -1001, -1002}, {1000, -1000, 0}}));
        assertFalse(f.hasNonFinite(), f.toString());
        // shifting a row changes nothing: both rows are softmax(2, 1, 0)
        double e = Math.exp(1);
        double s = e * e + e + 1;
        Matrix expected = Matrix.rowVector(e * e / s, e / s, 1 / s);
        assertTrue(f.row(0).isCloseTo(expected, 1e-12), f.toString());
        assertTrue(f.row(1).isCloseTo(expected, 1e-12), f.toString());
        assertEquals(1.0, f.get(2, 0), 1e-15);
    }

    @Test
    void jacobianIsFiTimesDeltaMinusFjAndAgreesWithCentralDifferences() {
        Matrix z = Matrix.rowVector(0.3, -1.2, 2.0, 0.7);
        Matrix f = softmax.apply(z);
        Matrix jacobian = softmax.jacobian(z);
        double h = 1e-5;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double formula = f.get(0, i) * ((i == j ? 1 : 0) - f.get(0, j));
                assertEquals(formula, jacobian.get(i, j), 1e-15);
                Matrix plus = z.copy();
                plus.set(0, j, z.get(0, j) + h);
                Matrix minus = z.copy();
                minus.set(0, j, z.get(0, j) - h);
                double numeric = (softmax.apply(plus).get(0, i) - softmax.apply(minus).get(0, i)) / (2 * h);
                double error = Math.abs(numeric - jacobian.get(i, j))
                        / Math.max(Math.abs(numeric) + Math.abs(jacobian.get(i, j)), 1e-12);
                assertTrue(error < 1e-6, "J(" + i + ", " + j + "): " + jacobian.get(i, j) + " vs " + numeric);
            }
        }
    }

    @Test
    void backwardIsTheJacobianTimesTheGradientRowByRow() {
        Matrix z = Matrix.randn(5, 4, 11);
        Matrix a = softmax.apply(z);
        Matrix gradA = Matrix.randn(5, 4, 12);
        Matrix back = softmax.backward(z, a, gradA);
        for (int r = 0; r < 5; r++) {
            // ∂L/∂zⱼ = Σᵢ ∂L/∂fᵢ · ∂fᵢ/∂zⱼ: the row gradA times J
            Matrix expected = gradA.row(r).multiply(softmax.jacobian(z.row(r)));
            assertTrue(back.row(r).isCloseTo(expected, 1e-12), "row " + r);
        }
    }

    @Test
    void scalarFormsAndElementWiseDerivativeExplainThemselves() {
        assertTrue(assertThrows(UnsupportedOperationException.class, () -> softmax.value(1.0)).getMessage()
                .contains("row"));
        assertTrue(assertThrows(UnsupportedOperationException.class, () -> softmax.derivative(1.0)).getMessage()
                .contains("jacobian"));
        assertTrue(assertThrows(UnsupportedOperationException.class, () -> softmax.derivative(Matrix.ones(2, 2)))
                .getMessage().contains("jacobian"));
    }

    @Test
    void shapeErrorsNameTheShapes() {
        String m = assertThrows(IllegalArgumentException.class, () -> softmax.jacobian(Matrix.ones(2, 3)))
                .getMessage();
        assertTrue(m.contains("(2x3)"), m);
        m = assertThrows(IllegalArgumentException.class,
                () -> softmax.backward(Matrix.ones(2, 3), Matrix.ones(2, 3), Matrix.ones(3, 2))).getMessage();
        assertTrue(m.contains("softmax") && m.contains("(2x3)") && m.contains("(3x2)"), m);
    }
}
