package neuralmath.la;

import java.util.Arrays;
import java.util.Random;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * A dense matrix of doubles, stored row by row: the one data type of the course.
 *
 * <p>A batch of inputs X is a matrix with one example per row; the weights W of a layer have one row per
 * input and one column per neuron, so that the weighted sums of a whole batch are Z = X·W + b.
 *
 * <p>Operations return a new matrix and leave their operands alone, except the few named
 * {@code ...InPlace}, which the optimizers use to update weights. Every operation checks shapes first
 * and throws an {@link IllegalArgumentException} that names the operation and both shapes.
 */
public final class Matrix {

    /**
     * The most elements one matrix can hold: the longest array of doubles a JVM allocates (a few less than
     * 2³¹ − 1), 16 GiB. Every size computed from rows × cols is checked against it, so that it cannot overflow.
     */
    public static final int MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    private final int rows;
    private final int cols;
    private final double[] data;

    private Matrix(int rows, int cols, double[] data) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    // ----------------------------------------------------------------------------------------------
    // Creation

    /** A rows×cols matrix of zeros. */
    public static Matrix zeros(int rows, int cols) {
        return new Matrix(rows, cols, new double[elements("zeros", rows, cols)]);
    }

    /** A rows×cols matrix of ones. */
    public static Matrix ones(int rows, int cols) {
        return filled(rows, cols, 1.0);
    }

    /** A rows×cols matrix with every element equal to {@code value}. */
    public static Matrix filled(int rows, int cols, double value) {
        Matrix m = zeros(rows, cols);
        Arrays.fill(m.data, value);
        return m;
    }

    /** The n×n identity matrix I, with ones on the diagonal. */
    public static Matrix identity(int n) {
        Matrix m = zeros(n, n);
        for (int i = 0; i < n; i++) {
            m.data[i * n + i] = 1.0;
        }
        return m;
    }

