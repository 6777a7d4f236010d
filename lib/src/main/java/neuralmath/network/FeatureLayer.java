package neuralmath.network;

import java.util.List;
import neuralmath.la.Matrix;

/**
 * A layer that works on feature maps, before a network's dense layers: a {@link Convolution2D}, a
 * {@link MaxPooling} or the {@link Flatten} that hands the maps to the dense layers. Each takes a batch with one
 * example per row ({@link ImageShape} says how a row holds its maps) and remembers what its backward pass needs.
 */
public sealed interface FeatureLayer permits Convolution2D, MaxPooling, Flatten {

    /** The shape of each example this layer takes. */
    ImageShape inputShape();

    /** The shape of each example it gives. */
    ImageShape outputShape();

    /** The forward pass for a batch X (m × inputShape().size()); with {@code reuse}, into this layer's own matrices. */
    Matrix forward(Matrix x, boolean reuse);

    /**
     * The backward pass after {@link #forward}, given ∂L/∂(output): stores the gradients of this layer's parameters
     * and, if {@code inputGradient}, returns ∂L/∂X (the first layer needs none: null).
     */
    Matrix backward(Matrix gradOutput, boolean inputGradient);

    /** The numbers this layer learns (none for pooling and flatten). */
    List<Parameter> parameters();

    /** The name its shape errors start with, e.g. {@code K1} or {@code pool2}. */
    String name();

    /** Throws, naming this layer and both shapes, unless X holds a batch of examples of {@link #inputShape()}. */
    default void requireInput(Matrix x) {
        if (x.cols() != inputShape().size()) {
            throw new IllegalArgumentException(name() + ": input " + x.shape() + " has " + x.cols()
                    + " values per example but the layer takes " + inputShape() + " = " + inputShape().size());
        }
    }

    /**
     * Throws, naming this layer and both shapes, unless ∂L/∂(output) has the shape of the last forward pass's
     * output, m × outputShape().size().
     */
    default void requireOutputGradient(Matrix gradOutput, int m) {
        if (gradOutput.rows() != m || gradOutput.cols() != outputShape().size()) {
            throw new IllegalArgumentException(name() + ": gradient " + gradOutput.shape() + " does not match the "
                    + "output (" + m + "x" + outputShape().size() + ") of the last forward pass");
        }
    }
}
