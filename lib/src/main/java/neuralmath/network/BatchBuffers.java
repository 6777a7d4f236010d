package neuralmath.network;

import java.util.ArrayDeque;
import java.util.function.IntFunction;

/**
 * A layer's matrices, one set per batch size m: a training loop uses two or three sizes (full batches, a last
 * smaller one, the test set) and after its first epoch allocates nothing. A few sizes are kept, the oldest dropped.
 */
final class BatchBuffers<T> {

    private static final int KEPT = 4;

    private record Kept<T>(int rows, T buffers) {
    }

    private final ArrayDeque<Kept<T>> kept = new ArrayDeque<>();
    private final IntFunction<T> make;

    /** Buffers made by {@code make} for a batch of m rows. */
    BatchBuffers(IntFunction<T> make) {
        this.make = make;
    }

    /** The buffers for a batch of m rows, made on first use. */
    T forRows(int m) {
        for (Kept<T> k : kept) {
            if (k.rows() == m) {
                return k.buffers();
            }
        }
        if (kept.size() == KEPT) {
            kept.removeLast();
        }
        T b = make.apply(m);
        kept.addFirst(new Kept<>(m, b));
        return b;
    }

    /** Buffers for one pass that are not kept: a prediction. */
    T once(int m) {
        return make.apply(m);
    }
}
