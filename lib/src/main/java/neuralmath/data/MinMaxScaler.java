package neuralmath.data;

import neuralmath.la.Matrix;

/**
 * Min-max scaling, x' = (x − min) / (max − min) column by column, with min and max learned from one set (fit) and
 * applied to any other (transform): fit on the training set, so the test set tells the model nothing.
 *
 * <p>A column that is constant in the fitted set has max − min = 0; like scikit-learn's {@code MinMaxScaler}, we
 * divide by 1 instead, so that column maps to 0 on the fitted set (and to x − min elsewhere).
 */
public final class MinMaxScaler {

    private final Matrix min;
    private final Matrix max;

    private MinMaxScaler(Matrix min, Matrix max) {
        this.min = min;
        this.max = max;
    }

    /** Learns the min and max of each column of {@code x}. */
    public static MinMaxScaler fit(Matrix x) {
        Matrix min = x.row(0);
        Matrix max = x.row(0);
        for (int i = 1; i < x.rows(); i++) {
            for (int j = 0; j < x.cols(); j++) {
                min.set(0, j, Math.min(min.get(0, j), x.get(i, j)));
                max.set(0, j, Math.max(max.get(0, j), x.get(i, j)));
            }
        }
        return new MinMaxScaler(min, max);
    }

    /** x' = (x − min) / (max − min) for each column, with the fitted min and max (a zero span counts as 1). */
    public Matrix transform(Matrix x) {
        if (x.cols() != min.cols()) {
            throw new IllegalArgumentException("MinMaxScaler.transform: " + x.shape() + " but fitted on "
                    + min.cols() + " columns " + min.shape());
        }
        Matrix out = Matrix.zeros(x.rows(), x.cols());
        for (int j = 0; j < x.cols(); j++) {
            double span = max.get(0, j) - min.get(0, j);
            double divisor = span == 0.0 ? 1.0 : span;
            for (int i = 0; i < x.rows(); i++) {
                out.set(i, j, (x.get(i, j) - min.get(0, j)) / divisor);
            }
        }
        return out;
    }

    /** fit(x).transform(x). */
    public static Matrix fitTransform(Matrix x) {
        return fit(x).transform(x);
    }

    /** The fitted minimum of each column, as a 1×cols row (a copy). */
    public Matrix min() {
        return min.copy();
    }

    /** The fitted maximum of each column, as a 1×cols row (a copy). */
    public Matrix max() {
        return max.copy();
    }

    @Override
    public String toString() {
        return "MinMaxScaler(fitted on " + min.cols() + " columns, min " + min.min() + ".." + min.max() + ", max "
                + max.min() + ".." + max.max() + ")";
    }
}
