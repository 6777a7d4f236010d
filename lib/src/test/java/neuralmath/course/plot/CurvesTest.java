package neuralmath.course.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class CurvesTest {

    @Test
    void eachCurveIsDrawnAgainstItsStepNumbersInOrder() {
        Map<String, double[]> curves = new LinkedHashMap<>();
        curves.put("η = 0.1", new double[] {4, 2, 1});
        curves.put("η = 0.5", new double[] {4, 1});
        XYChart chart = Curves.perStep("Loss", "L", curves);
        assertEquals(List.of("η = 0.1", "η = 0.5"), new ArrayList<>(chart.getSeriesMap().keySet()));
        assertArrayEquals(new double[] {0, 1, 2}, chart.getSeriesMap().get("η = 0.1").getXData());
        assertArrayEquals(new double[] {4, 1}, chart.getSeriesMap().get("η = 0.5").getYData());
        assertEquals("step", chart.getXAxisTitle());
        assertTrue(chart.getStyler().isLegendVisible(), "two curves need a legend");
        assertFalse(Curves.perStep("Loss", "L", Map.of("L", new double[] {1, 0.5})).getStyler().isLegendVisible(),
                "one curve needs none");
        assertTrue(Plots.image(chart).getWidth() > 0);
    }

    @Test
    void perEpochCurvesStartAtEpochOne() {
        XYChart chart = Curves.perEpoch("Loss", "loss", Map.of("train", new double[] {0.9, 0.5, 0.3}));
        assertArrayEquals(new double[] {1, 2, 3}, chart.getSeriesMap().get("train").getXData());
        assertEquals("epoch", chart.getXAxisTitle());
        var e = assertThrows(IllegalArgumentException.class,
                () -> Curves.perEpoch("Loss", "loss", Map.of("train", new double[] {0.9, Double.NaN})));
        assertTrue(e.getMessage().contains("epoch 2"), e.getMessage());
    }

    @Test
    void aCurveThatStopsBeingANumberIsRejectedNamingTheStep() {
        Map<String, double[]> curves = Map.of("diverging", new double[] {1, 10, Double.POSITIVE_INFINITY});
        var e = assertThrows(IllegalArgumentException.class, () -> Curves.perStep("Loss", "L", curves));
        assertTrue(e.getMessage().contains("diverging") && e.getMessage().contains("step 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Curves.perStep("Loss", "L", Map.of()));
    }
}
