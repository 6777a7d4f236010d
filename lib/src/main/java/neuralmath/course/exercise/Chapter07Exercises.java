package neuralmath.course.exercise;

import java.util.List;
import java.util.function.Supplier;
import neuralmath.activations.Activation;
import neuralmath.la.Matrix;
import neuralmath.losses.CategoricalCrossEntropy;
import neuralmath.losses.Loss;
import neuralmath.network.Dense;
import neuralmath.network.Network;

/**
 * Chapter 7, backpropagation, on the chapter's small network: 2 inputs, 3 sigmoid neurons, 2 softmax outputs, with
 * its fixed weights and its batch of two examples.
 */
final class Chapter07Exercises {

    private static final Matrix X = Matrix.of(new double[][] {{1.0, 0.5}, {-0.5, 1.0}});
    private static final Matrix Y = Matrix.of(new double[][] {{1, 0}, {0, 1}});
    private static final Matrix W1 = Matrix.of(new double[][] {{0.6, -0.4, 0.2}, {0.3, 0.8, -0.5}});
    private static final Matrix B1 = Matrix.rowVector(0.1, 0.0, -0.1);
    private static final Matrix W2 = Matrix.of(new double[][] {{0.5, -0.6}, {0.9, 0.3}, {-0.7, 0.8}});
    private static final Matrix B2 = Matrix.rowVector(0.0, 0.1);
    private static final Matrix X3 = Matrix.rowVector(0.3, -0.2);
    private static final Matrix Y3 = Matrix.rowVector(0, 1);
    private static final double NUDGE = 0.01;

    private Chapter07Exercises() {
    }

    static List<Exercise<?>> all() {
        return List.of(delta2OfANewExample(), hiddenBiasGradient(), whatAGradientPromises());
    }

    /** δ² = (ŷ − y)/m of the example x₃ alone (m = 1), ŷ = softmax(σ(x₃W¹ + b¹)W² + b²). */
    private static Exercise<Matrix> delta2OfANewExample() {
        Matrix noBias1 = Matrix.zeros(1, 3);
        Matrix noBias2 = Matrix.zeros(1, 2);
        return Exercise.matrix("07.delta2-of-a-new-example", "δ² of the example x₃", 2,
                        () -> CategoricalCrossEntropy.softmaxGradient(network().forward(X3), Y3))
                .called("δ²")
                .mistake(() -> output(B1, B2, Activation.sigmoid(), Activation.softmax()),
                        "your δ² is ŷ itself: subtract the target y₃ = (0, 1)")
                .mistake(() -> Y3.minus(output(B1, B2, Activation.sigmoid(), Activation.softmax())),
                        "your δ² is y − ŷ: it is prediction minus target, ŷ − y")
                .mistake(() -> delta2(noBias1, B2, Activation.sigmoid(), Activation.softmax()),
                        "your δ² is what x₃ gives without the bias b¹: Z¹ = x₃·W¹ + b¹")
                .mistake(() -> delta2(B1, noBias2, Activation.sigmoid(), Activation.softmax()),
                        "your δ² is what x₃ gives without the bias b²: Z² = A¹·W² + b²")
                .mistake(() -> delta2(B1, B2, Activation.identity(), Activation.softmax()),
                        "your δ² skips the hidden layer's sigmoid: A¹ = σ(Z¹) goes on to W², not Z¹")
                .mistake(() -> delta2(B1, B2, Activation.sigmoid(), Activation.sigmoid()),
                        "your ŷ comes from a sigmoid: the output layer is a softmax, whose two outputs add up to 1")
                .mistake(() -> delta2(B1, B2, Activation.sigmoid(), Activation.softmax()).divide(X.rows()),
                        "your δ² is divided by 2, the m of the batch X: x₃ on its own is a batch of m = 1")
                .hint("run the forward pass for x₃ alone, layer by layer (weighted sums with their bias, then the"
                        + " layer's activation), and subtract the target from the prediction; with one example m = 1");
    }

