package neuralmath.data;

import neuralmath.la.Matrix;

/**
 * numpy's legacy random generator, {@code numpy.random.RandomState(seed)}, number for number: the Mersenne Twister
 * MT19937 with numpy's seeding, its {@code permutation}, and its {@code randn}.
 *
 * <p>We need it for one reason: scikit-learn's {@code train_test_split(..., random_state=42)} takes its test set
 * from {@code RandomState(42).permutation(n)}, so the only way to train and test on exactly the source tutorial's
 * images is to make exactly that permutation. Each method follows the numpy C source it names.
 */
public final class NumpyRandomState {

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] key = new int[N];
    private int pos;
    private boolean hasGauss;
    private double gauss;

    /**
     * {@code RandomState(seed)} for an integer seed in 0..2³²−1, which numpy seeds with Knuth's recurrence
     * (mt19937_seed in mt19937.c): key₀ = seed, keyᵢ = 1812433253·(keyᵢ₋₁ ⊕ (keyᵢ₋₁ ≫ 30)) + i, mod 2³².
     */
    public NumpyRandomState(long seed) {
        if (seed < 0 || seed > 0xffffffffL) {
            throw new IllegalArgumentException("NumpyRandomState: seed " + seed + " is outside 0..2^32-1, as numpy's is");
        }
        int s = (int) seed;
        for (int i = 0; i < N; i++) {
            key[i] = s;
            s = 1812433253 * (s ^ (s >>> 30)) + i + 1;
        }
        pos = N;
    }

    /** The state words after seeding or the last draw, as numpy's {@code get_state()[1]} shows them. */
    long stateWord(int i) {
        return Integer.toUnsignedLong(key[i]);
    }

    /** The next 32-bit output, 0..2³²−1 (mt19937_next: regenerate the 624 words when used up, then temper). */
    public long nextUint32() {
        if (pos == N) {
            regenerate();
        }
        int y = key[pos++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return Integer.toUnsignedLong(y);
    }

    /** The twist of mt19937_gen: each word is remade from itself, its neighbour and the word M places on. */
    private void regenerate() {
        for (int i = 0; i < N; i++) {
            int y = (key[i] & UPPER_MASK) | (key[(i + 1) % N] & LOWER_MASK);
            key[i] = key[(i + M) % N] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        pos = 0;
    }

    /** A double uniform in [0, 1) with 53 random bits, from two outputs: (a≫5 · 2²⁶ + b≫6) / 2⁵³. */
    public double nextDouble() {
        long a = nextUint32() >>> 5;
        long b = nextUint32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /**
     * A uniform integer in 0..max (random_interval in distributions.c): draw 32-bit outputs, keep the bits of the
     * smallest mask 2ᵏ−1 ≥ max, and reject values above max.
     */
    public int randomInterval(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("randomInterval: max " + max + " is negative");
        }
        if (max == 0) {
            return 0;
        }
        long mask = Integer.highestOneBit(max) * 2L - 1;
        long value;
        do {
            value = nextUint32() & mask;
        } while (value > max);
        return (int) value;
    }

    /** Shuffles {@code values} in place as numpy's legacy {@code shuffle} does: for i = n−1 down to 1, swap i and j ∈ 0..i. */
    public void shuffle(int[] values) {
        for (int i = values.length - 1; i >= 1; i--) {
            int j = randomInterval(i);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /** {@code permutation(n)}: the numbers 0..n−1, shuffled. */
    public int[] permutation(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("permutation: n " + n + " is negative");
        }
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        shuffle(values);
        return values;
    }

    /**
     * A number from N(0, 1) by the polar method (legacy_gauss): draw x₁, x₂ uniform in (−1, 1) until
     * 0 &lt; r² = x₁² + x₂² &lt; 1, then f = √(−2 ln r² / r²) gives two normals, f·x₂ now and f·x₁ next call.
     */
    public double nextGaussian() {
        if (hasGauss) {
            hasGauss = false;
            return gauss;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * nextDouble() - 1.0;
            x2 = 2.0 * nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = StrictMath.sqrt(-2.0 * StrictMath.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** {@code randn(rows, cols)}: a rows×cols matrix of N(0, 1) numbers, filled row by row. */
    public Matrix randn(int rows, int cols) {
        Matrix m = Matrix.zeros(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m.set(i, j, nextGaussian());
            }
        }
        return m;
    }
}
