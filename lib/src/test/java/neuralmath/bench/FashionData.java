package neuralmath.bench;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import neuralmath.la.Matrix;

/**
 * Fashion-MNIST's training set from the IDX files of Debian's dataset-fashion-mnist package: pixels scaled to
 * [0, 1] (divided by 255), one row per image, and one-hot targets.
 */
record FashionData(Matrix x, Matrix y) {

    static FashionData load(Path folder) throws IOException {
        byte[] pixels = read(folder.resolve("train-images-idx3-ubyte.gz"), 2051);
        byte[] labels = read(folder.resolve("train-labels-idx1-ubyte.gz"), 2049);
        int n = labels.length;
        int features = pixels.length / n;
        Matrix x = Matrix.zeros(n, features);
        double[] xs = x.data();
        for (int i = 0; i < pixels.length; i++) {
            xs[i] = (pixels[i] & 0xff) / 255.0;
        }
        Matrix y = Matrix.zeros(n, 10);
        for (int i = 0; i < n; i++) {
            y.set(i, labels[i], 1.0);
        }
        return new FashionData(x, y);
    }

    /** The data bytes of an IDX file, after checking its magic number and reading its dimensions. */
    private static byte[] read(Path file, int magic) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16))) {
            int found = in.readInt();
            if (found != magic) {
                throw new IOException(file + ": magic number " + found + ", expected " + magic);
            }
            long size = 1;
            for (int d = 0; d < (magic & 0xff); d++) {
                size *= in.readInt();
            }
            byte[] data = new byte[(int) size];
            in.readFully(data);
            return data;
        }
    }
}
