package neuralmath.course.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import neuralmath.activations.Activation;
import neuralmath.la.Matrix;
import neuralmath.training.History;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class PlotsTest {

    @Test
    void everyActivationIsPlottedWithItsDerivative() {
        for (Activation f : List.of(Activation.sigmoid(), Activation.tanh(), Activation.relu(),
                Activation.leakyRelu(0.1), Activation.elu(1.0), Activation.identity())) {
            XYChart chart = Plots.activation(f, -4, 4);
            XYSeries value = chart.getSeriesMap().get(f.name() + "(z)");
            XYSeries derivative = chart.getSeriesMap().get(f.name() + "'(z)");
            assertEquals(2, chart.getSeriesMap().size(), f.name());
            assertEquals(Plots.SAMPLES, value.getXData().length, f.name());
            for (int i = 0; i < Plots.SAMPLES; i += 37) {
                double z = value.getXData()[i];
                assertEquals(f.value(z), value.getYData()[i], 1e-12, f.name() + " at " + z);
                assertEquals(f.derivative(z), derivative.getYData()[i], 1e-12, f.name() + "' at " + z);
            }
            assertEquals(-4.0, value.getXData()[0]);
            assertEquals(4.0, value.getXData()[Plots.SAMPLES - 1]);
        }
    }

    @Test
    void softmaxHasNoCurveOfItsOwnAndSaysWhy() {
        var e = assertThrows(UnsupportedOperationException.class, () -> Plots.activation(Activation.softmax(), -1, 1));
        assertTrue(e.getMessage().contains("softmax"), e.getMessage());
    }

    @Test
    void severalFunctionsKeepTheirOrderAndNames() {
        Map<String, DoubleUnaryOperator> curves = new LinkedHashMap<>();
        curves.put("x²", x -> x * x);
        curves.put("2x", x -> 2 * x);
        curves.put("sin", Math::sin);
        XYChart chart = Plots.functions("three", 0, 2, curves);
        assertEquals(List.of("x²", "2x", "sin"), new ArrayList<>(chart.getSeriesMap().keySet()));
        assertEquals(4.0, chart.getSeriesMap().get("x²").getYData()[Plots.SAMPLES - 1], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Plots.functions("empty range", 1, 1, curves));
    }

    @Test
    void trainingCurvesHoldOnePointPerEpoch() {
        History history = Examples.history(7, true);
        XYChart loss = Plots.loss(history);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7}, loss.getSeriesMap().get("train").getXData());
        assertArrayEquals(history.trainLoss(), loss.getSeriesMap().get("train").getYData());
        assertArrayEquals(history.testLoss(), loss.getSeriesMap().get("test").getYData());
        XYChart accuracy = Plots.accuracy(history);
        assertArrayEquals(history.testAccuracy(), accuracy.getSeriesMap().get("test").getYData());

        XYChart withoutTest = Plots.loss(Examples.history(3, false));
        assertEquals(List.of("train"), new ArrayList<>(withoutTest.getSeriesMap().keySet()));
        var e = assertThrows(IllegalArgumentException.class, () -> Plots.loss(new History()));
        assertTrue(e.getMessage().contains("no epochs"), e.getMessage());
    }

    @Test
    void imagesHaveTheSizeOfTheirCharts() {
        History history = Examples.history(5, true);
        XYChart loss = Plots.loss(history);
        XYChart accuracy = Plots.accuracy(history);
        ChartImage one = Plots.image(loss);
        assertEquals(loss.getWidth(), one.getWidth());
        assertEquals(loss.getHeight(), one.getHeight());
        ChartImage two = Plots.image(loss, accuracy);
        assertEquals(loss.getWidth() + accuracy.getWidth(), two.getWidth());
        ChartImage captioned = Plots.image("a caption", loss);
        assertTrue(captioned.getHeight() > loss.getHeight());
        assertEquals("a caption", captioned.toString().substring(0, 9));
        assertTrue(one.toString().contains(loss.getWidth() + "x" + loss.getHeight()), one.toString());
    }

    @Test
    void theDescriptionOfChartsSideBySideSaysTheirSharedTitleOnce() {
        assertEquals("Bowl, first 40 steps: SGD, Momentum | AdaGrad, Adam",
                ChartImage.describe(List.of("Bowl, first 40 steps: SGD, Momentum", "Bowl, first 40 steps: AdaGrad, Adam")));
        assertEquals("Loss | Decision regions", ChartImage.describe(List.of("Loss", "Decision regions")));
        assertEquals("a: x | b: y", ChartImage.describe(List.of("a: x", "b: y")));
        assertEquals("only: one", ChartImage.describe(List.of("only: one")));
    }

    @Test
    void barsHoldOneValuePerCategoryForEachSeriesAndRejectAMissingOne() {
        Map<String, double[]> series = new java.util.LinkedHashMap<>();
        series.put("test accuracy", new double[] {0.93, 0.98});
        series.put("train accuracy", new double[] {0.95, 1.0});
        org.knowm.xchart.CategoryChart chart = Plots.bars("Setups", "setup", "accuracy", List.of("source", "better"),
                series);
        assertEquals(List.of("test accuracy", "train accuracy"), List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals(List.of(0.93, 0.98), List.copyOf(chart.getSeriesMap().get("test accuracy").getYData()));
        series.put("epochs", new double[] {1000});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Plots.bars("Setups", "setup", "accuracy", List.of("source", "better"), series));
        assertTrue(e.getMessage().contains("\"epochs\" has 1 values for 2 categories"), e.getMessage());
    }

    @Test
    void barValueLabelsKeepTheirLeadingZero() {
        org.knowm.xchart.CategoryChart chart = Plots.bars("Shares", "bin", "share", List.of("a", "b"),
                Map.of("share", new double[] {0.05, 0.4}));
        java.text.DecimalFormat labels = new java.text.DecimalFormat(chart.getStyler().getYAxisDecimalPattern(),
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        assertEquals(List.of("0", "0.05", "0.1", "0.35"),
                java.util.stream.DoubleStream.of(0, 0.05, 0.1, 0.35).mapToObj(labels::format).toList());
    }

    @Test
    void confusionMatrixPutsTrueClassesInRowsFromTheTop() {
        int[][] counts = {{5, 1, 0}, {2, 7, 1}, {0, 3, 9}};
        HeatMapChart chart = Plots.confusionMatrix(counts, new String[] {"a", "b", "c"});
        List<? extends Number[]> cells = chart.getHeatMapSeries().getHeatData();
        assertEquals(9, cells.size());
        for (Number[] cell : cells) {
            int column = cell[0].intValue();
            int row = 2 - cell[1].intValue(); // the heat map's y runs upwards; row 0 is drawn at the top
            assertEquals(counts[row][column], cell[2].intValue());
        }
        assertEquals(List.of("a", "b", "c"), chart.getHeatMapSeries().getXData());
        assertEquals(List.of("c", "b", "a"), chart.getHeatMapSeries().getYData());
        assertTrue(chart.getStyler().isShowValue());
        var e = assertThrows(IllegalArgumentException.class,
                () -> Plots.confusionMatrix(new int[][] {{1, 2}, {3}}, new String[] {"a", "b"}));
        assertTrue(e.getMessage().contains("2x2"), e.getMessage());
    }

    @Test
    void digitGridHasOneCellPerDigitTenToARowWithInkWherePixelsAreHigh() {
        Matrix digits = Examples.digits(25);
        ChartImage image = Plots.digits(digits, Examples.labels(25));
        int cell = 64;
        int gap = 14;
        assertEquals(gap + 10 * (cell + gap), image.getWidth());
        assertEquals(40 + 3 * (24 + cell + gap), image.getHeight());
        // the pixel with the most ink of digit 0 is drawn black, an empty one white
        int darkest = 0;
        for (int p = 0; p < 64; p++) {
            darkest = digits.get(0, p) > digits.get(0, darkest) ? p : darkest;
        }
        assertEquals(Color.BLACK.getRGB(), pixelOfDigit(image, 0, darkest));
        assertEquals(Color.WHITE.getRGB(), pixelOfDigit(image, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Plots.digits(digits, new int[3]));
        assertTrue(image.toString().startsWith("Digits"), image.toString());
        assertTrue(Plots.digits(digits.rowRange(0, 1), new int[] {0}, "The first test image").toString()
                .startsWith("The first test image"), "a title that says which digits these are");
    }

    @Test
    void picturesOf784PixelsAreDrawn28By28WithTheirCaptions() {
        Matrix pictures = Matrix.zeros(3, 784);
        pictures.set(0, 784 - 1, 255);
        ChartImage image = Plots.pictures(pictures, List.of("T-shirt/top", "", "Bag"), "Three pictures");
        int cell = 28 * 3;
        assertEquals(14 + 3 * (cell + 14), image.getWidth());
        assertTrue(image.toString().startsWith("Three pictures"), image.toString());
        assertEquals(Color.BLACK.getRGB(), image.getRGB(14 + cell - 2, 40 + 24 + cell - 2), "the bright pixel is ink");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Plots.pictures(pictures, List.of("one"), "Three pictures"));
        assertEquals("pictures: 3 rows (3x784) but 1 captions: needs one per row", e.getMessage());
    }

    /** The colour at the centre of pixel p of the first digit in the grid (8 screen pixels per digit pixel). */
    private static int pixelOfDigit(ChartImage image, int digit, int p) {
        return image.getRGB(14 + (p % 8) * 8 + 4, 40 + 24 + (p / 8) * 8 + 4);
    }

    @Test
    void oneDigitIsAnEightByEightHeatMapWithRowZeroOnTop() {
        Matrix digit = Examples.digits(1);
        HeatMapChart chart = Plots.digit(digit, "zero");
        List<? extends Number[]> cells = chart.getHeatMapSeries().getHeatData();
        assertEquals(64, cells.size());
        for (Number[] cell : cells) {
            int row = 7 - cell[1].intValue();
            assertEquals(digit.get(0, row * 8 + cell[0].intValue()), cell[2].doubleValue());
        }
        assertThrows(IllegalArgumentException.class, () -> Plots.digit(Matrix.zeros(1, 10), "not square"));
    }

    @Test
    void firstLayerWeightsShowPositiveInVermillionAndNegativeInBlue() {
        Matrix w = Matrix.zeros(64, 3);
        w.set(0, 0, 2.0);   // neuron 0, pixel 0: its largest weight, positive
        w.set(1, 0, -2.0);  // neuron 0, pixel 1: as large, negative
        ChartImage image = Plots.weights(w);
        assertEquals(40 + 24 + 64 + 14, image.getHeight(), "one row of three neurons");
        assertTrue(image.getWidth() >= 14 + 3 * (64 + 14), "at least as wide as the grid and its title");
        assertEquals(Style.VERMILLION.getRGB(), pixelOfDigit(image, 0, 0));
        assertEquals(Style.BLUE.getRGB(), pixelOfDigit(image, 0, 1));
        assertEquals(Color.WHITE.getRGB(), pixelOfDigit(image, 0, 2));
        assertTrue(Plots.weights(w, "What training changed").toString().contains("What training changed"),
                "the title a chapter gives is the picture's title");
    }

    @Test
    void decisionRegionsCoverThePlaneAndKeepEveryPoint() {
        Matrix x = Examples.twoClusters(30);
        int[] y = Examples.twoClusterLabels(30);
        Classifier2D above = (a, b) -> a + b > 0 ? 1 : 0;
        XYChart chart = Plots.decisionRegions(above, x, y);
        int tiles = 0;
        for (XYSeries s : chart.getSeriesMap().values()) {
            if (!s.isShowInLegend()) {
                tiles += s.getXData().length;
                for (int i = 0; i < s.getXData().length; i++) {
                    int predicted = above.classOf(s.getXData()[i], s.getYData()[i]);
                    assertEquals(Tiles.pale(Style.color(predicted), 0.7), s.getMarkerColor());
                }
            }
        }
        assertEquals(Tiles.PER_SIDE * Tiles.PER_SIDE, tiles);
        assertEquals(30, chart.getSeriesMap().get("class 0").getXData().length);
        assertEquals(30, chart.getSeriesMap().get("class 1").getXData().length);
        var e = assertThrows(IllegalArgumentException.class,
                () -> Plots.decisionRegions(above, Matrix.zeros(4, 3), new int[4]));
        assertTrue(e.getMessage().contains("(4x3)"), e.getMessage());
    }

    @Test
    void optimizerPathsAreDrawnOverAtMostTwelveLevelsOfLoss() {
        Map<String, List<double[]>> paths = new LinkedHashMap<>();
        paths.put("plain", Examples.descent(0.09, 0.0, 10));
        paths.put("momentum", Examples.descent(0.02, 0.7, 10));
        XYChart chart = Plots.optimizerPaths(Examples.BOWL, new double[] {-2, 2}, new double[] {-1, 1}, paths);
        long levels = chart.getSeriesMap().values().stream().filter(s -> !s.isShowInLegend()).count();
        assertTrue(levels >= 2 && levels <= 12, levels + " levels");
        XYSeries plain = chart.getSeriesMap().get("plain");
        assertEquals(11, plain.getXData().length);
        assertEquals(-1.8, plain.getXData()[0]);
        assertEquals(0.8, plain.getYData()[0]);
        assertFalse(chart.getStyler().isToolTipsEnabled());
        assertThrows(IllegalArgumentException.class, () -> Plots.optimizerPaths(Examples.BOWL,
                new double[] {2, -2}, new double[] {-1, 1}, paths));
    }

    @Test
    void linesThroughMeasuredPointsKeepTheirOrderAndData() {
        double[] x = {0, 1, 2};
        Map<String, double[]> ys = new LinkedHashMap<>();
        ys.put("up", new double[] {0, 1, 2});
        ys.put("down", new double[] {2, 1, 0});
        XYChart chart = Plots.lines("two", "t", "v", x, ys);
        assertEquals(List.of("up", "down"), new ArrayList<>(chart.getSeriesMap().keySet()));
        assertArrayEquals(new double[] {2, 1, 0}, chart.getSeriesMap().get("down").getYData());
        ys.put("short", new double[] {1});
        var e = assertThrows(IllegalArgumentException.class, () -> Plots.lines("bad", "t", "v", x, ys));
        assertTrue(e.getMessage().contains("short") && e.getMessage().contains("3"), e.getMessage());
    }

    @Test
    void aDrawingIsPaintedOnWhiteAndDescribed() {
        ChartImage image = ChartImage.drawing(40, 30, "a red square", g -> {
            g.setColor(Color.RED);
            g.fillRect(10, 10, 10, 10);
        });
        assertEquals(Color.WHITE.getRGB(), image.getRGB(2, 2));
        assertEquals(Color.RED.getRGB(), image.getRGB(15, 15));
        assertTrue(image.toString().startsWith("a red square"), image.toString());
    }
}
