package neuralmath.la;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Matrix products blocked for registers and caches, after BLAS libraries (Goto's algorithm): a block of B
 * (depth {@link #KC}, width {@link #NC}) is copied ("packed") into panels of nr columns that a small
 * <em>micro-kernel</em> streams through, and the micro-kernel keeps an {@code mr × nr} tile of C in
 * registers while it walks the depth, reading mr values of A per step straight from where A is stored.
 *
 * <p>This is also what makes Aᵀ·B and A·Bᵀ as fast as A·B: A is read with the strides of its storage
 * (along a row for A, down a column for Aᵀ), B is packed from either storage into the same panels, and no
 * operand is ever transposed as a whole.
 *
 * <p>Summation order: every element C(i, j) is the sum Σₚ A(i,p)·B(p,j) taken for p = 0, 1, …, k−1 in
 * that order, one running sum per element (a tile of C is loaded back into registers when the next
 * block of depth starts). Blocks of rows (and, when there are few, of columns) of C go to threads, but
 * no element is ever split between threads, so the result is the same bit for bit on one thread and on
 * many. A subclass that multiplies and adds with one rounding (fused multiply-add) gives exactly what the naive triple loop with
 * {@link Math#fma} gives; one that rounds twice gives exactly what {@code c += a * b} gives.
 */
abstract class BlockedKernels implements MatrixKernels {

    /** Depth of a block: a KC×nr panel of B stays in L1, a KC×NC block of B in L2. */
    static final int KC = 256;
    /** Rows of C per block: the unit of work handed to a thread. */
    static final int MC = 64;
    /** Columns of C per block. */
    static final int NC = 512;
    /** A round of warm-up calls that takes less than this is compiled code. */
    private static final long WARM_ROUND_NANOS = 1_000;
    /** Products smaller than this many multiply-adds run on the calling thread alone. */
    private static final long PARALLEL_MIN_MADDS = 1L << 18;

    private final int mr;
    private final int nr;
    private final int threads;
    private final ExecutorService pool;
    private final ThreadLocal<Buffers> buffers;

    /**
     * @param mr      rows of the register tile the micro-kernel computes
     * @param nr      columns of that tile
     * @param threads how many threads large products use (1: only the caller's)
     */
    BlockedKernels(int mr, int nr, int threads) {
        if (NC % nr != 0) {
            throw new IllegalArgumentException("tile width " + nr + " must divide the block width " + NC);
        }
        this.mr = mr;
        this.nr = nr;
        this.threads = threads;
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1, BlockedKernels::daemon) : null;
        this.buffers = ThreadLocal.withInitial(() -> new Buffers(mr, nr));
    }

    /**
     * C(tile) = A(rows)·B(panel) for one mr×nr tile, summing over {@code kc} steps of depth.
     *
     * @param a          A(r, p) of the tile's rows r = 0..mr−1 at {@code ao + r*rowStride + p*stepStride}
     * @param b          packed B: for each step p, the nr values B(p, j..j+nr−1), from {@code bo}
     * @param c          where the tile lives: element (r, s) at {@code co + r*ldc + s}
     * @param accumulate whether to continue the sums already in the tile (later blocks of depth) rather
     *                   than start from zero
     */
    abstract void microKernel(int kc, double[] a, int ao, int rowStride, int stepStride, double[] b, int bo,
                              double[] c, int co, int ldc, boolean accumulate);

    /**
     * Runs the micro-kernel and the element-wise kernels on tiny arrays until the JIT compiler has compiled
     * them (their time per call stops falling), for at most {@code maxMillis}. Vector API code runs a
     * hundred times slower before it is compiled, so without this the first products of a training run take
     * most of its time. Only timing depends on it, never a result.
     */
    final void warmUp(long maxMillis) {
        int batchSize = 250;
        long deadline = System.nanoTime() + maxMillis * 1_000_000L;
        double[] a = new double[2 * mr * 4];
        double[] b = new double[2 * nr * 4];
        double[] c = new double[mr * nr];
        int cols = nr + 3;
        double[] z = new double[2 * cols];
        double[] bias = new double[cols];
        double[] out = new double[2 * cols];
        long best = Long.MAX_VALUE;
        int sinceBest = 0;
        // Compiled, a round of the seven calls below takes well under a microsecond; before, tens of them.
        for (int batch = 0; System.nanoTime() < deadline && best > WARM_ROUND_NANOS * batchSize
                && (batch < 40 || sinceBest < 30); batch++) {
            long start = System.nanoTime();
            for (int i = 0; i < batchSize; i++) {
                boolean accumulate = (i & 1) == 0;
                microKernel(2, a, 0, 2, 1, b, 0, c, 0, nr, accumulate);
                microKernel(2, a, 0, 1, mr, b, 0, c, 0, nr, !accumulate);
                addBiasSigmoid(z, bias, out, 2, cols);
                addBiasRelu(z, bias, out, 2, cols);
                addBiasSoftmax(z, bias, out, 2, cols);
                sigmoidBackward(z, out, c, z.length);
                reluBackward(z, out, c, z.length);
            }
            long time = System.nanoTime() - start;
            if (time < best) {
                best = time;
                sinceBest = 0;
            } else {
                sinceBest++;
            }
        }
    }

    /** How many threads large products use, for names: "1 thread", "2 threads". */
    final String threadCount() {
        return threads + (threads == 1 ? " thread" : " threads");
    }

    @Override
    public final void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        product(a, false, b, false, c, m, k, n);
    }

    @Override
    public final void multiplyTransposeA(double[] a, double[] b, double[] c, int m, int k, int n) {
        product(a, true, b, false, c, m, k, n);
    }

    @Override
    public final void multiplyTransposeB(double[] a, double[] b, double[] c, int m, int k, int n) {
        product(a, false, b, true, c, m, k, n);
    }

    /** C = op(A)·op(B), op(X) being X or Xᵀ as stored; m×k times k×n. */
    private void product(double[] a, boolean aTransposed, double[] b, boolean bTransposed, double[] c,
                         int m, int k, int n) {
        if (k == 0) {
            Arrays.fill(c, 0, m * n, 0.0);
            return;
        }
        int rowBlocks = (m + MC - 1) / MC;
        boolean parallel = pool != null && (long) m * n * k >= PARALLEL_MIN_MADDS;
        double[] bPack = buffers.get().bPack;
        for (int jc = 0; jc < n; jc += NC) {
            int nc = Math.min(NC, n - jc);
            // Few blocks of rows (C = Aᵀ·B with a short, wide A): the threads share the columns too.
            int columnChunks = parallel && rowBlocks < 2 * threads ? (nc + nr - 1) / nr : 1;
            int chunkWidth = columnChunks == 1 ? nc : nr;
            int tasks = rowBlocks * columnChunks;
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                packB(b, bTransposed, k, n, pc, kc, jc, nc, bPack);
                int jc0 = jc;
                int pc0 = pc;
                IntConsumer block = t -> {
                    int from = (t % columnChunks) * chunkWidth;
                    block(a, aTransposed, m, k, n, (t / columnChunks) * MC, pc0, kc, jc0, from,
                            Math.min(nc, from + chunkWidth), bPack, c);
                };
                if (parallel && tasks > 1) {
                    runParallel(tasks, block);
                } else {
                    for (int t = 0; t < tasks; t++) {
                        block.accept(t);
                    }
                }
            }
        }
    }

    /**
     * Rows [ic, ic+MC) of C, columns [jc+from, jc+to) (from and to multiples of nr or the block's end),
     * depth [pc, pc+kc).
     */
    private void block(double[] a, boolean aTransposed, int m, int k, int n, int ic, int pc, int kc, int jc,
                       int from, int to, double[] bPack, double[] c) {
        int mc = Math.min(MC, m - ic);
        int rowStride = aTransposed ? 1 : k;
        int stepStride = aTransposed ? m : 1;
        boolean accumulate = pc > 0;
        for (int jr = from; jr < to; jr += nr) {
            int cols = Math.min(nr, to - jr);
            int bo = jr * kc;
            for (int ir = 0; ir < mc; ir += mr) {
                int i = ic + ir;
                int rows = Math.min(mr, mc - ir);
                int ao = i * rowStride + pc * stepStride;
                int co = i * n + jc + jr;
                if (rows == mr && cols == nr) {
                    microKernel(kc, a, ao, rowStride, stepStride, bPack, bo, c, co, n, accumulate);
                } else {
                    edgeTile(kc, a, ao, rowStride, stepStride, rows, bPack, bo, c, co, n, cols, accumulate);
                }
            }
        }
    }

    /**
     * A tile at the bottom or right edge of C, computed in a full-size scratch tile, then copied into C. At
     * the bottom edge, its rows of A are first copied into a scratch panel padded with zero rows; at the
     * right edge, the packed B is already padded with zero columns.
     */
    private void edgeTile(int kc, double[] a, int ao, int rowStride, int stepStride, int rows, double[] bPack,
                          int bo, double[] c, int co, int n, int cols, boolean accumulate) {
        Buffers buf = buffers.get();
        double[] aTile = a;
        if (rows < mr) {
            aTile = buf.aRows;
            for (int r = 0; r < mr; r++) {
                for (int p = 0; p < kc; p++) {
                    aTile[r * KC + p] = r < rows ? a[ao + r * rowStride + p * stepStride] : 0.0;
                }
            }
            ao = 0;
            rowStride = KC;
            stepStride = 1;
        }
        double[] tile = buf.tile;
        if (accumulate) {
            for (int r = 0; r < rows; r++) {
                System.arraycopy(c, co + r * n, tile, r * nr, cols);
            }
        }
        microKernel(kc, aTile, ao, rowStride, stepStride, bPack, bo, tile, 0, nr, accumulate);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(tile, r * nr, c, co + r * n, cols);
        }
    }

    /**
     * Copies B(pc..pc+kc−1, jc..jc+nc−1) into panels of nr columns: panel by panel, step by step, the nr
     * values of one row. Columns past the end of B are zeros.
     */
    private void packB(double[] b, boolean transposed, int k, int n, int pc, int kc, int jc, int nc,
                       double[] bPack) {
        for (int jr = 0; jr < nc; jr += nr) {
            int base = jr * kc;
            int cols = Math.min(nr, nc - jr);
            if (transposed) {
                // B is stored n×k: column j of B is row j of the array.
                for (int s = 0; s < cols; s++) {
                    int from = (jc + jr + s) * k + pc;
                    for (int p = 0; p < kc; p++) {
                        bPack[base + p * nr + s] = b[from + p];
                    }
                }
            } else {
                for (int p = 0; p < kc; p++) {
                    System.arraycopy(b, (pc + p) * n + jc + jr, bPack, base + p * nr, cols);
                }
            }
            if (cols < nr) {
                for (int p = 0; p < kc; p++) {
                    Arrays.fill(bPack, base + p * nr + cols, base + (p + 1) * nr, 0.0);
                }
            }
        }
    }

    /** Runs {@code task} for 0..count−1 on the pool and the calling thread; returns when all are done. */
    private void runParallel(int count, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                task.accept(i);
            }
        };
        Future<?>[] helpers = new Future<?>[Math.min(threads - 1, count - 1)];
        for (int t = 0; t < helpers.length; t++) {
            helpers[t] = pool.submit(worker);
        }
        worker.run();
        try {
            for (Future<?> f : helpers) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("matrix product interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("matrix product failed on a worker thread", e.getCause());
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "neural-math-kernels");
        t.setDaemon(true);
        return t;
    }

    /** Each thread's packing space, allocated once and reused by every product. */
    private static final class Buffers {
        final double[] bPack;
        final double[] aRows;
        final double[] tile;

        Buffers(int mr, int nr) {
            bPack = new double[KC * NC];
            aRows = new double[mr * KC];
            tile = new double[mr * nr];
        }
    }
}
