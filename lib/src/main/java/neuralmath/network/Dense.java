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
 *
 * <p>A hidden layer may drop out ({@link Dropout}): in a training pass it hands on Ã = A ⊙ M instead of A, and its
 * backward pass starts from ∂L/∂A = ∂L/∂Ã ⊙ M, with the same mask M.
 */
public final class Dense {

    private final Parameter weights;
    private final Parameter bias;
    private final Activation activation;
    private Dropout dropout;
    private boolean masked;

    private final BufferCache buffers = new BufferCache();
    private Buffers batch;
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
        return forward(x, false);
    }

    /**
     * The same; with {@code reuse}, Z and A are written into this layer's own matrices for a batch of X's size, as a
     * training loop does, and are overwritten by the next such pass.
     */
    Matrix forward(Matrix x, boolean reuse) {
        return forward(x, reuse, Dropout.Masks.NONE);
    }

    /** The same, in a pass that uses these dropout masks: then A ⊙ M is returned. */
    Matrix forward(Matrix x, boolean reuse, Dropout.Masks masks) {
        if (x.cols() != weights.value().rows()) {
            throw new IllegalArgumentException(weights.name() + ": input " + x.shape() + " has " + x.cols()
                    + " features but the layer's weights " + weights.value().shape() + " expect "
                    + weights.value().rows());
        }
        batch = reuse ? buffers.forRows(x.rows()) : new Buffers(x.rows(), inputs(), outputs());
        input = x;
        z = x.multiply(weights.value(), batch.z);                       // Z = X·W
        a = activation.addBiasAndApply(z, bias.value(), batch.a);       // Z ← Z + b, A = f(Z)
        masked = dropout != null && masks != Dropout.Masks.NONE;
        if (!masked) {
            return a;
        }
        if (masks == Dropout.Masks.NEW) {
            dropout.drawMask(batch.mask());                             // M: 0 with probability p, else 1/(1 − p)
        }
        return a.zip("dropout", batch.mask(), (ai, mi) -> ai * mi, batch.dropped());   // Ã = A ⊙ M
    }

    /**
     * The backward pass through this layer, given ∂L/∂A: δ = ∂L/∂Z by the chain rule through f, then ∂L/∂W = Xᵀ·δ
     * and ∂L/∂b = Σᵢ δᵢ are stored in the parameters, and ∂L/∂X = δ·Wᵀ is returned for the layer before.
     */
    public Matrix backward(Matrix gradA) {
        return backwardFromDelta(delta(gradA), true);
    }

    /** δ = ∂L/∂Z, the chain rule through f given ∂L/∂A, written into this batch's δ. */
    Matrix delta(Matrix gradA) {
        requireForward();
        Matrix gradOfA = masked
                ? gradA.zip("dropout", batch.mask(), (g, mi) -> g * mi, batch.maskedGradient())  // ∂L/∂Ã ⊙ M
                : gradA;
        return activation.backward(z, a, gradOfA, batch.delta());
    }

    /** This batch's δ, for a loss that gives ∂L/∂Z itself ({@link neuralmath.losses.Loss#fusesWith}). */
    Matrix deltaMatrix() {
        requireForward();
        return batch.delta();
    }

    /**
     * Given δ = ∂L/∂Z, stores ∂L/∂W = Xᵀ·δ and ∂L/∂b = Σᵢ δᵢ and, if {@code inputGradient}, returns ∂L/∂X = δ·Wᵀ
     * (the first layer needs none: null).
     */
    Matrix backwardFromDelta(Matrix delta, boolean inputGradient) {
        requireForward();
        weights.setGradient(input.transposeMultiply(delta, batch.gradW()));
        bias.setGradient(delta.sumOfEachColumn(batch.gradB()));
        return inputGradient ? delta.multiplyTranspose(weights.value(), batch.gradX()) : null;
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

    /** This layer's dropout, or null if it has none. */
    public Dropout dropout() {
        return dropout;
    }

    /** Drops out this layer's outputs in training passes (null: never). */
    void dropout(Dropout dropout) {
        this.dropout = dropout;
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
        return "Dense(" + inputs() + " -> " + outputs() + ", " + activation + (dropout == null ? "" : ", " + dropout)
                + ")";
    }

    /**
     * The matrices one batch of m examples fills: Z and A (m × n_out); and, made on the first backward pass, δ
     * (m × n_out), ∂L/∂W, ∂L/∂b and ∂L/∂X (m × n_in), so that a forward pass alone (a prediction) makes no more;
     * and, with dropout, the mask M, A ⊙ M and ∂L/∂Ã ⊙ M (m × n_out), made on the first training pass.
     */
    private static final class Buffers {
        final Matrix z;
        final Matrix a;
        private final int nIn;
        private Matrix delta;
        private Matrix gradW;
        private Matrix gradB;
        private Matrix gradX;
        private Matrix mask;
        private Matrix dropped;
        private Matrix maskedGradient;

        Buffers(int m, int nIn, int nOut) {
            z = Matrix.zeros(m, nOut);
            a = Matrix.zeros(m, nOut);
            this.nIn = nIn;
        }

        Matrix delta() {
            return delta != null ? delta : (delta = Matrix.zeros(z.rows(), z.cols()));
        }

        Matrix gradW() {
            return gradW != null ? gradW : (gradW = Matrix.zeros(nIn, z.cols()));
        }

        Matrix gradB() {
            return gradB != null ? gradB : (gradB = Matrix.zeros(1, z.cols()));
        }

        Matrix mask() {
            return mask != null ? mask : (mask = Matrix.zeros(z.rows(), z.cols()));
        }

        Matrix dropped() {
            return dropped != null ? dropped : (dropped = Matrix.zeros(z.rows(), z.cols()));
        }

        Matrix maskedGradient() {
            return maskedGradient != null ? maskedGradient : (maskedGradient = Matrix.zeros(z.rows(), z.cols()));
        }

        Matrix gradX() {
            return gradX != null ? gradX : (gradX = Matrix.zeros(z.rows(), nIn));
        }
    }

    /**
     * This layer's buffers, one set per batch size: a training loop uses two or three (full batches, a last smaller
     * one, the test set), and after its first epoch allocates nothing. A few sizes are kept, the oldest dropped.
     */
    private final class BufferCache {
        private static final int KEPT = 4;
        private final java.util.ArrayDeque<Buffers> kept = new java.util.ArrayDeque<>();

        Buffers forRows(int m) {
            for (Buffers b : kept) {
                if (b.z.rows() == m) {
                    return b;
                }
            }
            if (kept.size() == KEPT) {
                kept.removeLast();
            }
            Buffers b = new Buffers(m, inputs(), outputs());
            kept.addFirst(b);
            return b;
        }
    }
}
