package neuralmath.data;

import java.util.Arrays;
import neuralmath.la.Matrix;

/**
 * Examples with their class labels: row i of {@code inputs} is example xᵢ, and {@code labels[i]} its class.
 *
 * @param inputs one example per row (for images: one pixel per column)
 * @param labels the class of each row, counting from 0: none may be negative
 */
public record Dataset(Matrix inputs, int[] labels) {

    public Dataset {
        if (inputs.rows() != labels.length) {
            throw new IllegalArgumentException("Dataset: " + inputs.shape() + " inputs but " + labels.length
                    + " labels: needs one label per row");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException("Dataset: label " + labels[i] + " at index " + i
                        + " is negative: labels are classes counting from 0");
            }
        }
    }

    /** The number of examples. */
    public int size() {
        return labels.length;
    }

    /** The examples at {@code indices}, in that order. */
    public Dataset select(int[] indices) {
        int[] picked = new int[indices.length];
        for (int r = 0; r < indices.length; r++) {
            picked[r] = labels[indices[r]];
        }
        return new Dataset(inputs.selectRows(indices), picked);
    }

    /** The number of classes, taken as the largest label + 1. */
    public int classes() {
        return Arrays.stream(labels).max().orElse(-1) + 1;
    }

    @Override
    public String toString() {
        return "Dataset(" + size() + " examples, inputs " + inputs.shape() + ", labels 0.." + (classes() - 1) + ")";
    }
}
