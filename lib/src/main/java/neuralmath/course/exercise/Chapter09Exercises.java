package neuralmath.course.exercise;

import java.util.List;
import java.util.Random;
import neuralmath.activations.Activation;
import neuralmath.data.OneHot;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import neuralmath.network.Dense;
import neuralmath.network.Initializer;
import neuralmath.network.Network;
import neuralmath.optimizers.SGD;
import neuralmath.training.History;
import neuralmath.training.Trainer;

/** Chapter 9, building a network: its parameter count, the hidden layer's error δ¹, a wider hidden layer. */
final class Chapter09Exercises {

    private static final double ETA = 0.5;
    private static final int EPOCHS = 200;

    private Chapter09Exercises() {
    }

    static List<Exercise<?>> all() {
        return List.of(parameterCount(), hiddenLayerError(), widerHiddenLayer());
    }

    /** n·h + h + h·K + K, the entries of W¹, b¹, W², b², as the library's Network counts them. */
    private static Exercise<ThreeIntFunction> parameterCount() {
        int[][] networks = {{3, 5, 2}, {7, 4, 6}, {20, 9, 11}};
        Exercise<ThreeIntFunction> exercise = Exercise.function("09.parameter-count",
                "parameters of an n-h-K network", 2, ThreeIntFunction.class, (n, h, k) -> Network.of(
                        new int[] {n, h, k}, Activation.sigmoid(), Activation.softmax(), Initializer.XAVIER, 0)
                        .parameterCount());
        for (int[] s : networks) {
            exercise.probe("count for n = " + s[0] + ", h = " + s[1] + ", K = " + s[2], f -> f.apply(s[0], s[1], s[2]));
        }
        return exercise
                .mistake(() -> (n, h, k) -> n * h + h * k, "your count has the weights only: b¹ adds h numbers and"
                        + " b² adds K")
                .mistake(() -> (n, h, k) -> n * h + h * k + k, "your count leaves out b¹, the h biases of the hidden"
                        + " layer")
                .mistake(() -> (n, h, k) -> n * h + h + h * k, "your count leaves out b², the K biases of the output"
                        + " layer")
                .mistake(() -> (n, h, k) -> n * h + h * k + n + h + k, "your count gives the inputs biases too: only"
                        + " the h hidden and the K output neurons have one")
                .mistake(() -> (n, h, k) -> n + h + k, "your count is the number of neurons: a weight matrix has"
                        + " rows × columns entries")
                .mistake(() -> (n, h, k) -> n * h * k, "your count multiplies the three sizes: W¹ and W² are two"
                        + " separate matrices, whose entries add up")
                .hint("each of W¹, b¹, W², b² holds rows × columns numbers; write down the four shapes and add");
    }

    /** δ¹ = (δ²·W²ᵀ) ⊙ A¹ ⊙ (1 − A¹), tried on random δ², W² and sigmoid outputs A¹ of two shapes. */
    private static Exercise<ThreeMatrixFunction> hiddenLayerError() {
        Matrix[][] inputs = {randomInputs(5, 4, 3, 91), randomInputs(2, 6, 2, 95)};
        Exercise<ThreeMatrixFunction> exercise = Exercise.function("09.hidden-layer-error", "δ¹ of the hidden layer",
                3, ThreeMatrixFunction.class, (d2, w2, a1) -> d2.multiplyTranspose(w2).hadamard(sigmoidSlope(a1)));
        for (Matrix[] in : inputs) {
            exercise.probe("δ¹ for m = " + in[0].rows() + ", h = " + in[1].rows() + ", K = " + in[1].cols(),
                    f -> f.apply(in[0], in[1], in[2]));
        }
        return exercise
                .mistake(() -> (d2, w2, a1) -> d2.multiplyTranspose(w2), "your δ¹ leaves out σ′(Z¹) = A¹ ⊙ (1 − A¹),"
                        + " the factor the source's log_loss and mse branches forget too")
                .mistake(() -> (d2, w2, a1) -> d2.multiplyTranspose(w2).hadamard(a1), "your δ¹ multiplies by A¹"
                        + " only: σ′(Z¹) = A¹ ⊙ (1 − A¹)")
                .mistake(() -> (d2, w2, a1) -> d2.multiplyTranspose(w2).hadamard(a1.map(a -> 1 - a)), "your δ¹"
                        + " multiplies by 1 − A¹ only: σ′(Z¹) = A¹ ⊙ (1 − A¹)")
                .mistake(() -> (d2, w2, a1) -> d2.multiplyTranspose(w2)
                                .hadamard(sigmoidSlope(Activation.sigmoid().apply(a1))),
                        "your δ¹ applies σ to A¹ again: A¹ is already σ(Z¹), so σ′(Z¹) = A¹ ⊙ (1 − A¹)")
                .mistake(() -> (d2, w2, a1) -> d2.multiplyTranspose(w2).hadamard(sigmoidSlope(a1)).divide(d2.rows()),
                        "your δ¹ divides by m again: δ² already holds the 1/m")
                .hint("send δ² back through the weights (one matrix product with W² turned so the shapes fit,"
                        + " m × h), then multiply entry by entry by the sigmoid's slope, written with A¹ alone");
    }

