package neuralmath.course.plot;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;
import neuralmath.activations.Activation;
import neuralmath.course.display.Headless;
import neuralmath.la.Matrix;
import neuralmath.training.History;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The course's pictures. Each method returns the XChart chart, so a learner can restyle it
 * ({@code chart.getStyler()...}); {@link #image} turns charts into a picture a notebook shows, {@link #save}
 * writes one as PNG. Pictures that are grids of pixels (digits, weights) are images straight away.
 */
public final class Plots {

    /** Points per curve in function plots. */
    static final int SAMPLES = 401;

    static {
        Headless.ensure();
    }

    private Plots() {
    }

    // ----------------------------------------------------------------------------------------------
    // Turning charts into pictures

    /** The charts, side by side, as one image; a notebook cell ending with it shows a PNG. */
    public static ChartImage image(Chart<?, ?>... charts) {
        return ChartImage.of(charts);
    }

    /** The charts side by side under a line of text, e.g. the state of a training run. */
    public static ChartImage image(String caption, Chart<?, ?>... charts) {
        return ChartImage.of(caption, charts);
    }

    /** Saves the chart as a PNG file (folders are created) and returns the file. */
    public static Path save(Chart<?, ?> chart, Path file) {
        return image(chart).save(file);
    }

    // ----------------------------------------------------------------------------------------------
    // Functions

    /** y = f(x) for x from {@code from} to {@code to}. */
    public static XYChart function(String name, DoubleUnaryOperator f, double from, double to) {
        return functions(name, from, to, Map.of(name, f));
    }

    /** Several functions of x on one chart, one curve each, in the map's order (use a LinkedHashMap). */
    public static XYChart functions(String title, double from, double to, Map<String, DoubleUnaryOperator> curves) {
        if (!(from < to)) {
            throw new IllegalArgumentException("functions: the range needs from < to, got [" + from + ", " + to + "]");
        }
        XYChart chart = xyChart(title, "x", "y", Style.WIDTH, Style.HEIGHT);
        double[] x = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            x[i] = from + (to - from) * i / (SAMPLES - 1);
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, DoubleUnaryOperator> curve : curves.entrySet()) {
            double[] y = Arrays.stream(x).map(curve.getValue()).toArray();
            line(chart.addSeries(curve.getKey(), x, y));
            low = Math.min(low, Arrays.stream(y).min().orElse(0));
            high = Math.max(high, Arrays.stream(y).max().orElse(0));
        }
        // Explicit axis ranges with a margin: given equally spaced values from min to max, XChart 3.8.8 puts
        // its ticks on data values (labels like 4.800000000000001); a margin keeps its round-number ticks.
        double xMargin = 0.02 * (to - from);
        double yMargin = high > low ? 0.06 * (high - low) : 0.5;
        chart.getStyler().setXAxisMin(from - xMargin).setXAxisMax(to + xMargin);
        chart.getStyler().setYAxisMin(low - yMargin).setYAxisMax(high + yMargin);
        return chart;
    }

    /**
     * Curves through measured points: each entry of {@code ys} (in the map's order: use a LinkedHashMap) is one
     * line through (x[i], y[i]), e.g. a membrane potential over time or a firing rate against the input current.
     */
    public static XYChart lines(String title, String xTitle, String yTitle, double[] x, Map<String, double[]> ys) {
        XYChart chart = xyChart(title, xTitle, yTitle, Style.WIDTH, Style.HEIGHT);
        for (Map.Entry<String, double[]> curve : ys.entrySet()) {
            if (curve.getValue().length != x.length) {
                throw new IllegalArgumentException("lines: " + curve.getKey() + " has " + curve.getValue().length
                        + " values but x has " + x.length + ": needs one y per x");
            }
            line(chart.addSeries(curve.getKey(), x, curve.getValue()));
        }
        double from = Arrays.stream(x).min().orElse(0);
        double to = Arrays.stream(x).max().orElse(0);
        if (from < to) { // a margin keeps XChart's ticks on round numbers, as in functions(...)
            chart.getStyler().setXAxisMin(from - 0.02 * (to - from)).setXAxisMax(to + 0.02 * (to - from));
        }
        return chart;
    }

    /** An activation f(z) and its derivative f'(z), the two curves backpropagation uses. */
    public static XYChart activation(Activation f, double from, double to) {
        Map<String, DoubleUnaryOperator> curves = new LinkedHashMap<>();
        curves.put(f.name() + "(z)", f::value);
        curves.put(f.name() + "'(z)", f::derivative);
        XYChart chart = functions(f.name() + " and its derivative", from, to, curves);
        chart.setXAxisTitle("z");
        chart.setYAxisTitle("");
        return chart;
    }

    // ----------------------------------------------------------------------------------------------
    // Training

    /** The mean training loss and the test loss after each epoch. */
    public static XYChart loss(History history) {
        return perEpoch("Loss", "loss", history, history.trainLoss(), history.testLoss());
    }

    /** The training and test accuracy after each epoch. */
    public static XYChart accuracy(History history) {
        return perEpoch("Accuracy", "accuracy", history, history.trainAccuracy(), history.testAccuracy());
    }

    private static XYChart perEpoch(String title, String yTitle, History history, double[] train, double[] test) {
        if (history.size() == 0) {
            throw new IllegalArgumentException(title + ": the history has no epochs yet");
        }
        XYChart chart = xyChart(title, "epoch", yTitle, Style.WIDTH * 2 / 3 + 60, Style.HEIGHT);
        double[] epochs = history.epochs().stream().mapToDouble(e -> e.epoch()).toArray();
        line(chart.addSeries("train", epochs, train));
        if (history.last().hasTest()) {
            line(chart.addSeries("test", epochs, test));
        }
        boolean falling = train[train.length - 1] < train[0];
        chart.getStyler().setLegendPosition(falling ? Styler.LegendPosition.InsideNE : Styler.LegendPosition.InsideSE);
        chart.getStyler().setXAxisDecimalPattern("0");
        if (history.size() > 10) {
            // Past ten epochs, a tick per epoch crowds the axis; a half-epoch margin makes XChart choose round ticks.
            chart.getStyler().setXAxisMin(0.5).setXAxisMax(history.size() + 0.5);
        }
        return chart;
    }

    // ----------------------------------------------------------------------------------------------
    // Digits and weights: grids of pixels

    /** Each row of {@code images} (64 pixels for 8x8 digits) drawn as a picture with its label above. */
    public static ChartImage digits(Matrix images, int[] labels) {
        return digits(images, labels, "Digits");
    }

    /** The same, under a title that says which digits these are (a training image, the first test image, ...). */
    public static ChartImage digits(Matrix images, int[] labels, String title) {
        requireOnePer("digits", images, labels.length, "labels");
        String[] captions = Arrays.stream(labels).mapToObj(String::valueOf).toArray(String[]::new);
        Color[] colors = new Color[labels.length];
        Arrays.fill(colors, Style.BLACK);
        return pixelGrid(title, images, captions, colors);
    }

    /**
     * Digits with their true label and the predicted one, "true→predicted"; mistakes are written in vermillion.
     */
    public static ChartImage digits(Matrix images, int[] labels, int[] predicted) {
        requireOnePer("digits", images, labels.length, "labels");
        requireOnePer("digits", images, predicted.length, "predictions");
        String[] captions = new String[labels.length];
        Color[] colors = new Color[labels.length];
        for (int i = 0; i < labels.length; i++) {
            boolean right = labels[i] == predicted[i];
            captions[i] = right ? String.valueOf(labels[i]) : labels[i] + "→" + predicted[i];
            colors[i] = right ? Style.BLACK : Style.VERMILLION;
        }
        return pixelGrid("Digits (true→predicted where wrong)", images, captions, colors);
    }

    /**
     * Each row of {@code images} drawn as a square grey picture (784 pixels: 28×28) with its caption above, e.g. the
     * name of its class.
     */
    public static ChartImage pictures(Matrix images, List<String> captions, String title) {
        requireOnePer("pictures", images, captions.size(), "captions");
        Color[] colors = new Color[captions.size()];
        Arrays.fill(colors, Style.BLACK);
        return pixelGrid(title, images, captions.toArray(String[]::new), colors);
    }

    private static ChartImage pixelGrid(String title, Matrix images, String[] captions, Color[] colors) {
        double min = Math.min(0.0, images.min());
        double max = images.max();
        return PixelGrid.draw(title, images, captions, colors, (p, v) -> PixelGrid.grey(v, min, max));
    }

    /** One digit enlarged, pixel by pixel, with row and column numbers: a 1x64 row becomes 8x8. */
    public static HeatMapChart digit(Matrix pixels, String title) {
        if (pixels.rows() != 1) {
            throw new IllegalArgumentException("digit: needs one row of pixels, got " + pixels.shape());
        }
        int side = PixelGrid.side("digit", pixels.cols());
        HeatMapChart chart = new HeatMapChart(Style.HEIGHT, Style.HEIGHT + 40, Styler.ChartTheme.XChart);
        chart.setTitle(title);
        chart.setXAxisTitle("column");
        chart.setYAxisTitle("row");
        Style.heatMap(chart);
        List<Number[]> cells = new ArrayList<>();
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                cells.add(new Number[] {c, side - 1 - r, pixels.get(0, r * side + c)});
            }
        }
        chart.addSeries("pixels", indices(side, false), indices(side, true), cells);
        chart.getStyler().setRangeColors(new Color[] {Color.WHITE, Color.BLACK});
        chart.getStyler().setMin(Math.min(0.0, pixels.min())).setMax(pixels.max());
        chart.getStyler().setLegendVisible(false);
        return chart;
    }

    /**
     * The weights W of a first layer, one picture per hidden neuron: column j of W (one weight per input pixel)
     * drawn as the image that excites neuron j most. Vermillion is positive, blue negative; each neuron is scaled
     * to its own largest |w|.
     */
    public static ChartImage weights(Matrix w) {
        return weights(w, "First-layer weights, one picture per hidden neuron");
    }

    /** The same, under a title that says which weights these are (trained, changed by training, ...). */
    public static ChartImage weights(Matrix w, String title) {
        int neurons = w.cols();
        Matrix pictures = w.transpose();
        double[] limits = new double[neurons];
        String[] captions = new String[neurons];
        Color[] colors = new Color[neurons];
        for (int j = 0; j < neurons; j++) {
            Matrix row = pictures.row(j);
            limits[j] = Math.max(Math.abs(row.min()), Math.abs(row.max()));
            captions[j] = String.valueOf(j);
            colors[j] = Style.BLACK;
        }
        return PixelGrid.draw(title, pictures, captions, colors, (p, v) -> PixelGrid.diverging(v, limits[p]));
    }

    // ----------------------------------------------------------------------------------------------
    // Classification

    /**
     * Bars side by side: for each category (e.g. a setup, or a range of values), one bar per series. Every series
     * needs one value per category; the map's order is the legend's (use a LinkedHashMap).
     */
    public static CategoryChart bars(String title, String xTitle, String yTitle, List<String> categories,
                                     Map<String, double[]> series) {
        CategoryChart chart = new CategoryChart(Style.WIDTH + 180, Style.HEIGHT);
        chart.setTitle(title);
        chart.setXAxisTitle(xTitle);
        chart.setYAxisTitle(yTitle);
        Style.bars(chart);
        for (Map.Entry<String, double[]> s : series.entrySet()) {
            if (s.getValue().length != categories.size()) {
                throw new IllegalArgumentException("bars: series \"" + s.getKey() + "\" has " + s.getValue().length
                        + " values for " + categories.size() + " categories: needs one per category");
            }
            chart.addSeries(s.getKey(), categories, Arrays.stream(s.getValue()).boxed().toList());
        }
        return chart;
    }

    /** The confusion matrix as a heat map, counts written in; row = true class, column = predicted class. */
    public static HeatMapChart confusionMatrix(int[][] counts, String[] labels) {
        int n = labels.length;
        if (counts.length != n || Arrays.stream(counts).anyMatch(row -> row.length != n)) {
            throw new IllegalArgumentException("confusionMatrix: " + n + " labels need " + n + "x" + n
                    + " counts, got " + counts.length + " rows of lengths "
                    + Arrays.toString(Arrays.stream(counts).mapToInt(r -> r.length).toArray()));
        }
        int size = Math.max(360, 110 + 48 * n);
        HeatMapChart chart = new HeatMapChart(size + 40, size, Styler.ChartTheme.XChart);
        chart.setTitle("Confusion matrix");
        chart.setXAxisTitle("predicted");
        chart.setYAxisTitle("true");
        Style.heatMap(chart);
        List<Number[]> cells = new ArrayList<>();
        int max = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cells.add(new Number[] {j, n - 1 - i, counts[i][j]});
                max = Math.max(max, counts[i][j]);
            }
        }
        List<String> reversed = new ArrayList<>(Arrays.asList(labels));
        Collections.reverse(reversed);
        chart.addSeries("counts", Arrays.asList(labels), reversed, cells);
        chart.getStyler().setShowValue(true).setHeatMapValueDecimalPattern("0");
        chart.getStyler().setRangeColors(new Color[] {Color.WHITE, Style.SKY_BLUE});
        chart.getStyler().setMin(0).setMax(Math.max(1, max));
        chart.getStyler().setLegendVisible(false);
        return chart;
    }

    /** The same with classes named 0, 1, …, n−1. */
    public static HeatMapChart confusionMatrix(int[][] counts) {
        return confusionMatrix(counts, IntStream.range(0, counts.length)
                .mapToObj(String::valueOf).toArray(String[]::new));
    }

    /**
     * The regions of the plane where a classifier predicts each class (pale), with the points of {@code x} (one
     * per row, two columns) on top, coloured by their true class {@code y}.
     */
    public static XYChart decisionRegions(Classifier2D classifier, Matrix x, int[] y) {
        XYChart chart = regionChart("Decision regions", x, y);
        Tiles.paint(chart, range(x, 0), range(x, 1),
                (x1, x2) -> Tiles.pale(Style.color(classifier.classOf(x1, x2)), 0.7));
        addPoints(chart, x, y);
        return chart;
    }

    /**
     * The probability p(x₁, x₂) of class 1 that a binary classifier gives, in ten bands from blue (p near 0)
     * through white (0.5) to vermillion (p near 1), with the points of {@code x} on top.
     */
    public static XYChart probabilityRegions(DoubleBinaryOperator p, Matrix x, int[] y) {
        XYChart chart = regionChart("Probability of class 1", x, y);
        Tiles.paint(chart, range(x, 0), range(x, 1), (x1, x2) -> {
            int band = (int) Math.min(9, Math.max(0, Math.floor(p.applyAsDouble(x1, x2) * 10)));
            double distance = Math.abs(band - 4.5) / 4.5; // 0.11 next to 0.5, 1 at the ends
            return Tiles.pale(band < 5 ? Style.BLUE : Style.VERMILLION, 1 - 0.4 * distance);
        });
        addPoints(chart, x, y);
        return chart;
    }

    private static XYChart regionChart(String title, Matrix x, int[] y) {
        if (x.cols() != 2) {
            throw new IllegalArgumentException(title + ": needs points with two inputs (n x 2), got " + x.shape());
        }
        requireOnePer(title, x, y.length, "labels");
        XYChart chart = xyChart(title, "x₁", "x₂", Style.HEIGHT + 180, Style.HEIGHT + 60);
        return chart;
    }

    private static void addPoints(XYChart chart, Matrix x, int[] y) {
        int classes = Arrays.stream(y).max().orElse(0) + 1;
        for (int c = 0; c < classes; c++) {
            final int k = c;
            int[] rows = IntStream.range(0, y.length).filter(i -> y[i] == k).toArray();
            if (rows.length == 0) {
                continue;
            }
            Matrix points = x.selectRows(rows);
            XYSeries s = chart.addSeries("class " + c, points.column(0).toFlatArray(), points.column(1).toFlatArray());
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(Style.color(c));
        }
    }

    // ----------------------------------------------------------------------------------------------
    // Optimizers

    /**
     * Optimizers' paths over a loss surface L(w₁, w₂): the surface in grey bands (twelve equal shares of the
     * plotted area, darker = higher loss), each path a line through its points {w₁, w₂} from start to end.
     */
    public static XYChart optimizerPaths(DoubleBinaryOperator loss, double[] w1Range, double[] w2Range,
                                         Map<String, List<double[]>> paths) {
        requireRange("optimizerPaths: w1Range", w1Range);
        requireRange("optimizerPaths: w2Range", w2Range);
        XYChart chart = xyChart("Optimizer paths", "w₁", "w₂", Style.WIDTH, Style.HEIGHT + 60);
        Color[] levels = Tiles.ramp(new Color(0xFAFAFA), new Color(0x8C8C8C), 12);
        Tiles.paint(chart, w1Range, w2Range, Tiles.byQuantile(loss, w1Range, w2Range, levels));
        int i = 0;
        for (Map.Entry<String, List<double[]>> path : paths.entrySet()) {
            List<double[]> points = path.getValue();
            if (points.isEmpty()) {
                throw new IllegalArgumentException("optimizerPaths: the path of " + path.getKey() + " has no points");
            }
            XYSeries s = chart.addSeries(path.getKey(), points.stream().mapToDouble(p -> p[0]).toArray(),
                    points.stream().mapToDouble(p -> p[1]).toArray());
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setLineColor(Style.color(i));
            s.setLineStyle(SeriesLines.SOLID);
            s.setMarkerColor(Style.color(i));
            s.setLineWidth(2.5f);
            i++;
        }
        return chart;
    }

    // ----------------------------------------------------------------------------------------------

    private static XYChart xyChart(String title, String xTitle, String yTitle, int width, int height) {
        XYChart chart = new XYChart(width, height);
        chart.setTitle(title);
        chart.setXAxisTitle(xTitle);
        chart.setYAxisTitle(yTitle);
        Style.xy(chart);
        return chart;
    }

    private static void line(XYSeries s) {
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setLineWidth(2.5f);
        s.setLineStyle(SeriesLines.SOLID);
        if (s.getXData().length > 30) {
            s.setMarker(SeriesMarkers.NONE);
        }
    }

    /** The range of column j of x, widened by 10% on each side. */
    private static double[] range(Matrix x, int j) {
        Matrix column = x.column(j);
        double margin = Math.max(1e-9, 0.1 * (column.max() - column.min()));
        return new double[] {column.min() - margin, column.max() + margin};
    }

    private static void requireRange(String what, double[] range) {
        if (range.length != 2 || !(range[0] < range[1])) {
            throw new IllegalArgumentException(what + " must be {min, max} with min < max, got "
                    + Arrays.toString(range));
        }
    }

    private static void requireOnePer(String what, Matrix rows, int count, String things) {
        if (rows.rows() != count) {
            throw new IllegalArgumentException(what + ": " + rows.rows() + " rows " + rows.shape() + " but " + count
                    + " " + things + ": needs one per row");
        }
    }

    private static List<String> indices(int n, boolean reversed) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(String.valueOf(reversed ? n - 1 - i : i));
        }
        return out;
    }
}
