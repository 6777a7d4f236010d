package neuralmath.course.plot;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The straight line that one neuron with two inputs draws in the plane: the points where its weighted sum
 * z = w₁x₁ + w₂x₂ + b is exactly 0. On one side z &gt; 0, on the other z &lt; 0; w points to the side where z grows.
 */
public final class DecisionLine {

    private DecisionLine() {
    }

    /**
     * Adds the line w₁x₁ + w₂x₂ + b = 0, dashed, across the chart's plotted area (a chart from
     * {@link Plots#decisionRegions} or {@link Plots#probabilityRegions}, whose axes have fixed ranges), and returns
     * the chart.
     */
    public static XYChart add(XYChart chart, String name, double w1, double w2, double b) {
        if (w1 == 0 && w2 == 0) {
            throw new IllegalArgumentException("DecisionLine: w1 and w2 are both 0, so z = b everywhere and there "
                    + "is no line");
        }
        Double x1Min = chart.getStyler().getXAxisMin();
        Double x1Max = chart.getStyler().getXAxisMax();
        Double x2Min = chart.getStyler().getYAxisMin();
        Double x2Max = chart.getStyler().getYAxisMax();
        if (x1Min == null || x1Max == null || x2Min == null || x2Max == null) {
            throw new IllegalArgumentException("DecisionLine: the chart \"" + chart.getTitle() + "\" has no fixed "
                    + "axis ranges; use a chart from Plots.decisionRegions or Plots.probabilityRegions");
        }
        double[][] ends = ends(w1, w2, b, x1Min, x1Max, x2Min, x2Max);
        if (ends == null) {
            throw new IllegalArgumentException("DecisionLine: the line " + w1 + "·x₁ + " + w2 + "·x₂ + " + b
                    + " = 0 does not cross the plotted area [" + x1Min + ", " + x1Max + "] x [" + x2Min + ", "
                    + x2Max + "]");
        }
        XYSeries line = chart.addSeries(name, ends[0], ends[1]);
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(Style.BLACK);
        line.setLineStyle(SeriesLines.DASH_DASH);
        line.setLineWidth(3f);
        return chart;
    }

    /**
     * Where the line meets the border of the rectangle: {{x₁ of both ends}, {x₂ of both ends}}, or null if it
     * misses the rectangle.
     */
    static double[][] ends(double w1, double w2, double b, double x1Min, double x1Max, double x2Min, double x2Max) {
        List<double[]> points = new ArrayList<>();
        if (w2 != 0) { // crossings of the left and right edges: x₂ = −(w₁x₁ + b) / w₂
            for (double x1 : new double[] {x1Min, x1Max}) {
                points.add(new double[] {x1, -(w1 * x1 + b) / w2});
            }
        }
        if (w1 != 0) { // crossings of the bottom and top edges: x₁ = −(w₂x₂ + b) / w₁
            for (double x2 : new double[] {x2Min, x2Max}) {
                points.add(new double[] {-(w2 * x2 + b) / w1, x2});
            }
        }
        double slackX = 1e-9 * (x1Max - x1Min);
        double slackY = 1e-9 * (x2Max - x2Min);
        points.removeIf(p -> p[0] < x1Min - slackX || p[0] > x1Max + slackX
                || p[1] < x2Min - slackY || p[1] > x2Max + slackY);
        if (points.isEmpty()) {
            return null;
        }
        double[] first = points.get(0);
        double[] far = first;
        for (double[] p : points) { // the crossing farthest from the first: the other end of the segment
            if (Math.hypot(p[0] - first[0], p[1] - first[1]) > Math.hypot(far[0] - first[0], far[1] - first[1])) {
                far = p;
            }
        }
        return new double[][] {{first[0], far[0]}, {first[1], far[1]}};
    }
}
