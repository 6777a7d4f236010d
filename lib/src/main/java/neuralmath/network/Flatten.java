package neuralmath.network;

import java.util.List;
import neuralmath.la.Matrix;

/**
 * The step from feature maps to the dense layers: an h×w×C example becomes a vector of h·w·C features, the input of
 * the first {@link Dense} layer. Each example is already stored as one row of h·w·C numbers, so flattening moves
 * nothing: forward hands X on as it is and backward hands ∂L/∂X back as it is. It is here to say where the maps end
 * and to check that the next layer takes h·w·C inputs.
 */
public final class Flatten implements FeatureLayer {

    private final ImageShape input;

    /** Flattens examples of {@code input}'s shape. */
    public Flatten(ImageShape input) {
        this.input = input;
    }

    /** X itself: row n already holds example n's h·w·C values. */
    @Override
    public Matrix forward(Matrix x, boolean reuse) {
        requireInput(x);
        return x;
    }

    /** ∂L/∂X = ∂L/∂(output): flattening changes no number. */
    @Override
    public Matrix backward(Matrix gradOutput, boolean inputGradient) {
        requireOutputGradient(gradOutput, gradOutput.rows());
        return inputGradient ? gradOutput : null;
    }

    @Override
    public ImageShape inputShape() {
        return input;
    }

    /** 1×1×(h·w·C): a vector of features. */
    @Override
    public ImageShape outputShape() {
        return new ImageShape(1, 1, input.size());
    }

    /** h·w·C, the inputs the next dense layer must take. */
    public int outputs() {
        return input.size();
    }

    @Override
    public String name() {
        return "flatten";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public String toString() {
        return "Flatten(" + input + " -> " + input.size() + ")";
    }
}
