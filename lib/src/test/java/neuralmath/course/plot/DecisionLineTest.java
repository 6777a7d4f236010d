package neuralmath.course.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import neuralmath.la.Matrix;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class DecisionLineTest {

    private static void assertOnLineAndBorder(double[][] ends, double w1, double w2, double b) {
        for (int k = 0; k < 2; k++) {
            double x1 = ends[0][k];
            double x2 = ends[1][k];
            assertEquals(0.0, w1 * x1 + w2 * x2 + b, 1e-9, "end " + k + " lies on the line");
            boolean onBorder = Math.abs(Math.abs(x1) - 2) < 1e-9 || Math.abs(Math.abs(x2) - 2) < 1e-9;
            assertTrue(onBorder, "end " + k + " (" + x1 + ", " + x2 + ") lies on the border of [-2,2]²");
        }
        double length = Math.hypot(ends[0][1] - ends[0][0], ends[1][1] - ends[1][0]);
        assertTrue(length > 0.1, "the two ends differ");
    }

    @Test
    void theLineRunsFromBorderToBorderWhateverItsSlope() {
        double[][] slanted = DecisionLine.ends(1, 2, -1, -2, 2, -2, 2);
        assertOnLineAndBorder(slanted, 1, 2, -1);
        double[][] vertical = DecisionLine.ends(2, 0, -1, -2, 2, -2, 2);
        assertOnLineAndBorder(vertical, 2, 0, -1);
        assertEquals(0.5, vertical[0][0], 1e-12);
        assertEquals(0.5, vertical[0][1], 1e-12);
        double[][] diagonal = DecisionLine.ends(1, -1, 0, -2, 2, -2, 2); // through two corners
        assertOnLineAndBorder(diagonal, 1, -1, 0);
        assertEquals(4 * Math.sqrt(2), Math.hypot(diagonal[0][1] - diagonal[0][0], diagonal[1][1] - diagonal[1][0]),
                1e-9, "corner to corner");
        assertNull(DecisionLine.ends(1, 1, 10, -2, 2, -2, 2), "x₁ + x₂ = −10 misses the square");
    }

    @Test
    void addsADashedSeriesToARegionChart() {
        Matrix x = Matrix.of(new double[][] {{-1, -1}, {1, 1}, {-1, 1}, {1, -1}});
        XYChart chart = Plots.decisionRegions((a, b) -> a + b > 0 ? 1 : 0, x, new int[] {0, 1, 0, 1});
        DecisionLine.add(chart, "z = 0", 1, 1, 0);
        XYSeries line = chart.getSeriesMap().get("z = 0");
        assertEquals(2, line.getXData().length);
        assertEquals(0.0, line.getXData()[0] + line.getYData()[0], 1e-9);
        assertTrue(Plots.image(chart).getWidth() > 0);
    }

    @Test
    void refusesWhatCannotBeDrawnAndSaysWhy() {
        Matrix x = Matrix.of(new double[][] {{-1, -1}, {1, 1}});
        XYChart regions = Plots.decisionRegions((a, b) -> 0, x, new int[] {0, 1});
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> DecisionLine.add(regions, "z", 0, 0, 1));
        assertTrue(none.getMessage().contains("both 0"), none.getMessage());
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> DecisionLine.add(regions, "z", 1, 1, 100));
        assertTrue(outside.getMessage().contains("does not cross"), outside.getMessage());
        IllegalArgumentException free = assertThrows(IllegalArgumentException.class,
                () -> DecisionLine.add(new XYChart(100, 100), "z", 1, 1, 0));
        assertTrue(free.getMessage().contains("no fixed axis ranges"), free.getMessage());
    }
}
