package neuralmath;

import neuralmath.la.Kernels;

/**
 * The first thing every notebook calls: confirms the library is loaded and says which kernels are active.
 */
public final class Course {

    private Course() {
    }

    /** Prints one line: the library's version and whether the fast (Vector API) path is on. */
    public static void start() {
        System.out.println(status());
    }

    /** The line {@link #start} prints. */
    public static String status() {
        String version = Course.class.getPackage().getImplementationVersion();
        return "neural-math " + (version == null ? "(classes)" : version) + " loaded on Java "
                + Runtime.version().feature() + "; " + Kernels.description();
    }
}
