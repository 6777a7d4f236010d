package neuralmath.la;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Matrix products blocked for registers and caches, as BLAS libraries compute them (Goto's algorithm):
 * a block of B (depth {@link #KC}, width {@link #NC}) is copied ("packed") into panels that a small
 * <em>micro-kernel</em> streams through, together with a packed block of A ({@link #MC} rows), and the
 * micro-kernel keeps an {@code mr × nr} tile of C in registers while it walks the depth.
 *
 * <p>Packing is also what makes Aᵀ·B and A·Bᵀ as fast as A·B: only the packing of an operand depends on
 * how it is stored, never the micro-kernel, and no operand is ever transposed as a whole.
 *
 * <p>Summation order: every element C(i, j) is the sum Σₚ A(i,p)·B(p,j) taken for p = 0, 1, …, k−1 in
 * that order, one running sum per element (a tile of C is loaded back into registers when the next
 * block of depth starts). Blocks of rows of C go to threads, but no element is ever split between
 * threads, so the result is the same bit for bit on one thread and on many. A subclass that multiplies
 * and adds with one rounding (fused multiply-add) gives exactly what the naive triple loop with
 * {@link Math#fma} gives; one that rounds twice gives exactly what {@code c += a * b} gives.
 */
abstract class BlockedKernels implements MatrixKernels {

    /** Depth of a block: an mr×KC panel of A stays in L1, a KC×NC block of B in L2. */
    static final int KC = 256;
    /** Rows of C per block, and the unit of work handed to a thread. */
    static final int MC = 64;
    /** Columns of C per block. */
    static final int NC = 512;
    /** Products smaller than this many multiply-adds run on the calling thread alone. */
    private static final long PARALLEL_MIN_MADDS = 1L << 20;

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
     * C(tile) = A(panel)·B(panel) for one mr×nr tile, summing over {@code kc} steps of depth.
     *
     * @param a          packed A: for each step p, the mr values A(i..i+mr−1, p), from {@code ao}
     * @param b          packed B: for each step p, the nr values B(p, j..j+nr−1), from {@code bo}
     * @param c          where the tile lives: element (r, s) at {@code co + r*ldc + s}
     * @param accumulate whether to continue the sums already in the tile (later blocks of depth) rather
     *                   than start from zero
     */
    abstract void microKernel(int kc, double[] a, int ao, double[] b, int bo, double[] c, int co, int ldc,
                              boolean accumulate);

    /** How many threads large products use. */
    final int threads() {
        return threads;
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
        boolean parallel = pool != null && rowBlocks > 1 && (long) m * n * k >= PARALLEL_MIN_MADDS;
        double[] bPack = buffers.get().bPack;
        for (int jc = 0; jc < n; jc += NC) {
            int nc = Math.min(NC, n - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                packB(b, bTransposed, k, n, pc, kc, jc, nc, bPack);
                int jc0 = jc;
                int pc0 = pc;
                IntConsumer rowBlock = ib -> rowBlock(a, aTransposed, m, k, n, ib * MC, pc0, kc, jc0, nc,
                        bPack, c);
                if (parallel) {
                    runParallel(rowBlocks, rowBlock);
                } else {
                    for (int ib = 0; ib < rowBlocks; ib++) {
                        rowBlock.accept(ib);
                    }
                }
            }
        }
    }

    /** Rows [ic, ic+MC) of C, columns [jc, jc+nc), depth [pc, pc+kc). */
    private void rowBlock(double[] a, boolean aTransposed, int m, int k, int n, int ic, int pc, int kc, int jc,
                          int nc, double[] bPack, double[] c) {
        Buffers buf = buffers.get();
        int mc = Math.min(MC, m - ic);
        packA(a, aTransposed, m, k, ic, mc, pc, kc, buf.aPack);
        boolean accumulate = pc > 0;
        for (int jr = 0; jr < nc; jr += nr) {
            int cols = Math.min(nr, nc - jr);
            int bo = jr * kc;
            for (int ir = 0; ir < mc; ir += mr) {
                int rows = Math.min(mr, mc - ir);
                int ao = ir * kc;
                int co = (ic + ir) * n + jc + jr;
                if (rows == mr && cols == nr) {
                    microKernel(kc, buf.aPack, ao, bPack, bo, c, co, n, accumulate);
                } else {
                    edgeTile(kc, buf, ao, bPack, bo, c, co, n, rows, cols, accumulate);
                }
            }
        }
    }

    /** A tile at the bottom or right edge of C: computed in a full-size scratch tile, then copied. */
    private void edgeTile(int kc, Buffers buf, int ao, double[] bPack, int bo, double[] c, int co, int n,
                          int rows, int cols, boolean accumulate) {
        double[] tile = buf.tile;
        if (accumulate) {
            for (int r = 0; r < rows; r++) {
                System.arraycopy(c, co + r * n, tile, r * nr, cols);
            }
        }
        microKernel(kc, buf.aPack, ao, bPack, bo, tile, 0, nr, accumulate);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(tile, r * nr, c, co + r * n, cols);
        }
    }

    /**
     * Copies A(ic..ic+mc−1, pc..pc+kc−1) into panels of mr rows: panel by panel, step by step, the mr
     * values of one column. Rows past the end of A are zeros.
     */
    private void packA(double[] a, boolean transposed, int m, int k, int ic, int mc, int pc, int kc,
                       double[] aPack) {
        for (int ir = 0; ir < mc; ir += mr) {
            int base = ir * kc;
            int rows = Math.min(mr, mc - ir);
            if (transposed) {
                // A is stored k×m: the mr values of step p are next to each other.
                for (int p = 0; p < kc; p++) {
                    System.arraycopy(a, (pc + p) * m + ic + ir, aPack, base + p * mr, rows);
                }
            } else {
                for (int r = 0; r < rows; r++) {
                    int from = (ic + ir + r) * k + pc;
                    for (int p = 0; p < kc; p++) {
                        aPack[base + p * mr + r] = a[from + p];
                    }
                }
            }
            if (rows < mr) {
                for (int p = 0; p < kc; p++) {
                    Arrays.fill(aPack, base + p * mr + rows, base + (p + 1) * mr, 0.0);
                }
            }
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
        final double[] aPack;
        final double[] bPack;
        final double[] tile;

        Buffers(int mr, int nr) {
            aPack = new double[roundUp(MC, mr) * KC];
            bPack = new double[KC * NC];
            tile = new double[mr * nr];
        }

        private static int roundUp(int x, int step) {
            return (x + step - 1) / step * step;
        }
    }
}
