package neuralmath.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import neuralmath.activations.Activation;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import neuralmath.metrics.Accuracy;

/**
 * A feed-forward network: dense layers, each feeding the next, of any depth; in a convolutional network, after
 * feature layers ({@link Convolution2D}, {@link MaxPooling}, ending in a {@link Flatten}) that feed the first.
 *
 * <p>{@link #forward} runs the layers in order and keeps what each computed; {@link #backward} then walks them in
 * reverse, applying the chain rule, and leaves ∂L/∂θ in every {@link Parameter}.
 *
 * <p>The source tutorial's multi-layer network crashed with a TypeError because it was built with the wrong
 * constructor; here one factory, {@link #of}, builds a network of any depth from its list of layer sizes.
 *
 * <p>A network is not thread-safe: its layers remember the last forward pass. Train and use one network from one
 * thread at a time, and give each thread a network of its own. A second thread that starts training a network
 * while another trains it gets an {@link IllegalStateException} ({@link #startTraining}).
 */
public final class Network {

    /**
     * How many examples a network with feature layers runs through them at a time when it only evaluates: their
     * patches take k·k·C numbers per pixel, too many for a whole test set at once.
     */
    public static final int EVALUATION_BATCH = 500;

    private final List<FeatureLayer> features;
    private final List<Dense> layers;
    private boolean evaluatedInParts;
    private final AtomicReference<Thread> trainedBy = new AtomicReference<>();

    /** A network of the given layers; each layer's inputs must match the previous layer's outputs. */
    public Network(List<Dense> layers) {
        this(List.of(), layers);
    }

    /**
     * A convolutional network: the feature layers, each taking the shape the one before gives and the last a
     * {@link Flatten}, then the dense layers, the first taking the flattened h·w·C features.
     */
    public Network(List<FeatureLayer> features, List<Dense> layers) {
        requireChained(features, layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("Network: needs at least one layer");
        }
        for (int i = 1; i < layers.size(); i++) {
            if (layers.get(i).inputs() != layers.get(i - 1).outputs()) {
                throw new IllegalArgumentException("Network: layer " + (i + 1) + " takes " + layers.get(i).inputs()
                        + " inputs but layer " + i + " gives " + layers.get(i - 1).outputs() + " outputs");
            }
        }
        this.features = List.copyOf(features);
        this.layers = List.copyOf(layers);
        parameterCount(sizes());
    }

    private static void requireChained(List<FeatureLayer> features, List<Dense> layers) {
        for (int i = 1; i < features.size(); i++) {
            FeatureLayer before = features.get(i - 1);
            FeatureLayer next = features.get(i);
            if (!next.inputShape().equals(before.outputShape())) {
                throw new IllegalArgumentException("Network: " + next.name() + " takes " + next.inputShape() + " but "
                        + before.name() + " gives " + before.outputShape());
            }
        }
        if (features.isEmpty()) {
            return;
        }
        FeatureLayer last = features.get(features.size() - 1);
        if (!(last instanceof Flatten flatten)) {
            throw new IllegalArgumentException("Network: the feature layers end with " + last.name() + ", which gives "
                    + last.outputShape() + ": end them with a Flatten before the dense layers");
        }
        if (!layers.isEmpty() && layers.get(0).inputs() != flatten.outputs()) {
            throw new IllegalArgumentException("Network: " + layers.get(0).weights().name() + " takes "
                    + layers.get(0).inputs() + " inputs but the flattened " + flatten.inputShape() + " gives "
                    + flatten.outputs());
        }
    }