    /** ∂L/∂b¹ = Σᵢ δ¹ᵢ, the gradient the library's backward pass leaves in b¹ for the chapter's batch. */
    private static Exercise<Matrix> hiddenBiasGradient() {
        return Exercise.matrix("07.hidden-bias-gradient", "∂L/∂b¹ of the batch", 2,
                        () -> afterBackward().layers().get(0).bias().gradient())
                .called("∂L/∂b¹")
                .mistake(() -> delta1().meanOfEachColumn(), "your ∂L/∂b¹ is the mean of δ¹'s rows: δ¹ already holds"
                        + " the 1/m of the loss, so the rows are added up, not averaged")
                .mistake(() -> delta1().sumOfEachRow(), "your ∂L/∂b¹ adds up each row of δ¹, one number per example:"
                        + " it has one number per hidden neuron, the sum down each column")
                .mistake(() -> delta1().row(0), "your ∂L/∂b¹ is the first example's row of δ¹ only: every example"
                        + " adds its row")
                .mistake(() -> delta2(X, Y).sumOfEachColumn(), "that is ∂L/∂b², from δ²: the hidden layer's biases"
                        + " get their gradient from δ¹")
                .mistake(() -> delta2(X, Y).multiplyTranspose(W2).sumOfEachColumn(), "your sum leaves out σ′(Z¹):"
                        + " δ¹ = (δ²·W²ᵀ) ⊙ σ′(Z¹), and ∂L/∂b¹ adds up the rows of δ¹")
                .hint("b¹ⱼ is added to Z¹ᵢⱼ of every example i with a factor 1, so ∂L/∂b¹ⱼ collects δ¹ᵢⱼ from every"
                        + " example: one number per hidden neuron");
    }

    /** ΔL ≈ (∂L/∂W¹₀₀)·Δθ for the nudge Δθ = 0.01 of W¹₀₀ (from 0.6 to 0.61). */
    private static Exercise<Double> whatAGradientPromises() {
        Supplier<Double> gradient = () -> afterBackward().layers().get(0).weights().gradient().get(0, 0);
        return Exercise.number("07.what-a-gradient-promises", "ΔL predicted by the gradient", 2,
                        () -> gradient.get() * NUDGE)
                .called("ΔL")
                .tolerance(1e-9)
                .mistake(() -> -gradient.get() * NUDGE, "your ΔL has the wrong sign: raising W¹₀₀ changes L by"
                        + " +(∂L/∂W¹₀₀)·Δθ; the minus sign belongs to a descent step, not to the prediction")
                .mistake(() -> gradient.get() * (W1.get(0, 0) + NUDGE), "your ΔL multiplies by the new value 0.61:"
                        + " multiply by the nudge Δθ = 0.61 − 0.6")
                .mistake(gradient, "your ΔL is the gradient itself: multiply it by the nudge Δθ")
                .mistake(() -> lossWithW1At(W1.get(0, 0) + NUDGE) - lossWithW1At(W1.get(0, 0)), "your ΔL is the"
                        + " change measured by running the network again: the exercise asks what the gradient"
                        + " predicts, (∂L/∂W¹₀₀)·Δθ, which differs from it by terms of order Δθ²")
                .mistake(() -> afterBackward().layers().get(1).weights().gradient().get(0, 0) * NUDGE, "your ΔL uses"
                        + " ∂L/∂W²₀₀: the weight nudged is W¹₀₀, in the first layer")
                .hint("a gradient entry says how much L changes per unit change of that one weight; the weight"
                        + " changes by a small Δθ, so multiply");
    }

    private static Network network() {
        return new Network(List.of(new Dense(W1.copy(), B1.copy(), Activation.sigmoid(), 1),
                new Dense(W2.copy(), B2.copy(), Activation.softmax(), 2)));
    }

    /** The network after one forward and one backward pass on the batch: its parameters hold ∂L/∂W and ∂L/∂b. */
    private static Network afterBackward() {
        Network net = network();
        net.backward(net.forward(X), Y, Loss.categoricalCrossEntropy());
        return net;
    }

    /** L of the batch with W¹₀₀ set to {@code value}. */
    private static double lossWithW1At(double value) {
        Network net = network();
        net.layers().get(0).weights().value().set(0, 0, value);
        return Loss.categoricalCrossEntropy().value(net.forward(X), Y);
    }

    /** ŷ = g(f(x₃W¹ + b1)W² + b2) with the given biases, hidden activation f and output activation g. */
    private static Matrix output(Matrix b1, Matrix b2, Activation hidden, Activation out) {
        Matrix a1 = hidden.apply(X3.multiply(W1).addRowVector(b1));
        return out.apply(a1.multiply(W2).addRowVector(b2));
    }

    private static Matrix delta2(Matrix b1, Matrix b2, Activation hidden, Activation out) {
        return output(b1, b2, hidden, out).minus(Y3);
    }

    /** δ² = (ŷ − y)/m of the chapter's batch. */
    private static Matrix delta2(Matrix x, Matrix y) {
        return network().forward(x).minus(y).divide(x.rows());
    }

    /** δ¹ = (δ²·W²ᵀ) ⊙ A¹ ⊙ (1 − A¹) of the chapter's batch. */
    private static Matrix delta1() {
        Matrix a1 = Activation.sigmoid().apply(X.multiply(W1).addRowVector(B1));
        return delta2(X, Y).multiplyTranspose(W2).hadamard(a1.map(a -> a * (1 - a)));
    }
}
