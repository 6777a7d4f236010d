package neuralmath.training;

import java.util.Random;
import neuralmath.la.Matrix;

/** Two Gaussian blobs in the plane, centred at (−1.5, −1.5) and (1.5, 1.5) with standard deviation 1: easy to split. */
record Blobs(Matrix x, Matrix y) {

    static Blobs of(int n, long seed) {
        Random random = new Random(seed);
        Matrix x = Matrix.zeros(n, 2);
        Matrix y = Matrix.zeros(n, 2);
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            double centre = label == 0 ? -1.5 : 1.5;
            x.set(i, 0, centre + random.nextGaussian());
            x.set(i, 1, centre + random.nextGaussian());
            y.set(i, label, 1.0);
        }
        return new Blobs(x, y);
    }
}
