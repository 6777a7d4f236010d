package neuralmath;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import neuralmath.la.Matrix;

/**
 * The 1797 digits for tests: pixels scaled from 0..16 to 0..1, labels one-hot.
 * TODO: replace by neuralmath.data.Digits once the data branch is merged.
 */
public final class TestDigits {

    private static final Matrix[] XY = read(Path.of("/work/shared/data/digits.csv.gz"));

    private TestDigits() {
    }

    /** The 1797×64 pixels, scaled to 0..1. */
    public static Matrix x() {
        return XY[0];
    }

    /** The 1797×10 one-hot labels. */
    public static Matrix y() {
        return XY[1];
    }

    private static Matrix[] read(Path file) {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.US_ASCII))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",");
                double[] row = new double[cells.length];
                for (int j = 0; j < cells.length; j++) {
                    row[j] = Double.parseDouble(cells[j]);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matrix x = Matrix.zeros(rows.size(), 64);
        Matrix y = Matrix.zeros(rows.size(), 10);
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < 64; j++) {
                x.set(i, j, rows.get(i)[j] / 16);
            }
            y.set(i, (int) rows.get(i)[64], 1.0);
        }
        return new Matrix[] {x, y};
    }
}
