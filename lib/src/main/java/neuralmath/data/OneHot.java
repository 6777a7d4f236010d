package neuralmath.data;

import neuralmath.la.Matrix;

/** One-hot encoding: label k of K classes becomes the row yᵢ with yᵢₖ = 1 and every other entry 0. */
public final class OneHot {

    private OneHot() {
    }

    /** The m×K matrix Y with Y(i, labels[i]) = 1: the targets a softmax output layer is trained against. */
    public static Matrix encode(int[] labels, int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException("one-hot: " + classes + " classes; needs at least 1");
        }
        Matrix y = Matrix.zeros(labels.length, classes);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("one-hot: label " + labels[i] + " at index " + i
                        + " is outside 0.." + (classes - 1) + " (" + classes + " classes)");
            }
            y.set(i, labels[i], 1.0);
        }
        return y;
    }
}
