package neuralmath.la;

import java.util.Arrays;

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
 * block of depth starts). A large product is cut into one part per thread (panels of columns of C, or
 * rows when there are too few panels), but no element is ever split between threads, so the result is
 * the same bit for bit on one thread and on many. A subclass that multiplies and adds with one rounding
 * (fused multiply-add) gives exactly what the naive triple loop with {@link Math#fma} gives; one that
 * rounds twice gives exactly what {@code c += a * b} gives.
 *
 * <p>The threads are a {@link ThreadTeam}: the calling thread and helpers that wait for the next part
 * spinning rather than sleeping, since a training step hands them a dozen parts of a tenth of a
 * millisecond each.
 */
abstract class BlockedKernels implements MatrixKernels {

    /** Depth of a block: a KC×nr panel of B stays in L1, a KC×NC block of B in L2. */
    static final int KC = 256;
    /** Rows of C per block: A's rows that one packed block of B is used for before the next is packed. */
    static final int MC = 64;
    /** Columns of C per block. */
    static final int NC = 512;
    /** Products smaller than this many multiply-adds run on the calling thread alone. */
    private static final long PARALLEL_MIN_MADDS = 1L << 18;
    /** Element-wise operations on fewer elements than this run on the calling thread alone. */
    private static final long PARALLEL_MIN_ELEMENTS = 1L << 12;
    /** Columns summed together, one vector's worth: the unit in which column sums are shared out. */
    private static final int COLUMN_GROUP = 8;

    private final int mr;
    private final int nr;
    private final int threads;
    private final ThreadTeam team;
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
        this.team = threads > 1 ? new ThreadTeam(threads - 1) : null;
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
     * Runs the micro-kernel and the element-wise kernels on small arrays until the JIT compiler has compiled
     * them, for at most {@code maxMillis}: each is timed on its own, in batches of calls, until its best batch
     * has not improved by a tenth for 30 batches. Vector API code runs a hundred times slower before it is
     * compiled, so without this the first epochs of a training run take most of its time. Only timing depends
     * on it, never a result.
     */
    final void warmUp(long maxMillis) {
        double[] a = new double[2 * mr * 4];
        double[] b = new double[2 * nr * 4];
        double[] c = new double[mr * nr];
        int cols = 2 * nr + 3;
        double[] z = new double[4 * cols];
        untilCompiled(maxMillis,
            () -> microKernel(2, a, 0, 2, 1, b, 0, c, 0, nr, true),
            () -> microKernel(2, a, 0, 1, mr, b, 0, c, 0, nr, false),
            () -> exp(z),
            () -> sumColumns(z, c, 4, Math.min(cols, c.length)));
    }

    /**
     * Runs each of {@code kernels} until the JIT compiler has compiled it, for at most {@code maxMillis} in all:
     * each is timed on its own, in batches of 100 calls, until its best batch has not improved by a tenth for 30
     * batches.
     */
    static void untilCompiled(long maxMillis, Runnable... kernels) {
        long deadline = System.nanoTime() + maxMillis * 1_000_000L;
        long[] best = new long[kernels.length];
        int[] sinceBest = new int[kernels.length];
        Arrays.fill(best, Long.MAX_VALUE);
        boolean settled = false;
        for (int batch = 0; !settled && System.nanoTime() < deadline; batch++) {
            settled = batch >= 40;
            for (int k = 0; k < kernels.length; k++) {
                long start = System.nanoTime();
                for (int i = 0; i < 100; i++) {
                    kernels[k].run();
                }
                long time = System.nanoTime() - start;
                if (time < best[k] - best[k] / 10) {
                    sinceBest[k] = 0;
                } else {
                    sinceBest[k]++;
                }
                best[k] = Math.min(best[k], time);
                settled &= sinceBest[k] >= 30;
            }
        }
    }

    /** How many threads large products use, for names: "1 thread", "2 threads". */
    final String threadCount() {
        return threads + (threads == 1 ? " thread" : " threads");
    }

    @Override
    public void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        product(a, false, b, false, c, m, k, n);
    }

    @Override
    public void multiplyTransposeA(double[] a, double[] b, double[] c, int m, int k, int n) {
        product(a, true, b, false, c, m, k, n);
    }

    @Override
    public void multiplyTransposeB(double[] a, double[] b, double[] c, int m, int k, int n) {
        product(a, false, b, true, c, m, k, n);
    }

    /**
     * C = op(A)·op(B), op(X) being X or Xᵀ as stored; m×k times k×n. A large product is cut into one part per
     * thread: whole panels of nr columns of C when there are enough of them (each thread then packs only its
     * own columns of B), otherwise rows of C. Each part is a product of its own, so no element of C is split.
     */
    private void product(double[] a, boolean aTransposed, double[] b, boolean bTransposed, double[] c,
                         int m, int k, int n) {
        if (k == 0) {
            Arrays.fill(c, 0, m * n, 0.0);
            return;
        }
        int panels = (n + nr - 1) / nr;
        int rowTiles = (m + mr - 1) / mr;
        int parts = team == null || (long) m * n * k < PARALLEL_MIN_MADDS ? 1
                : Math.min(threads, Math.max(panels, rowTiles));
        if (parts == 1) {
            part(a, aTransposed, b, bTransposed, c, m, k, n, 0, m, 0, n);
            return;
        }
        boolean byColumns = panels >= parts;
        int units = byColumns ? panels : rowTiles;
        int unit = byColumns ? nr : mr;
        team.run(parts, t -> {
            int from = units * t / parts * unit;
            int to = t == parts - 1 ? (byColumns ? n : m) : units * (t + 1) / parts * unit;
            if (byColumns) {
                part(a, aTransposed, b, bTransposed, c, m, k, n, 0, m, from, to);
            } else {
                part(a, aTransposed, b, bTransposed, c, m, k, n, from, to, 0, n);
            }
        });
    }

    /** Rows [i0, i1) and columns [j0, j1) of C = op(A)·op(B), on the calling thread. */
    private void part(double[] a, boolean aTransposed, double[] b, boolean bTransposed, double[] c,
                      int m, int k, int n, int i0, int i1, int j0, int j1) {
        double[] bPack = buffers.get().bPack;
        for (int jc = j0; jc < j1; jc += NC) {
            int nc = Math.min(NC, j1 - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                packB(b, bTransposed, k, n, pc, kc, jc, nc, bPack);
                for (int ic = i0; ic < i1; ic += MC) {
                    block(a, aTransposed, m, k, n, ic, Math.min(MC, i1 - ic), pc, kc, jc, nc, bPack, c);
                }
            }
        }
    }

    /** Rows [ic, ic+mc) of C, columns [jc, jc+nc), depth [pc, pc+kc); B's block already packed. */
    private void block(double[] a, boolean aTransposed, int m, int k, int n, int ic, int mc, int pc, int kc,
                       int jc, int nc, double[] bPack, double[] c) {
        int rowStride = aTransposed ? 1 : k;
        int stepStride = aTransposed ? m : 1;
        boolean accumulate = pc > 0;
        for (int jr = 0; jr < nc; jr += nr) {
            int cols = Math.min(nr, nc - jr);
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

    // ----------------------------------------------------------------------------------------------
    // Element-wise operations. Like products, large ones are cut into one part per thread (rows, runs of
    // elements or groups of columns), and each element is computed by exactly one thread in the same way,
    // so the results do not depend on the number of threads.

    @Override
    public final void exp(double[] x) {
        inParts(x.length, 1, (from, to) -> exp(x, from, to));
    }

    @Override
    public final void sumColumns(double[] x, double[] out, int rows, int cols) {
        int groups = (cols + COLUMN_GROUP - 1) / COLUMN_GROUP;
        inParts(groups, rows * COLUMN_GROUP, (from, to) -> sumColumnsRange(x, out, rows, cols, from * COLUMN_GROUP,
                Math.min(cols, to * COLUMN_GROUP)));
    }

    @Override
    public final void forEachPart(int size, Range work) {
        inParts(size, 1, work);
    }

    @Override
    public final void forEachPartOfRows(int rows, int cols, Range work) {
        inParts(rows, cols, work);
    }

    /** x ← e^x for the elements [from, to). */
    void exp(double[] x, int from, int to) {
        for (int i = from; i < to; i++) {
            x[i] = Math.exp(x[i]);
        }
    }

    @Override
    public void movingAverages(double[] m, double beta1, double[] v, double beta2, double[] y, int from, int to) {
        double weight1 = 1 - beta1;
        double weight2 = 1 - beta2;
        for (int i = from; i < to; i++) {
            if (m != null) {
                m[i] = beta1 * m[i] + weight1 * y[i];
            }
            v[i] = beta2 * v[i] + weight2 * y[i] * y[i];
        }
    }

    @Override
    public void addSquares(double[] x, double[] y, int from, int to) {
        for (int i = from; i < to; i++) {
            x[i] = x[i] + y[i] * y[i];
        }
    }

    @Override
    public void subtractScaledOverRoot(double[] x, double s, double[] y, double dy, double[] z, double dz,
                                       double epsilon, int from, int to) {
        if (dy == 1 && dz == 1) {
            for (int i = from; i < to; i++) {
                x[i] = x[i] - s * y[i] / (Math.sqrt(z[i]) + epsilon);
            }
        } else {
            for (int i = from; i < to; i++) {
                x[i] = x[i] - s * (y[i] / dy) / (Math.sqrt(z[i] / dz) + epsilon);
            }
        }
    }

    /**
     * Columns [j0, j1): out(j) = Σᵢ x(i, j), for i = 0, 1, … in order. Four columns at a time, each sum in a local
     * variable: adding into out(j) row after row would wait, every row, for the store of the row before.
     */
    void sumColumnsRange(double[] x, double[] out, int rows, int cols, int j0, int j1) {
        int j = j0;
        for (; j + 4 <= j1; j += 4) {
            double s0 = 0.0;
            double s1 = 0.0;
            double s2 = 0.0;
            double s3 = 0.0;
            for (int at = j; at < rows * cols; at += cols) {
                s0 += x[at];
                s1 += x[at + 1];
                s2 += x[at + 2];
                s3 += x[at + 3];
            }
            out[j] = s0;
            out[j + 1] = s1;
            out[j + 2] = s2;
            out[j + 3] = s3;
        }
        for (; j < j1; j++) {
            double sum = 0.0;
            for (int at = j; at < rows * cols; at += cols) {
                sum += x[at];
            }
            out[j] = sum;
        }
    }

    /**
     * Runs {@code work} on [0, count), cut into one part per thread when the work (count × weight elements) is
     * large enough to be worth handing over.
     */
    private void inParts(int count, int weight, Range work) {
        int parts = team == null || (long) count * weight < PARALLEL_MIN_ELEMENTS ? 1 : Math.min(threads, count);
        if (parts == 1) {
            work.run(0, count);
        } else {
            team.run(parts, t -> work.run((int) ((long) count * t / parts), (int) ((long) count * (t + 1) / parts)));
        }
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
