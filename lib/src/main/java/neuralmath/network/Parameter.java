package neuralmath.network;

import neuralmath.la.Matrix;

/**
 * A matrix of numbers the network learns (a layer's weights W or bias b) together with the gradient ∂L/∂θ that
 * the last backward pass computed for it. Optimizers read the gradient and update the value in place.
 */
public final class Parameter {

    private final String name;
    private final Matrix value;
    private Matrix gradient;

    /** A parameter named {@code name} (e.g. "W1") with starting value θ. */
    public Parameter(String name, Matrix value) {
        this.name = name;
        this.value = value;
    }

    /** E.g. {@code "W1"} or {@code "b2"}: the symbol and the layer number used in the course. */
    public String name() {
        return name;
    }

    /** θ itself; optimizers change it in place. */
    public Matrix value() {
        return value;
    }

    /** ∂L/∂θ from the last backward pass. */
    public Matrix gradient() {
        if (gradient == null) {
            throw new IllegalStateException(name + ": no gradient yet: run a forward and a backward pass first");
        }
        return gradient;
    }

    /** Sets ∂L/∂θ, which must have θ's shape. */
    public void setGradient(Matrix gradient) {
        value.requireSameShape(name + " gradient", gradient);
        this.gradient = gradient;
    }

    @Override
    public String toString() {
        return name + " " + value.shape();
    }
}
