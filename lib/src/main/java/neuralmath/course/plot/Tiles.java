package neuralmath.course.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A coloured background for an XY chart: the plane cut into n×n square tiles, each painted by a colour that
 * depends on its centre (x₁, x₂). XChart has no filled contours, so each colour becomes one scatter series of
 * square markers, drawn first, left out of the legend.
 */
final class Tiles {

    /** Tiles per side; with {@link #MARKER} pixels each they overlap a little at the default chart size. */
    static final int PER_SIDE = 75;
    static final int MARKER = 8;

    private Tiles() {
    }

    /** The colour of the tile centred at (x₁, x₂). */
    interface Painter {
        Color colorAt(double x1, double x2);
    }

    /** Paints the tiles over [x1Min, x1Max]×[x2Min, x2Max] and fixes the axes to that rectangle. */
    static void paint(XYChart chart, double[] x1Range, double[] x2Range, Painter painter) {
        Map<Color, List<double[]>> byColor = new LinkedHashMap<>();
        double dx = (x1Range[1] - x1Range[0]) / PER_SIDE;
        double dy = (x2Range[1] - x2Range[0]) / PER_SIDE;
        for (int i = 0; i < PER_SIDE; i++) {
            for (int j = 0; j < PER_SIDE; j++) {
                double x1 = x1Range[0] + (i + 0.5) * dx;
                double x2 = x2Range[0] + (j + 0.5) * dy;
                byColor.computeIfAbsent(painter.colorAt(x1, x2), c -> new ArrayList<>()).add(new double[] {x1, x2});
            }
        }
        int k = 0;
        for (Map.Entry<Color, List<double[]>> tiles : byColor.entrySet()) {
            List<double[]> points = tiles.getValue();
            double[] xs = points.stream().mapToDouble(p -> p[0]).toArray();
            double[] ys = points.stream().mapToDouble(p -> p[1]).toArray();
            XYSeries series = chart.addSeries("background " + (++k), xs, ys);
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            series.setMarker(SeriesMarkers.SQUARE);
            series.setMarkerColor(tiles.getKey());
            series.setShowInLegend(false);
        }
        chart.getStyler().setMarkerSize(MARKER);
        chart.getStyler().setPlotContentSize(1.0);
        chart.getStyler().setXAxisMin(x1Range[0]).setXAxisMax(x1Range[1]);
        chart.getStyler().setYAxisMin(x2Range[0]).setYAxisMax(x2Range[1]);
        chart.getStyler().setPlotGridLinesVisible(false);
    }

    /**
     * Level k of {@code levels} for every grid value: tiles are ranked by f and cut into equal shares, so the
     * levels show the shape of f whatever its scale (a loss surface can span many powers of ten).
     */
    static Painter byQuantile(DoubleBinaryOperator f, double[] x1Range, double[] x2Range, Color[] levels) {
        List<Double> values = new ArrayList<>();
        double dx = (x1Range[1] - x1Range[0]) / PER_SIDE;
        double dy = (x2Range[1] - x2Range[0]) / PER_SIDE;
        for (int i = 0; i < PER_SIDE; i++) {
            for (int j = 0; j < PER_SIDE; j++) {
                values.add(f.applyAsDouble(x1Range[0] + (i + 0.5) * dx, x2Range[0] + (j + 0.5) * dy));
            }
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] cuts = new double[levels.length - 1];
        for (int k = 0; k < cuts.length; k++) {
            cuts[k] = sorted[(k + 1) * sorted.length / levels.length];
        }
        return (x1, x2) -> {
            double v = f.applyAsDouble(x1, x2);
            int k = 0;
            while (k < cuts.length && v >= cuts[k]) {
                k++;
            }
            return levels[k];
        };
    }

    /** Colour c mixed with white: {@code share} = 0 gives c, 1 gives white. */
    static Color pale(Color c, double share) {
        return new Color(mix(c.getRed(), share), mix(c.getGreen(), share), mix(c.getBlue(), share));
    }

    /** The colours from {@code from} to {@code to} in n even steps. */
    static Color[] ramp(Color from, Color to, int n) {
        Color[] out = new Color[n];
        for (int k = 0; k < n; k++) {
            double t = n == 1 ? 0 : (double) k / (n - 1);
            out[k] = new Color(lerp(from.getRed(), to.getRed(), t), lerp(from.getGreen(), to.getGreen(), t),
                    lerp(from.getBlue(), to.getBlue(), t));
        }
        return out;
    }

    private static int mix(int channel, double share) {
        return (int) Math.round(channel + (255 - channel) * share);
    }

    private static int lerp(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
