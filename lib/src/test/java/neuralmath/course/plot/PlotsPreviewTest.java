package neuralmath.course.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import neuralmath.activations.Activation;
import neuralmath.la.Matrix;
import org.junit.jupiter.api.Test;

/**
 * Saves one PNG of every kind under {@code lib/target/plots-preview/} for a person to look at, and checks that
 * each file reads back as the image that was drawn.
 */
class PlotsPreviewTest {

    private static final Path DIR = Path.of("target", "plots-preview");

    @Test
    void everyKindOfPictureIsSavedAsAReadablePng() throws Exception {
        Map<String, ChartImage> pictures = new LinkedHashMap<>();
        for (Activation f : List.of(Activation.sigmoid(), Activation.tanh(), Activation.relu(),
                Activation.leakyRelu(0.1), Activation.elu(1.0), Activation.identity())) {
            pictures.put("activation-" + f.name().replace(' ', '-'), Plots.image(Plots.activation(f, -5, 5)));
        }
        Map<String, java.util.function.DoubleUnaryOperator> curves = new LinkedHashMap<>();
        curves.put("sigmoid", Activation.sigmoid()::value);
        curves.put("tanh", Activation.tanh()::value);
        curves.put("ReLU", Activation.relu()::value);
        pictures.put("functions", Plots.image(Plots.functions("Three activations", -3, 3, curves)));
        var history = Examples.history(20, true);
        pictures.put("training-curves", Plots.image(Plots.loss(history), Plots.accuracy(history)));
        pictures.put("training-progress", Plots.image(
                "Epoch 20/20 · loss 0.0952 (test 0.1295) · accuracy 95.7% (test 93.8%) · 0 s left",
                Plots.loss(history), Plots.accuracy(history)));
        pictures.put("digits", Plots.digits(Examples.digits(30), Examples.labels(30)));
        int[] predicted = Examples.labels(20);
        predicted[3] = 8;
        predicted[17] = 1;
        pictures.put("digits-predicted", Plots.digits(Examples.digits(20), Examples.labels(20), predicted));
        pictures.put("digit", Plots.image(Plots.digit(Examples.digits(4).row(3), "A 3, pixel by pixel")));
        int[][] counts = new int[10][10];
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                counts[i][j] = i == j ? 160 + 3 * i : (i * 7 + j * 3) % 5;
            }
        }
        pictures.put("confusion-matrix", Plots.image(Plots.confusionMatrix(counts)));
        Matrix x = Examples.twoClusters(60);
        int[] y = Examples.twoClusterLabels(60);
        pictures.put("decision-regions", Plots.image(Plots.decisionRegions((a, b) -> a + b > 0.3 ? 1 : 0, x, y)));
        pictures.put("probability-regions", Plots.image(Plots.probabilityRegions(
                (a, b) -> 1 / (1 + Math.exp(-2 * (a + b))), x, y)));
        pictures.put("weights", Plots.weights(Matrix.randn(64, 16, 3)));
        Map<String, List<double[]>> paths = new LinkedHashMap<>();
        paths.put("gradient descent", Examples.descent(0.09, 0.0, 25));
        paths.put("momentum 0.7", Examples.descent(0.02, 0.7, 25));
        pictures.put("optimizer-paths", Plots.image(Plots.optimizerPaths(Examples.BOWL,
                new double[] {-2, 2}, new double[] {-1, 1}, paths)));

        for (Map.Entry<String, ChartImage> p : pictures.entrySet()) {
            Path file = p.getValue().save(DIR.resolve(p.getKey() + ".png"));
            BufferedImage back = ImageIO.read(file.toFile());
            assertEquals(p.getValue().getWidth(), back.getWidth(), p.getKey());
            assertEquals(p.getValue().getHeight(), back.getHeight(), p.getKey());
            int mid = p.getValue().getHeight() / 2;
            assertArrayEquals(p.getValue().getRGB(0, mid, back.getWidth(), 1, null, 0, back.getWidth()),
                    back.getRGB(0, mid, back.getWidth(), 1, null, 0, back.getWidth()), p.getKey());
        }
    }
}
