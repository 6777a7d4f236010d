package neuralmath.network;

import java.util.List;
import java.util.Random;
import neuralmath.activations.Activation;
import neuralmath.la.Matrix;

/**
 * A fully connected layer: every input feeds every neuron.
 *
 * <p>Forward, for a batch X with one example per row: Z = X·W + b, then A = f(Z). Backward, given δ = ∂L/∂Z:
 * ∂L/∂W = Xᵀ·δ, ∂L/∂b = Σ over the rows of δ, and the layer hands ∂L/∂X = δ·Wᵀ back to the layer before it.
 */
public final class Dense {

    private final Parameter weights;
    private final Parameter bias;
    private final Activation activation;

    private Matrix input;
    private Matrix z;
    private Matrix a;

    /** A layer with the given first weights W (n_in × n_out) and bias b (1 × n_out). */
    public Dense(Matrix w, Matrix b, Activation activation, int number) {
        if (b.rows() != 1 || b.cols() != w.cols()) {
            throw new IllegalArgumentException("Dense: weights " + w.shape() + " need a bias of (1x" + w.cols()
                    + "), got " + b.shape());
        }
        this.weights = new Parameter("W" + number, w);
        this.bias = new Parameter("b" + number, b);
        this.activation = activation;
    }

    /** A layer of n_out neurons on n_in inputs, weights drawn by {@code init}, biases zero. */
    public Dense(int nIn, int nOut, Activation activation, Initializer init, Random random, int number) {
        this(init.weights(nIn, nOut, random), Matrix.zeros(1, nOut), activation, number);
    }

    /** Z = X·W + b, A = f(Z); remembers X, Z and A for the backward pass. Returns A, a new matrix. */
    public Matrix forward(Matrix x) {
        return forward(x, Workspace.none());
    }

    /** The same, with Z and A written into the {@link Workspace}'s matrices, as a training loop does. */
    public Matrix forward(Matrix x, Workspace space) {
        if (x.cols() != weights.value().rows()) {
            throw new IllegalArgumentException(weights.name() + ": input " + x.shape() + " has " + x.cols()
                    + " features but the layer's weights " + weights.value().shape() + " expect "
                    + weights.value().rows());
        }
        int m = x.rows();
        input = x;
        z = x.multiply(weights.value(), space.matrix(this, "Z", m, outputs()));                 // Z = X·W
        a = activation.addBiasAndApply(z, bias.value(), space.matrix(this, "A", m, outputs())); // Z ← Z + b, A = f(Z)
        return a;
    }

    /** Given ∂L/∂A, applies the chain rule through f and returns {@link #backwardFromZ}(δ). */
    public Matrix backward(Matrix gradA) {
        return backwardFromZ(delta(gradA), Workspace.none());
    }

    /** δ = ∂L/∂Z = the chain rule through f, given ∂L/∂A. */
    public Matrix delta(Matrix gradA) {
        return delta(gradA, Workspace.none());
    }

    /** The same, with δ written into the {@link Workspace}'s matrix. */
    public Matrix delta(Matrix gradA, Workspace space) {
        requireForward();
        return activation.backward(z, a, gradA, space.matrix(this, "dZ", a.rows(), a.cols()));
    }

    /** The same, with δ written over ∂L/∂A, for a caller that has no further use for ∂L/∂A: one matrix fewer. */
    public Matrix deltaOver(Matrix gradA) {
        requireForward();
        return activation.backward(z, a, gradA, gradA);
    }

    /**
     * Given δ = ∂L/∂Z, stores ∂L/∂W = Xᵀ·δ and ∂L/∂b = Σᵢ δᵢ, and returns ∂L/∂X = δ·Wᵀ for the layer before.
     */
    public Matrix backwardFromZ(Matrix delta, Workspace space) {
        storeGradients(delta, space);
        return delta.multiplyTranspose(weights.value(), space.matrix(this, "dX", delta.rows(), inputs()));
    }

    /**
     * Given δ = ∂L/∂Z, stores ∂L/∂W = Xᵀ·δ and ∂L/∂b = Σᵢ δᵢ, without ∂L/∂X: all the first layer needs.
     */
    public void storeGradients(Matrix delta, Workspace space) {
        requireForward();
        weights.setGradient(input.transposeMultiply(delta, space.matrix(this, "dW", inputs(), outputs())));
        bias.setGradient(delta.sumOfEachColumn(space.matrix(this, "db", 1, outputs())));
    }

    private void requireForward() {
        if (input == null) {
            throw new IllegalStateException(weights.name() + ": backward before forward");
        }
    }

    public Parameter weights() {
        return weights;
    }

    public Parameter bias() {
        return bias;
    }

    /** W and b, in that order. */
    public List<Parameter> parameters() {
        return List.of(weights, bias);
    }

    public Activation activation() {
        return activation;
    }

    /** The number of inputs n_in. */
    public int inputs() {
        return weights.value().rows();
    }

    /** The number of neurons n_out. */
    public int outputs() {
        return weights.value().cols();
    }

    /** Z of the last forward pass. */
    public Matrix z() {
        return z;
    }

    /** A of the last forward pass. */
    public Matrix a() {
        return a;
    }

    @Override
    public String toString() {
        return "Dense(" + inputs() + " -> " + outputs() + ", " + activation + ")";
    }
}