    /** The final training loss of the chapter's network with 16 hidden neurons, trained from the chapter's seeds. */
    private static Exercise<Double> widerHiddenLayer() {
        return Exercise.number("09.wider-hidden-layer", "final loss with 16 hidden neurons", 2,
                        () -> Trained.WIDE.last().trainLoss())
                .called("loss")
                .tolerance(1e-9)
                .mistake(() -> Trained.NARROW.last().trainLoss(), "that is the final loss of the network with 8 hidden"
                        + " neurons: build a new one with 16")
                .mistake(() -> Trained.WIDE.epochs().get(0).trainLoss(), "that is the loss of the first epoch, before"
                        + " any training: take the last epoch's")
                .mistake(() -> Trained.WIDE_LOSS_AFTER_TRAINING, "that is the loss after the 200th update: the history"
                        + " records each epoch's loss on the forward pass before its update, so take its last entry")
                .hint("a fresh network with 2 inputs, 16 hidden neurons and 3 outputs, drawn from the seeds the task"
                        + " names, with zero biases; train it as the 8-neuron network was trained and read its last"
                        + " epoch's loss");
    }

    /** Three random matrices δ² (m × K), W² (h × K) and A¹ = σ(Z¹) (m × h). */
    private static Matrix[] randomInputs(int m, int h, int k, long seed) {
        return new Matrix[] {Matrix.randn(m, k, seed), Matrix.randn(h, k, seed + 1),
                Activation.sigmoid().apply(Matrix.randn(m, h, seed + 2))};
    }

    /** σ′(Z) = A ⊙ (1 − A), from A = σ(Z). */
    private static Matrix sigmoidSlope(Matrix a) {
        return a.map(ai -> ai * (1 - ai));
    }

    /** The chapter's networks trained on its three clouds, computed once, when first needed. */
    private static final class Trained {

        private static final Matrix[] CLOUDS = clouds();
        static final History NARROW = train(network(8));
        private static final Network WIDE_NETWORK = network(16);
        static final History WIDE = train(WIDE_NETWORK);
        static final double WIDE_LOSS_AFTER_TRAINING = Loss.categoricalCrossEntropy()
                .value(WIDE_NETWORK.forward(CLOUDS[0]), CLOUDS[1]);

        /** The chapter's network with h hidden neurons: W¹ = randn(2, h, seed 1), W² = randn(h, 3, seed 2). */
        private static Network network(int h) {
            return new Network(List.of(
                    new Dense(Matrix.randn(2, h, 1), Matrix.zeros(1, h), Activation.sigmoid(), 1),
                    new Dense(Matrix.randn(h, 3, 2), Matrix.zeros(1, 3), Activation.softmax(), 2)));
        }

        private static History train(Network net) {
            return new Trainer(net, Loss.categoricalCrossEntropy(), new SGD(ETA)).epochs(EPOCHS)
                    .fit(CLOUDS[0], CLOUDS[1]);
        }

        /** The chapter's three clouds: 50 points around each of (−2, 0), (2, 0), (0, 2.5), spread 0.9, seed 7. */
        private static Matrix[] clouds() {
            int perClass = 50;
            double[][] centres = {{-2, 0}, {2, 0}, {0, 2.5}};
            Random random = new Random(7);
            Matrix x = Matrix.zeros(3 * perClass, 2);
            int[] labels = new int[3 * perClass];
            for (int i = 0; i < x.rows(); i++) {
                labels[i] = i / perClass;
                x.set(i, 0, centres[labels[i]][0] + 0.9 * random.nextGaussian());
                x.set(i, 1, centres[labels[i]][1] + 0.9 * random.nextGaussian());
            }
            return new Matrix[] {x, OneHot.encode(labels, 3)};
        }
    }
}
