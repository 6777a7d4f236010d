package neuralmath.la;

/**
 * Chooses, once, which {@link MatrixKernels} the library uses.
 *
 * <p>The plain-Java kernels always work. Faster kernels are used when the JVM offers what they need;
 * {@link #description()} says which path is active, so a notebook can print it.
 */
public final class Kernels {

    private static final MatrixKernels ACTIVE = choose();

    private Kernels() {
    }

    /** The kernels every {@link Matrix} operation runs on. */
    public static MatrixKernels active() {
        return ACTIVE;
    }

    /** The plain-Java kernels, whatever is active: the reference for tests and benchmarks. */
    public static MatrixKernels plain() {
        return new PlainKernels();
    }

    /** One line for a notebook: which kernels are active. */
    public static String description() {
        return "neural-math kernels: " + ACTIVE.name();
    }

    private static MatrixKernels choose() {
        return new PlainKernels();
    }
}
