package neuralmath.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import neuralmath.la.Matrix;

/**
 * The matrices a training loop fills again on every step: Z, A and δ of each layer, the gradients, the batch.
 * Given one, {@link Network#forward(Matrix, Workspace)} and {@link Network#backward(Matrix, Matrix,
 * neuralmath.losses.Loss, Workspace)} write into the matrices of the step before instead of making new ones,
 * so that after its first step a training loop allocates nothing. The trainer keeps one for the training set
 * and one for the test set.
 *
 * <p>The price: what a step returns is overwritten by the next step that uses the same workspace. Without a
 * workspace ({@link Network#forward(Matrix)}), every result is a new matrix of its own.
 */
public final class Workspace {

    private static final Workspace NONE = new Workspace(false);

    private final boolean keeps;
    private final Map<Object, Map<String, List<Matrix>>> matrices = new IdentityHashMap<>();

    /** An empty workspace: its matrices are made on first use and kept. */
    public Workspace() {
        this(true);
    }

    private Workspace(boolean keeps) {
        this.keeps = keeps;
    }

    /** The workspace that keeps nothing: every matrix it gives is new. */
    public static Workspace none() {
        return NONE;
    }

    /**
     * A rows×cols matrix for {@code owner}'s {@code name} (e.g. a layer's "Z"): the one given last time for that
     * owner, name and shape, with its old numbers still in it, or a new matrix of zeros the first time. One is
     * kept per shape, so a last, smaller mini-batch does not replace the matrices of the full ones.
     */
    public Matrix matrix(Object owner, String name, int rows, int cols) {
        if (!keeps) {
            return Matrix.zeros(rows, cols);
        }
        List<Matrix> kept = matrices.computeIfAbsent(owner, o -> new HashMap<>())
                .computeIfAbsent(name, n -> new ArrayList<>(2));
        for (Matrix m : kept) {
            if (m.rows() == rows && m.cols() == cols) {
                return m;
            }
        }
        Matrix m = Matrix.zeros(rows, cols);
        kept.add(m);
        return m;
    }
}
