package neuralmath.course.plot;

import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Sequences of numbers, one per step (a loss or a weight after each update) or one per epoch, as curves on one
 * chart. Per step, value i of a curve is drawn at step i, so step 0 is the starting point. For losses that span many orders of magnitude, make
 * the y axis logarithmic: {@code chart.getStyler().setYAxisLogarithmic(true)}.
 */
public final class Curves {

    static {
        neuralmath.course.display.Headless.ensure();
    }

    private Curves() {
    }

    /** One curve per entry, in the map's order (use a LinkedHashMap), against the step number 0, 1, 2, … */
    public static XYChart perStep(String title, String yTitle, Map<String, double[]> curves) {
        return draw(title, "step", 0, yTitle, curves);
    }

    /**
     * One curve per entry against the epoch number 1, 2, 3, … (value i at epoch i + 1), e.g. several training
     * runs' {@code History.trainLoss()} on one chart.
     */
    public static XYChart perEpoch(String title, String yTitle, Map<String, double[]> curves) {
        return draw(title, "epoch", 1, yTitle, curves);
    }

    private static XYChart draw(String title, String xTitle, int first, String yTitle, Map<String, double[]> curves) {
        if (curves.isEmpty()) {
            throw new IllegalArgumentException(title + ": give at least one curve");
        }
        XYChart chart = new XYChart(Style.WIDTH, Style.HEIGHT);
        chart.setTitle(title);
        chart.setXAxisTitle(xTitle);
        chart.setYAxisTitle(yTitle);
        Style.xy(chart);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setLegendVisible(curves.size() > 1);
        int steps = 0;
        for (Map.Entry<String, double[]> curve : curves.entrySet()) {
            double[] y = curve.getValue();
            if (y.length == 0) {
                throw new IllegalArgumentException(title + ": the curve " + curve.getKey() + " has no values");
            }
            double[] x = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                if (!Double.isFinite(y[i])) {
                    throw new IllegalArgumentException(title + ": the curve " + curve.getKey() + " has " + y[i]
                            + " at " + xTitle + " " + (first + i) + ": cut it before the value stops being a number");
                }
                x[i] = first + i;
            }
            XYSeries s = chart.addSeries(curve.getKey(), x, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setLineWidth(2.5f);
            s.setLineStyle(SeriesLines.SOLID);
            s.setMarker(y.length > 30 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
            steps = Math.max(steps, y.length - 1);
        }
        if (steps > 10) {
            // A small margin on both sides makes XChart 3.8.8 choose round ticks instead of ticks on the data.
            chart.getStyler().setXAxisMin(first - 0.02 * steps).setXAxisMax(first + 1.02 * steps);
        }
        return chart;
    }
}
