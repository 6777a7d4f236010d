package neuralmath.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import neuralmath.la.Matrix;

/**
 * The digits set as the numpy reference prepares it: pixels min-max scaled per column, one-hot targets, 360
 * test rows. The split here is a seeded shuffle (not numpy's permutation): the benchmark times training, and
 * the accuracy it prints is only a check that training worked.
 */
record DigitsData(Matrix xTrain, Matrix yTrain, Matrix xTest, Matrix yTest) {

    static DigitsData load(Path csvGz) throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(csvGz)), StandardCharsets.US_ASCII))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",");
                double[] row = new double[cells.length];
                for (int j = 0; j < cells.length; j++) {
                    row[j] = Double.parseDouble(cells[j]);
                }
                rows.add(row);
            }
        }
        int features = rows.get(0).length - 1;
        double[] lo = rows.get(0).clone();
        double[] hi = rows.get(0).clone();
        for (double[] row : rows) {
            for (int j = 0; j < features; j++) {
                lo[j] = Math.min(lo[j], row[j]);
                hi[j] = Math.max(hi[j], row[j]);
            }
        }
        int[] order = new int[rows.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(42);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int test = 360;
        Matrix x = Matrix.zeros(rows.size(), features);
        Matrix y = Matrix.zeros(rows.size(), 10);
        for (int r = 0; r < order.length; r++) {
            double[] row = rows.get(order[r]);
            for (int j = 0; j < features; j++) {
                double span = hi[j] - lo[j];
                x.set(r, j, (row[j] - lo[j]) / (span == 0 ? 1 : span));
            }
            y.set(r, (int) row[features], 1.0);
        }
        return new DigitsData(x.rowRange(test, order.length), y.rowRange(test, order.length),
                x.rowRange(0, test), y.rowRange(0, test));
    }
}