    /** A matrix from rows of numbers, copied; every row must have the same length. */
    public static Matrix of(double[][] rows) {
        if (rows.length == 0 || rows[0].length == 0) {
            throw new IllegalArgumentException("of: a matrix needs at least one row and one column, got "
                    + rows.length + " rows" + (rows.length == 0 ? "" : " of length " + rows[0].length));
        }
        int cols = rows[0].length;
        double[] data = new double[elements("of", rows.length, cols)];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != cols) {
                throw new IllegalArgumentException("of: row " + i + " has " + rows[i].length
                        + " values but row 0 has " + cols);
            }
            System.arraycopy(rows[i], 0, data, i * cols, cols);
        }
        return new Matrix(rows.length, cols, data);
    }

    /** A 1×n row vector, e.g. a bias b or one input x. */
    public static Matrix rowVector(double... values) {
        return of(new double[][] {values.clone()});
    }

    /** An n×1 column vector. */
    public static Matrix columnVector(double... values) {
        return rowVector(values).transpose();
    }

    /** A rows×cols matrix that uses {@code data} (row-major) as its storage, without copying it. */
    public static Matrix wrap(int rows, int cols, double[] data) {
        int size = elements("wrap", rows, cols);
        if (data.length != size) {
            throw new IllegalArgumentException("wrap: (" + rows + "x" + cols + ") needs " + size
                    + " values, got " + data.length);
        }
        return new Matrix(rows, cols, data);
    }

    /**
     * Numbers drawn from the standard normal distribution N(0, 1) with {@link Random#nextGaussian()}: the same
     * seed gives the same matrix, every run, but not numpy's numbers for that seed (for those, see
     * {@code neuralmath.data.NumpyRandomState}).
     */
    public static Matrix randn(int rows, int cols, long seed) {
        return randn(rows, cols, new Random(seed));
    }

    /** Numbers from N(0, 1) drawn from {@code random}, row by row. */
    public static Matrix randn(int rows, int cols, Random random) {
        Matrix m = zeros(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = random.nextGaussian();
        }
        return m;
    }

    // ----------------------------------------------------------------------------------------------
    // Shape and elements

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** The number of elements, rows × cols. */
    public int size() {
        return data.length;
    }

    /** The shape as the error messages print it, e.g. {@code (1437x64)}. */
    public String shape() {
        return "(" + rows + "x" + cols + ")";
    }

    /** Whether this matrix has the same number of rows and columns as {@code other}. */
    public boolean hasShapeOf(Matrix other) {
        return rows == other.rows && cols == other.cols;
    }

    /** Element (i, j), counting from 0. */
    public double get(int i, int j) {
        checkIndex(i, j);
        return data[i * cols + j];
    }

    /** Sets element (i, j) to {@code value}. */
    public void set(int i, int j, double value) {
        checkIndex(i, j);
        data[i * cols + j] = value;
    }

    /** The element of a matrix that holds exactly one, such as a loss. */
    public double scalar() {
        if (data.length != 1) {
            throw new IllegalArgumentException("scalar: needs a (1x1) matrix, got " + shape());
        }
        return data[0];
    }

    /** A copy of the elements as rows of numbers. */
    public double[][] toArray() {
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = Arrays.copyOfRange(data, i * cols, (i + 1) * cols);
        }
        return out;
    }

    /** A copy of the elements in row-major order. */
    public double[] toFlatArray() {
        return data.clone();
    }

    /**
     * The storage itself, row-major, for kernels: writing to it changes the matrix. A learner never needs it; a
     * file outside this package that uses it says why (the activations' fused loops do).
     */
    public double[] data() {
        return data;
    }

    /**
     * The same numbers, row after row, seen as a rows×cols matrix that shares this one's storage: a batch of
     * feature maps (m × h·w·C) is the same thing as its pixels (m·h·w × C).
     */
    public Matrix reshape(int rows, int cols) {
        if ((long) rows * cols != data.length || rows <= 0) {
            throw new IllegalArgumentException("reshape: " + shape() + " has " + data.length + " values, not the "
                    + (long) rows * cols + " of (" + rows + "x" + cols + ")");
        }
        return wrap(rows, cols, data);
    }

    /** A copy of this matrix. */
    public Matrix copy() {
        return new Matrix(rows, cols, data.clone());
    }

    // ----------------------------------------------------------------------------------------------
    // Rows, columns, slices

    /** Row i as a 1×cols matrix. */
    public Matrix row(int i) {
        return rowRange(i, i + 1);
    }

    /** Column j as a rows×1 matrix. */
    public Matrix column(int j) {
        return slice(0, rows, j, j + 1);
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive). */
    public Matrix rowRange(int from, int to) {
        return slice(from, to, 0, cols);
    }

    /** The rows named by {@code indices}, in that order (indices may repeat): how a batch is drawn. */
    public Matrix selectRows(int[] indices) {
        if (indices.length == 0) {
            throw new IllegalArgumentException("selectRows: no rows selected from " + shape());
        }
        return selectRows(indices, 0, indices.length, zeros(indices.length, cols));
    }

    /**
     * The rows named by {@code indices[from..to)}, in that order, written into {@code out} ((to − from)×cols,
     * not this matrix): a mini-batch without a new matrix. Returns out.
     */
    public Matrix selectRows(int[] indices, int from, int to, Matrix out) {
        if (from < 0 || to > indices.length || from >= to) {
            throw new IllegalArgumentException("selectRows: [" + from + ", " + to + ") is not a non-empty range of "
                    + indices.length + " indices");
        }
        requireResult("selectRows", out, to - from, cols, this);
        for (int r = from; r < to; r++) {
            int i = indices[r];
            if (i < 0 || i >= rows) {
                throw new IllegalArgumentException("selectRows: row index " + i + " is outside " + shape());
            }
            System.arraycopy(data, i * cols, out.data, (r - from) * cols, cols);
        }
        return out;
    }

    /** The block of rows [r0, r1) and columns [c0, c1). */
    public Matrix slice(int r0, int r1, int c0, int c1) {
        if (r0 < 0 || r1 > rows || r0 >= r1 || c0 < 0 || c1 > cols || c0 >= c1) {
            throw new IllegalArgumentException("slice: rows [" + r0 + ", " + r1 + ") and columns [" + c0 + ", "
                    + c1 + ") are not a non-empty block of " + shape());
        }
        Matrix out = zeros(r1 - r0, c1 - c0);
        for (int i = r0; i < r1; i++) {
            System.arraycopy(data, i * cols + c0, out.data, (i - r0) * out.cols, out.cols);
        }
        return out;
    }

    // ----------------------------------------------------------------------------------------------
    // Products

    /** The transpose Aᵀ: element (i, j) becomes element (j, i). */
    public Matrix transpose() {
        Matrix out = zeros(cols, rows);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out.data[j * rows + i] = data[i * cols + j];
            }
        }
        return out;
    }

    /**
     * The matrix product A·B: (m×k)·(k×n) = (m×n), element (i, j) = Σₚ A(i,p)·B(p,j). What this computes is the
     * triple loop of {@link ReferenceKernels}; the kernels that run it are faster and give the same numbers.
     */
    public Matrix multiply(Matrix b) {
        return multiply(b, zeros(rows, b.cols));
    }

    /** A·B written into C, an m×n matrix that is neither A nor B, replacing what C held. Returns C. */
    public Matrix multiply(Matrix b, Matrix c) {
        if (cols != b.rows) {
            throw new IllegalArgumentException("multiply: " + shape() + " x " + b.shape()
                    + ": inner dimensions differ (" + cols + " vs " + b.rows + ")");
        }
        requireResult("multiply", c, rows, b.cols, b);
        Kernels.active().multiply(data, b.data, c.data, rows, cols, b.cols);
        return c;
    }

    /** Aᵀ·B without building Aᵀ: the weight gradient Xᵀ·δ of backpropagation. */
    public Matrix transposeMultiply(Matrix b) {
        return transposeMultiply(b, zeros(cols, b.cols));
    }

    /** Aᵀ·B written into C, which is neither A nor B, replacing what C held. Returns C. */
    public Matrix transposeMultiply(Matrix b, Matrix c) {
        if (rows != b.rows) {
            throw new IllegalArgumentException("transposeMultiply: " + shape() + "ᵀ x " + b.shape()
                    + ": row counts differ (" + rows + " vs " + b.rows + ")");
        }
        requireResult("transposeMultiply", c, cols, b.cols, b);
        Kernels.active().multiplyTransposeA(data, b.data, c.data, cols, rows, b.cols);
        return c;
    }

    /** A·Bᵀ without building Bᵀ: the error sent back to the previous layer, δ·Wᵀ. */
    public Matrix multiplyTranspose(Matrix b) {
        return multiplyTranspose(b, zeros(rows, b.rows));
    }

    /** A·Bᵀ written into C, which is neither A nor B, replacing what C held. Returns C. */
    public Matrix multiplyTranspose(Matrix b, Matrix c) {
        if (cols != b.cols) {
            throw new IllegalArgumentException("multiplyTranspose: " + shape() + " x " + b.shape()
                    + "ᵀ: column counts differ (" + cols + " vs " + b.cols + ")");
        }
        requireResult("multiplyTranspose", c, rows, b.rows, b);
        Kernels.active().multiplyTransposeB(data, b.data, c.data, rows, cols, b.rows);
        return c;
    }

    // ----------------------------------------------------------------------------------------------
    // Element-wise operations

    /** A + B, element by element. */
    public Matrix plus(Matrix b) {
        return zip("plus", b, Double::sum);
    }

    /** A − B, element by element. */
    public Matrix minus(Matrix b) {
        return zip("minus", b, (x, y) -> x - y);
    }

    /** A ⊙ B, the element-wise (Hadamard) product. */
    public Matrix hadamard(Matrix b) {
        return zip("hadamard", b, (x, y) -> x * y);
    }

    /** A / B, element by element. */
    public Matrix divide(Matrix b) {
        return zip("divide", b, (x, y) -> x / y);
    }

    /** A + s, adding s to every element. */
    public Matrix plus(double s) {
        return map(x -> x + s);
    }

    /** A − s. */
    public Matrix minus(double s) {
        return map(x -> x - s);
    }

    /** s·A, every element times s. */
    public Matrix times(double s) {
        return map(x -> x * s);
    }

    /** A / s. */
    public Matrix divide(double s) {
        return map(x -> x / s);
    }

    /** f applied to every element. */
    public Matrix map(DoubleUnaryOperator f) {
        return map(f, zeros(rows, cols));
    }

    /** f applied to every element, written into {@code out} (of this matrix's shape; it may be this one). Returns out. */
    public Matrix map(DoubleUnaryOperator f, Matrix out) {
        requireSameShape("map", out);
        for (int i = 0; i < data.length; i++) {
            out.data[i] = f.applyAsDouble(data[i]);
        }
        return out;
    }

    /** f(a, b) applied to each pair of elements at the same place in A and B. */
    public Matrix zip(String operation, Matrix b, DoubleBinaryOperator f) {
        return zip(operation, b, f, zeros(rows, cols));
    }

    /** f(a, b) for each pair of elements, written into {@code out} (of the same shape; it may be A or B). Returns out. */
    public Matrix zip(String operation, Matrix b, DoubleBinaryOperator f, Matrix out) {
        requireSameShape(operation, b);
        requireSameShape(operation, out);
        for (int i = 0; i < data.length; i++) {
            out.data[i] = f.applyAsDouble(data[i], b.data[i]);
        }
        return out;
    }

    /** Z + b for a 1×cols row vector b: b is added to every row, as a bias is added to every example. */
    public Matrix addRowVector(Matrix b) {
        requireRowVector("addRowVector", b);
        Matrix out = zeros(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out.data[i * cols + j] = data[i * cols + j] + b.data[j];
            }
        }
        return out;
    }

    /** A ← A + b for a 1×cols row vector b, in place. Returns this matrix. */
    public Matrix addRowVectorInPlace(Matrix b) {
        requireRowVector("addRowVectorInPlace", b);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                data[i * cols + j] += b.data[j];
            }
        }
        return this;
    }

    /**
     * Σᵢⱼ f(A(i, j), B(i, j)), the elements taken row by row in order, without making a matrix of the terms: e.g.
     * the sum inside a loss. Throws, naming {@code operation}, unless B has A's shape.
     */
    public double sumOf(String operation, Matrix b, DoubleBinaryOperator f) {
        requireSameShape(operation, b);
        double sum = 0.0;
        for (int i = 0; i < data.length; i++) {
            sum += f.applyAsDouble(data[i], b.data[i]);
        }
        return sum;
    }

    /** A ← e^A, every element, in place (on the Vector API kernels, with their vector e^x). Returns this matrix. */
    public Matrix expInPlace() {
        Kernels.active().exp(data);
        return this;
    }

    /**
     * Each row minus its largest element, written into {@code out} (this matrix's shape; it may be this one): what
     * softmax does first, so that e^z cannot overflow. Returns out.
     */
    public Matrix minusMaxOfEachRow(Matrix out) {
        requireSameShape("minusMaxOfEachRow", out);
        for (int i = 0; i < rows; i++) {
            int row = i * cols;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < cols; j++) {
                max = Math.max(max, data[row + j]);
            }
            for (int j = 0; j < cols; j++) {
                out.data[row + j] = data[row + j] - max;
            }
        }
        return out;
    }

    /** A(i, j) ← A(i, j) / Σₗ A(i, l), in place: each row then sums to 1. The sum is taken for l = 0, 1, … in order. */
    public Matrix divideEachRowByItsSum() {
        for (int i = 0; i < rows; i++) {
            int row = i * cols;
            double sum = 0.0;
            for (int j = 0; j < cols; j++) {
                sum += data[row + j];
            }
            for (int j = 0; j < cols; j++) {
                data[row + j] /= sum;
            }
        }
        return this;
    }

    /** (A − B) / s in one pass, e.g. the gradient (ŷ − y)/m of softmax with cross-entropy. */
    public Matrix minusDividedBy(Matrix b, double s) {
        return minusDividedBy(b, s, zeros(rows, cols));
    }

    /** (A − B) / s written into {@code out} (of the same shape; it may be A or B). Returns out. */
    public Matrix minusDividedBy(Matrix b, double s, Matrix out) {
        requireSameShape("minusDividedBy", b);
        requireSameShape("minusDividedBy", out);
        for (int i = 0; i < data.length; i++) {
            out.data[i] = (data[i] - b.data[i]) / s;
        }
        return out;
    }

    /** A ← A + s·B, in place (the update step of an optimizer). Returns this matrix. */
    public Matrix addScaledInPlace(double s, Matrix b) {
        requireSameShape("addScaledInPlace", b);
        for (int i = 0; i < data.length; i++) {
            data[i] += s * b.data[i];
        }
        return this;
    }

    /**
     * m ← β₁·m + (1 − β₁)·g and v ← β₂·v + (1 − β₂)·g², element by element, in one pass: the exponential moving
     * averages of g and of g² with decays β₁ and β₂, e.g. Adam's first and second moments. To be run by
     * {@link #inOnePass}.
     */
    public static ElementUpdate movingAverages(Matrix m, double beta1, Matrix v, double beta2, Matrix g) {
        g.requireSameShape("movingAverages", m);
        g.requireSameShape("movingAverages", v);
        return new ElementUpdate(m, (from, to) -> Kernels.active().movingAverages(m.data, beta1, v.data, beta2,
                g.data, from, to));
    }

    /**
     * A ← β·A + (1 − β)·B², element by element (B² squares each element): the exponential moving average of B's
     * squares with decay β, e.g. RMSProp's E ← ρ·E + (1 − ρ)·g². To be run by {@link #inOnePass}.
     */
    public ElementUpdate movingAverageOfSquares(double beta, Matrix b) {
        requireSameShape("movingAverageOfSquares", b);
        return new ElementUpdate(this, (from, to) -> Kernels.active().movingAverages(null, 0, data, beta, b.data,
                from, to));
    }

    /**
     * A ← A + B², element by element: a running sum of B's squares, e.g. AdaGrad's G ← G + g². To be run by
     * {@link #inOnePass}.
     */
    public ElementUpdate addSquaresOf(Matrix b) {
        requireSameShape("addSquaresOf", b);
        return new ElementUpdate(this, (from, to) -> Kernels.active().addSquares(data, b.data, from, to));
    }

    /**
     * A ← A − s·B / (√C + ε), element by element: a step against B, shorter where C is large, e.g. RMSProp's
     * θ ← θ − η·g / (√E + ε). To be run by {@link #inOnePass}.
     */
    public ElementUpdate subtractScaledOverRoot(double s, Matrix b, Matrix c, double epsilon) {
        return subtractScaledOverRoot(s, b, 1, c, 1, epsilon);
    }

    /**
     * A ← A − s·B̂ / (√Ĉ + ε) with B̂ = B / d_b and Ĉ = C / d_c, element by element, e.g. Adam's
     * θ ← θ − η·m̂ / (√v̂ + ε) with m̂ = m / (1 − β₁ᵗ) and v̂ = v / (1 − β₂ᵗ). To be run by {@link #inOnePass}.
     */
    public ElementUpdate subtractScaledOverRoot(double s, Matrix b, double bDivisor, Matrix c, double cDivisor,
                                                double epsilon) {
        requireSameShape("subtractScaledOverRoot", b);
        requireSameShape("subtractScaledOverRoot", c);
        return new ElementUpdate(this, (from, to) -> Kernels.active().subtractScaledOverRoot(data, s, b.data,
                bDivisor, c.data, cDivisor, epsilon, from, to));
    }

    /**
     * Runs element-wise updates of matrices of one size as if one after the other, but in one pass over memory:
     * block by block of {@value #UPDATE_BLOCK} elements, every update on a block before the next block, so that
     * what one update wrote is still in the cache when the next reads it. Large matrices are shared out over every
     * core. An update may read what an earlier one wrote at the same element, never at another.
     */
    public static void inOnePass(ElementUpdate... updates) {
        int size = updates.length == 0 ? 0 : updates[0].target.size();
        for (ElementUpdate u : updates) {
            updates[0].target.requireSameShape("inOnePass", u.target);
        }
        Kernels.active().forEachPart(size, (from, to) -> {
            for (int block = from; block < to; block += UPDATE_BLOCK) {
                int end = Math.min(to, block + UPDATE_BLOCK);
                for (ElementUpdate u : updates) {
                    u.elements.run(block, end);
                }
            }
        });
    }

    /**
     * Elements per block of {@link #inOnePass}: few, so that one update streams a block in from memory while the
     * divisions and square roots of the update before it are still running, as in one loop. Of 32, 64, 128, 256 and
     * 1024, 64 gave the fastest Adam step ({@code bench/optimizer-step.sh}).
     */
    private static final int UPDATE_BLOCK = 64;

    /** One element-wise update, made by {@link #movingAverages} and the like, for {@link #inOnePass} to run. */
    public static final class ElementUpdate {
        private final Matrix target;
        private final MatrixKernels.Range elements;

        private ElementUpdate(Matrix target, MatrixKernels.Range elements) {
            this.target = target;
            this.elements = elements;
        }
    }

    /** A ← f(A), in place. Returns this matrix. */
    public Matrix mapInPlace(DoubleUnaryOperator f) {
        for (int i = 0; i < data.length; i++) {
            data[i] = f.applyAsDouble(data[i]);
        }
        return this;
    }

    /** A ← B, copying B's elements into this matrix of the same shape. Returns this matrix. */
    public Matrix setTo(Matrix b) {
        requireSameShape("setTo", b);
        System.arraycopy(b.data, 0, data, 0, data.length);
        return this;
    }

    // ----------------------------------------------------------------------------------------------
    // Reductions

    /** The sum of all elements. */
    public double sum() {
        double s = 0.0;
        for (double v : data) {
            s += v;
        }
        return s;
    }

    /** The mean of all elements. */
    public double mean() {
        return sum() / data.length;
    }

    /** The largest element. */
    public double max() {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : data) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** The smallest element. */
    public double min() {
        double m = Double.POSITIVE_INFINITY;
        for (double v : data) {
            m = Math.min(m, v);
        }
        return m;
    }

    /** A 1×cols row: the sum down each column, Σᵢ A(i, j) (the bias gradient sums δ over the batch). */
    public Matrix sumOfEachColumn() {
        return sumOfEachColumn(zeros(1, cols));
    }

    /** The sum down each column written into {@code out}, a 1×cols row that is not this matrix. Returns out. */
    public Matrix sumOfEachColumn(Matrix out) {
        requireResult("sumOfEachColumn", out, 1, cols, this);
        Kernels.active().sumColumns(data, out.data, rows, cols);
        return out;
    }

    /** A rows×1 column: the sum along each row, Σⱼ A(i, j). */
    public Matrix sumOfEachRow() {
        Matrix out = zeros(rows, 1);
        for (int i = 0; i < rows; i++) {
            double s = 0.0;
            for (int j = 0; j < cols; j++) {
                s += data[i * cols + j];
            }
            out.data[i] = s;
        }
        return out;
    }

    /** A 1×cols row: the mean of each column. */
    public Matrix meanOfEachColumn() {
        return sumOfEachColumn().divide(rows);
    }

    /** A rows×1 column: the mean of each row. */
    public Matrix meanOfEachRow() {
        return sumOfEachRow().divide(cols);
    }

    /** For each row, the column of its largest element (the first one on a tie): the predicted class. */
    public int[] argMaxOfEachRow() {
        int[] out = new int[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = argMaxOfRow(i);
        }
        return out;
    }

    /** The column of the largest element of row i (the first one on a tie). */
    public int argMaxOfRow(int i) {
        if (i < 0 || i >= rows) {
            throw new IndexOutOfBoundsException("row " + i + " is outside " + shape());
        }
        int row = i * cols;
        int best = 0;
        for (int j = 1; j < cols; j++) {
            if (data[row + j] > data[row + best]) {
                best = j;
            }
        }
        return best;
    }

    /**
     * Throws, naming {@code what}, the shape and the first element that is NaN or infinite with its row and column,
     * followed by {@code advice}; does nothing when every element is finite.
     */
    public void requireFinite(String what, String advice) {
        for (int i = 0; i < data.length; i++) {
            if (!Double.isFinite(data[i])) {
                throw new IllegalArgumentException(what + " " + shape() + " hold " + data[i] + " at row " + i / cols
                        + ", column " + i % cols + ": " + advice);
            }
        }
    }

    /** Whether any element is NaN or infinite. */
    public boolean hasNonFinite() {
        for (double v : data) {
            if (!Double.isFinite(v)) {
                return true;
            }
        }
        return false;
    }

    // ----------------------------------------------------------------------------------------------
    // Comparison and printing

    /**
     * Whether B has the same shape and every element is within {@code tolerance} of this one's, either
     * absolutely or relative to the larger of the two.
     */
    public boolean isCloseTo(Matrix b, double tolerance) {
        if (!hasShapeOf(b)) {
            return false;
        }
        for (int i = 0; i < data.length; i++) {
            double x = data[i];
            double y = b.data[i];
            if (x == y) {
                continue;
            }
            double diff = Math.abs(x - y);
            if (!(diff <= tolerance || diff <= tolerance * Math.max(Math.abs(x), Math.abs(y)))) {
                return false;
            }
        }
        return true;
    }

    /** Equal shapes and equal elements, bit for bit. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix && hasShapeOf((Matrix) o) && Arrays.equals(data, ((Matrix) o).data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    /** Small matrices in full; larger ones show their first and last rows and columns around "...". */
    @Override
    public String toString() {
        return MatrixFormat.format(this);
    }

    // ----------------------------------------------------------------------------------------------
    // Checks

    /** Throws, naming {@code operation} and both shapes, unless B has this matrix's shape. */
    public void requireSameShape(String operation, Matrix b) {
        if (!hasShapeOf(b)) {
            throw new IllegalArgumentException(operation + ": " + shape() + " and " + b.shape()
                    + ": shapes differ");
        }
    }

    /** Throws, naming {@code operation} and both shapes, unless B is a 1×cols row vector, like a bias. */
    public void requireRowVector(String operation, Matrix b) {
        if (b.rows != 1 || b.cols != cols) {
            throw new IllegalArgumentException(operation + ": " + shape() + " + " + b.shape()
                    + ": needs a (1x" + cols + ") row vector");
        }
    }

    /**
     * Throws, naming {@code operation}, unless {@code result} is rows×cols and shares its storage with neither
     * this matrix nor {@code other}: a product or sum written into an operand would read numbers it already
     * overwrote.
     */
    private void requireResult(String operation, Matrix result, int rows, int cols, Matrix other) {
        if (result.rows != rows || result.cols != cols) {
            throw new IllegalArgumentException(operation + ": the result is (" + rows + "x" + cols
                    + ") but the matrix given for it is " + result.shape());
        }
        if (result.data == data || result.data == other.data) {
            throw new IllegalArgumentException(operation + ": the result cannot be written into an operand; "
                    + "give a matrix of its own");
        }
    }

    private void checkIndex(int i, int j) {
        if (i < 0 || i >= rows || j < 0 || j >= cols) {
            throw new IndexOutOfBoundsException("element (" + i + ", " + j + ") is outside " + shape());
        }
    }

    /**
     * rows × cols, the number of elements of a rows×cols matrix; throws, naming the operation and the shape, unless
     * both are at least 1 and the product is at most {@link #MAX_ELEMENTS}.
     */
    public static int elements(String operation, int rows, int cols) {
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException(operation + ": a matrix needs at least one row and one column, got ("
                    + rows + "x" + cols + ")");
        }
        long size = (long) rows * cols;
        if (size > MAX_ELEMENTS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%s: a (%dx%d) matrix is too "
                    + "large: %d elements (%.1f GiB of doubles), but one matrix holds at most %d", operation, rows,
                    cols, size, size * (double) Double.BYTES / (1L << 30), MAX_ELEMENTS));
        }
        return (int) size;
    }
}
