package neuralmath.activations;

import java.util.Map;
import neuralmath.la.Matrix;

/**
 * An activation function a = f(z): what a neuron does with its weighted sum z.
 *
 * <p>Each one gives its value and its derivative on a single number (for plots and by-hand examples) and on a
 * whole matrix of weighted sums Z (for a layer). Backpropagation asks one more thing of it,
 * {@link #backward}: given ∂L/∂a, the gradient of the loss with respect to the outputs, return ∂L/∂z.
 */
public interface Activation {

    /** The name used in tables and messages, e.g. {@code "sigmoid"}. */
    String name();

    /** f(z) for one number. */
    double value(double z);

    /** f'(z) = df/dz for one number. */
    double derivative(double z);

    /** A = f(Z), element by element. */
    default Matrix apply(Matrix z) {
        return z.map(this::value);
    }

    /**
     * Z ← Z + b (b added to every row, in place), then A = f(Z): what a layer does after Z = X·W. Sigmoid, ReLU
     * and softmax do both in one pass over Z, on the library's kernels.
     */
    default Matrix addBiasAndApply(Matrix z, Matrix b) {
        return addBiasAndApply(z, b, Matrix.zeros(z.rows(), z.cols()));
    }

    /** The same, with A written into {@code a} (Z's shape, not Z itself): a training loop reuses one A. Returns a. */
    default Matrix addBiasAndApply(Matrix z, Matrix b, Matrix a) {
        return z.addRowVectorInPlace(b).map(this::value, a);
    }

    /** f'(Z), element by element. */
    default Matrix derivative(Matrix z) {
        return z.map(this::derivative);
    }

    /**
     * The chain rule through this activation: ∂L/∂z = ∂L/∂a ⊙ f'(z) for an element-wise f.
     *
     * @param z     the weighted sums Z the forward pass computed
     * @param a     the outputs A = f(Z) of that forward pass
     * @param gradA ∂L/∂A, one row per example
     */
    default Matrix backward(Matrix z, Matrix a, Matrix gradA) {
        return backward(z, a, gradA, Matrix.zeros(z.rows(), z.cols()));
    }

    /** The same, with ∂L/∂Z written into {@code gradZ} (Z's shape): a training loop reuses one. Returns gradZ. */
    default Matrix backward(Matrix z, Matrix a, Matrix gradA, Matrix gradZ) {
        return gradA.zip(name() + " backward", z, (g, zij) -> g * derivative(zij), gradZ);
    }

    /**
     * The numbers that make this activation what it is besides its name (e.g. {"alpha": 0.01} for a leaky ReLU),
     * named as its public constructor names its parameters: what a model file keeps. None by default.
     */
    default Map<String, Double> parameters() {
        return Map.of();
    }

    /**
     * The activation called {@code name} (as {@link #name()} gives it) with these {@link #parameters()}, for a model
     * file. Every public activation class of this package is found by its name, the class's simple name in any case
     * and with spaces between words ("leaky relu" is {@code LeakyReLU}), and made by its public constructor, which
     * takes the parameters by name: adding an activation is adding its class, nothing else.
     *
     * @throws IllegalArgumentException naming the activation, if no activation class has that name (listing those
     *                                  there are), or a parameter is missing or not its own
     */
    static Activation named(String name, Map<String, Double> parameters) {
        return ActivationClasses.named(name, parameters);
    }

    /** σ(z) = 1 / (1 + e^(−z)). */
    static Activation sigmoid() {
        return new Sigmoid();
    }

    /** tanh(z). */
    static Activation tanh() {
        return new Tanh();
    }

    /** ReLU(z) = max(0, z). */
    static Activation relu() {
        return new ReLU();
    }

    /** Leaky ReLU: z for z &gt; 0, α·z otherwise. */
    static Activation leakyRelu(double alpha) {
        return new LeakyReLU(alpha);
    }

    /** ELU: z for z &gt; 0, α·(e^z − 1) otherwise. */
    static Activation elu(double alpha) {
        return new ELU(alpha);
    }

    /** softmax(z)ᵢ = e^(zᵢ) / Σⱼ e^(zⱼ), row by row. */
    static Softmax softmax() {
        return new Softmax();
    }

    /** f(z) = z: no activation at all (a linear output). */
    static Activation identity() {
        return new Identity();
    }
}
