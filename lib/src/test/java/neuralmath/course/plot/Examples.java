package neuralmath.course.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import neuralmath.la.Matrix;
import neuralmath.training.EpochResult;
import neuralmath.training.History;

/** Deterministic example data for the plot tests: numerals drawn into 8x8 pixels, a history, a loss surface. */
final class Examples {

    private Examples() {
    }

    /** n digit images (rows of 64 pixels, 0..16 like the course's data set): the numerals i % 10 drawn small. */
    static Matrix digits(int n) {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = numeral(i % 10);
        }
        return Matrix.of(rows);
    }

    static int[] labels(int n) {
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 10;
        }
        return labels;
    }

    private static double[] numeral(int digit) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 10));
        g.drawString(String.valueOf(digit), 1, 8);
        g.dispose();
        double[] pixels = new double[64];
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                pixels[r * 8 + c] = Math.round((image.getRaster().getSample(c, r, 0)) * 16 / 255.0);
            }
        }
        return pixels;
    }

    /** A history of n epochs with falling losses and rising accuracies. */
    static History history(int n, boolean withTest) {
        History h = new History();
        for (int e = 1; e <= n; e++) {
            double train = 2.0 / (1 + e);
            double test = withTest ? train * 1.15 + 0.02 : Double.NaN;
            h.add(new EpochResult(e, train, 1 - train / 2.2, test, withTest ? 1 - test / 2.1 : Double.NaN, 0.5));
        }
        return h;
    }

    /** A long, narrow bowl: L(w₁, w₂) = w₁² + 10 w₂², where plain gradient descent zig-zags. */
    static final DoubleBinaryOperator BOWL = (w1, w2) -> w1 * w1 + 10 * w2 * w2;

    /** Gradient descent on {@link #BOWL} from (−1.8, 0.8), with momentum {@code beta} (0 for plain descent). */
    static List<double[]> descent(double rate, double beta, int steps) {
        List<double[]> path = new ArrayList<>();
        double[] w = {-1.8, 0.8};
        double[] v = {0, 0};
        path.add(w.clone());
        for (int t = 0; t < steps; t++) {
            double[] gradient = {2 * w[0], 20 * w[1]};
            for (int k = 0; k < 2; k++) {
                v[k] = beta * v[k] - rate * gradient[k];
                w[k] += v[k];
            }
            path.add(w.clone());
        }
        return path;
    }

    /** Two clusters of points around (−1, −1) and (1, 1), n of each, and their labels. */
    static Matrix twoClusters(int n) {
        Matrix noise = Matrix.randn(2 * n, 2, 7);
        double[][] rows = new double[2 * n][];
        for (int i = 0; i < 2 * n; i++) {
            double centre = i < n ? -1 : 1;
            rows[i] = new double[] {centre + 0.6 * noise.get(i, 0), centre + 0.6 * noise.get(i, 1)};
        }
        return Matrix.of(rows);
    }

    static int[] twoClusterLabels(int n) {
        int[] y = new int[2 * n];
        for (int i = n; i < 2 * n; i++) {
            y[i] = 1;
        }
        return y;
    }
}