    /**
     * A network with the given layer sizes, e.g. {64, 64, 10}: 64 inputs, one hidden layer of 64 neurons, 10
     * outputs. Hidden layers use {@code hidden}, the last layer uses {@code output}; weights are drawn by
     * {@code init} from a generator seeded with {@code seed}, biases start at zero.
     */
    public static Network of(int[] sizes, Activation hidden, Activation output, Initializer init, long seed) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("Network.of: needs at least an input and an output size, got "
                    + java.util.Arrays.toString(sizes));
        }
        for (int s : sizes) {
            if (s <= 0) {
                throw new IllegalArgumentException("Network.of: layer sizes must be positive, got "
                        + java.util.Arrays.toString(sizes));
            }
        }
        parameterCount(sizes); // before allocating anything: throws if a layer or the whole is too large
        Random random = new Random(seed);
        List<Dense> layers = new ArrayList<>();
        for (int i = 1; i < sizes.length; i++) {
            Activation f = i == sizes.length - 1 ? output : hidden;
            layers.add(new Dense(sizes[i - 1], sizes[i], f, init, random, i));
        }
        return new Network(layers);
    }

    /** The forward pass: A⁰ = X, then Aˡ = f(Aˡ⁻¹·Wˡ + bˡ) for each layer l. Returns the output ŷ. */
    public Matrix forward(Matrix x) {
        return forward(x, false);
    }

    /**
     * The same, with every layer writing into its own matrices for a batch of X's size, as a training loop does:
     * the ŷ returned is overwritten by the next such pass on a batch of that size.
     */
    public Matrix forwardReusing(Matrix x) {
        return forward(x, true);
    }

    /**
     * A training pass: as {@link #forwardReusing}, and the hidden layers that drop out ({@link #dropout}) draw new
     * masks M and hand on A ⊙ M.
     */
    public Matrix forwardTraining(Matrix x) {
        return forward(x, true, Dropout.Masks.NEW);
    }

    /** A training pass with the masks of the last one again: a gradient check at fixed masks. */
    Matrix forwardSameMasks(Matrix x) {
        return forward(x, true, Dropout.Masks.SAME);
    }

    private Matrix forward(Matrix x, boolean reuse) {
        return forward(x, reuse, Dropout.Masks.NONE);
    }

    private Matrix forward(Matrix x, boolean reuse, Dropout.Masks masks) {
        evaluatedInParts = !features.isEmpty() && masks == Dropout.Masks.NONE && x.rows() > EVALUATION_BATCH;
        if (evaluatedInParts) {
            return forwardInParts(x);
        }
        Matrix a = x;
        for (FeatureLayer layer : features) {
            a = layer.forward(a, reuse);
        }
        for (Dense layer : layers) {
            a = layer.forward(a, reuse, masks);
        }
        return a;
    }

    /** The forward pass EVALUATION_BATCH examples at a time, into one ŷ: an evaluation only, no backward. */
    private Matrix forwardInParts(Matrix x) {
        features.get(0).requireInput(x);
        Matrix yHat = Matrix.zeros(x.rows(), outputs());
        for (int from = 0; from < x.rows(); from += EVALUATION_BATCH) {
            int to = Math.min(from + EVALUATION_BATCH, x.rows());
            Matrix a = x.rowRange(from, to);
            for (FeatureLayer layer : features) {
                a = layer.forward(a, true);
            }
            for (Dense layer : layers) {
                a = layer.forward(a, true, Dropout.Masks.NONE);
            }
            System.arraycopy(a.data(), 0, yHat.data(), from * yHat.cols(), a.size()); // ŷ's rows from..to
        }
        return yHat;
    }

    /**
     * Inverted dropout with rate p on every hidden layer's outputs, in training passes only ({@link Dropout}); the
     * masks are drawn from a generator seeded with {@code seed}. The output layer never drops out. Returns this network.
     */
    public Network dropout(double rate, long seed) {
        if (layers.size() < 2) {
            throw new IllegalArgumentException("Network.dropout: drops out hidden layers, and this network has none");
        }
        Dropout dropout = new Dropout(rate, seed);
        for (int i = 0; i < layers.size() - 1; i++) {
            layers.get(i).dropout(dropout);
        }
        return this;
    }

    /**
     * The network's output ŷ for the examples in the rows of X, which must be finite numbers: an input that is NaN
     * or infinite throws, naming where it is.
     */
    public Matrix predict(Matrix x) {
        x.requireFinite("predict: inputs X", "clean or drop that example first");
        return forward(x);
    }

    /**
     * The predicted class of each example: the index of the largest output, or, for a single (sigmoid) output,
     * 1 when it is at least 0.5 ({@link Accuracy#classes}). An output that is NaN has no class: it throws.
     */
    public int[] classify(Matrix x) {
        Matrix yHat = predict(x);
        yHat.requireFinite("classify: the network's outputs ŷ",
                "its weights hold NaN or overflow on this input, so it has no class");
        return Accuracy.classes(yHat);
    }

    /**
     * Marks this network as being trained by the current thread until {@link #endTraining}; throws an
     * {@link IllegalStateException} if another thread is training it, since two threads updating the same weights
     * give different numbers on every run.
     */
    public void startTraining() {
        Thread me = Thread.currentThread();
        Thread other = trainedBy.compareAndExchange(null, me);
        if (other != null) {
            throw new IllegalStateException("Network: thread '" + me.getName() + "' cannot train this network "
                    + "while thread '" + other.getName() + "' trains it: a network is not thread-safe, give each "
                    + "thread a network of its own");
        }
    }

    /** Ends what {@link #startTraining} started. */
    public void endTraining() {
        trainedBy.compareAndSet(Thread.currentThread(), null);
    }

    /**
     * The backward pass after {@code forward}: starts from ∂L/∂ŷ and applies the chain rule layer by layer, from
     * the last to the first, leaving ∂L/∂W and ∂L/∂b in each layer's parameters. A loss that fuses with the output
     * activation ({@link Loss#fusesWith}, softmax with categorical cross-entropy) gives ∂L/∂z itself instead.
     */
    public void backward(Matrix yHat, Matrix y, Loss loss) {
        if (evaluatedInParts) {
            throw new IllegalStateException("Network: backward after a forward pass over more than "
                    + EVALUATION_BATCH + " examples, which a network with feature layers only evaluates, "
                    + EVALUATION_BATCH + " at a time: train on batches of at most " + EVALUATION_BATCH);
        }
        Dense last = layers.get(layers.size() - 1);
        Matrix delta = loss.fusesWith(last.activation())
                ? loss.gradientBeforeActivation(yHat, y, last.deltaMatrix())  // ∂L/∂z, e.g. (ŷ − y)/m
                : last.delta(loss.gradient(yHat, y, last.deltaMatrix()));    // δ = f'(z) ⊙ ∂L/∂ŷ, in place
        for (int i = layers.size() - 1; i > 0; i--) {
            Matrix gradA = layers.get(i).backwardFromDelta(delta, true);     // ∂L/∂A of the layer before
            delta = layers.get(i - 1).delta(gradA);
        }
        Matrix grad = layers.get(0).backwardFromDelta(delta, !features.isEmpty()); // the inputs' ∂L/∂X: not needed
        for (int i = features.size() - 1; i >= 0; i--) {
            grad = features.get(i).backward(grad, i > 0);
        }
    }

    /** The dense layers, first to last. */
    public List<Dense> layers() {
        return layers;
    }

    /** The feature layers before the dense ones, first to last: none in a fully connected network. */
    public List<FeatureLayer> features() {
        return features;
    }

    /** Every parameter: the feature layers' (K1, b1, ...), then W1, b1, W2, b2, ... */
    public List<Parameter> parameters() {
        List<Parameter> out = new ArrayList<>();
        for (FeatureLayer layer : features) {
            out.addAll(layer.parameters());
        }
        for (Dense layer : layers) {
            out.addAll(layer.parameters());
        }
        return out;
    }

    /** The dense layers' sizes, e.g. {64, 64, 10}; in a convolutional network, from the flattened features on. */
    public int[] sizes() {
        int[] sizes = new int[layers.size() + 1];
        sizes[0] = layers.get(0).inputs();
        for (int i = 0; i < layers.size(); i++) {
            sizes[i + 1] = layers.get(i).outputs();
        }
        return sizes;
    }

    /** The number of values in each example this network takes: the first layer's inputs. */
    public int inputs() {
        return features.isEmpty() ? layers.get(0).inputs() : features.get(0).inputShape().size();
    }

    /** The number of outputs, the last layer's. */
    public int outputs() {
        return layers.get(layers.size() - 1).outputs();
    }

    /** The number of learned numbers: every weight, filter and bias. */
    public int parameterCount() {
        long count = 0;
        for (FeatureLayer layer : features) {
            for (Parameter p : layer.parameters()) {
                count += p.value().size();
            }
        }
        return Math.toIntExact(count + parameterCount(sizes()));
    }

    /**
     * Σₗ (nₗ₋₁ · nₗ + nₗ), the weights and biases of a network of these sizes; throws if one layer's weights do not
     * fit in a matrix ({@link Matrix#MAX_ELEMENTS}) or the whole is more than an int counts.
     */
    private static int parameterCount(int[] sizes) {
        long count = 0;
        for (int l = 1; l < sizes.length; l++) {
            count += Matrix.elements("W" + l, sizes[l - 1], sizes[l]) + (long) sizes[l];
        }
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Network " + java.util.Arrays.toString(sizes) + ": too large: "
                    + count + " parameters, more than the " + Integer.MAX_VALUE + " a network can hold");
        }
        return (int) count;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Network " + java.util.Arrays.toString(sizes()) + ", "
                + parameterCount() + " parameters");
        for (FeatureLayer layer : features) {
            s.append("\n  ").append(layer);
        }
        for (Dense layer : layers) {
            s.append("\n  ").append(layer);
        }
        return s.toString();
    }
}
