package neuralmath.la;

/**
 * Chooses, once, which {@link MatrixKernels} the library uses.
 *
 * <p>The plain-Java kernels always work. The Vector API kernels are used when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} (in IJava and JJava: the kernel's JVM options), unless the
 * system property {@code neuralmath.kernels=plain} asks for plain Java. Large products use every core,
 * or {@code neuralmath.threads} of them; the results are the same bit for bit whatever the number.
 * {@link #description()} says which path is active, so a notebook can print it.
 */
public final class Kernels {

    /**
     * How far apart the two paths' products may be: |C_vector(i,j) − C_plain(i,j)| ≤ TOLERANCE · k ·
     * Σₚ |A(i,p)|·|B(p,j)|. Each sums k products in order, so each is within k·2⁻⁵³·Σₚ|A(i,p)||B(p,j)| of the
     * exact sum (the classic bound for recursive summation); this is twice that, with a little room.
     */
    public static final double TOLERANCE = 0x1.01p-52;

    /**
     * The system property that chooses the kernels: {@code -Dneuralmath.kernels=plain} forces plain Java,
     * {@code reference} the readable triple loop ({@link ReferenceKernels}, slow), {@code vector} the Vector API.
     */
    public static final String KERNELS_PROPERTY = "neuralmath.kernels";
    /** The system property that sets how many threads large products use: {@code -Dneuralmath.threads=1}. */
    public static final String THREADS_PROPERTY = "neuralmath.threads";

    /** The longest the Vector API kernels may take to warm up when they are chosen. */
    private static final long WARM_UP_MILLIS = 1500;

    private static final int THREADS = threadCount();
    private static final MatrixKernels PLAIN = new PlainKernels(THREADS);
    private static final boolean VECTOR_MODULE = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    private static final MatrixKernels ACTIVE = choose(System.getProperty(KERNELS_PROPERTY, ""), VECTOR_MODULE);

    private Kernels() {
    }

    /** The kernels every {@link Matrix} operation runs on. */
    public static MatrixKernels active() {
        return ACTIVE;
    }

    /**
     * Whether the active kernels are the Vector API ones: then a fused loop outside this package (the
     * activations') may run its vector form, with {@link VectorMath#exp}.
     */
    public static boolean usesVectorApi() {
        return ACTIVE instanceof VectorKernels;
    }

    /**
     * Runs each of {@code kernels} (small calls of a fused loop) until the JIT compiler has compiled it, for at most
     * {@code maxMillis} in all: Vector API code runs a hundred times slower before it is compiled. Only timing
     * depends on it, never a result.
     */
    public static void warmUp(long maxMillis, Runnable... kernels) {
        BlockedKernels.untilCompiled(maxMillis, kernels);
    }

    /** The plain-Java kernels, whatever is active: the reference for tests and benchmarks. */
    public static MatrixKernels plain() {
        return PLAIN;
    }

    /** One line for a notebook: which kernels are active. */
    public static String description() {
        String hint = VECTOR_MODULE ? ""
                : " (start the JVM with --add-modules jdk.incubator.vector for the Vector API kernels)";
        return "neural-math kernels: " + ACTIVE.name() + hint;
    }

    /**
     * The Vector API kernels if the module is there and plain Java was not asked for; plain Java otherwise,
     * also when the Vector API cannot be linked.
     *
     * @param requested the value of {@value #KERNELS_PROPERTY}: {@code plain}, {@code reference}, {@code vector}
     *                  or empty
     */
    static MatrixKernels choose(String requested, boolean vectorModulePresent) {
        String path = requested.trim().toLowerCase(java.util.Locale.ROOT);
        if (!path.isEmpty() && !path.equals("plain") && !path.equals("reference") && !path.equals("vector")) {
            throw new IllegalArgumentException("-D" + KERNELS_PROPERTY + "=" + requested
                    + ": needs plain, reference or vector");
        }
        if (path.equals("reference")) {
            return new ReferenceKernels(PlainKernels.FUSED);
        }
        if (path.equals("plain") || !vectorModulePresent) {
            return PLAIN;
        }
        try {
            VectorKernels vector = new VectorKernels(THREADS);
            vector.warmUp(WARM_UP_MILLIS);
            return vector;
        } catch (LinkageError e) {
            return PLAIN;
        }
    }

    private static int threadCount() {
        int cores = Runtime.getRuntime().availableProcessors();
        String value = System.getProperty(THREADS_PROPERTY);
        if (value == null) {
            return cores;
        }
        try {
            int threads = Integer.parseInt(value.trim());
            if (threads >= 1) {
                return threads;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("-D" + THREADS_PROPERTY + "=" + value
                + ": needs a whole number of threads, 1 or more");
    }
}
