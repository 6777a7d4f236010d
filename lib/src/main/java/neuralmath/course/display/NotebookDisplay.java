package neuralmath.course.display;

import java.util.List;
import java.util.Optional;

/**
 * The bridge from the library to whatever notebook runs it: IJava, JJava, a headless runner, or none.
 *
 * <p>See the {@linkplain neuralmath.course.display package documentation} for the convention every kernel follows.
 */
public final class NotebookDisplay {

    private static final List<KernelApi> KERNELS = List.of(KernelApi.IJAVA, KernelApi.JJAVA);

    private static volatile DisplaySink installed;
    private static Object kernelWithHtml;

    static {
        Headless.ensure();
    }

    private NotebookDisplay() {
    }

    /**
     * Sends every display to {@code sink} from now on (a notebook runner or a test does this); {@code null} goes
     * back to looking for a running kernel.
     */
    public static void use(DisplaySink sink) {
        installed = sink;
    }

    /** Where displays go: the sink given to {@link #use}, else the running IJava or JJava kernel, else nowhere. */
    public static Optional<DisplaySink> sink() {
        DisplaySink sink = installed;
        if (sink != null) {
            return Optional.of(sink);
        }
        return KERNELS.stream().filter(k -> k.kernel() != null).map(k -> (DisplaySink) k).findFirst();
    }

    /**
     * Asks the running kernel, if any, to show {@link HtmlRenderable} objects as HTML. Called by the static initializer of
     * every {@code HtmlRenderable} class of the library, so it has run before such an object can end a cell. Never fails:
     * without a kernel, or with one that has changed its API, the object still shows as its text.
     */
    public static synchronized void enableHtml() {
        for (KernelApi api : KERNELS) {
            Object kernel = api.kernel();
            if (kernel == null || kernel == kernelWithHtml) {
                continue;
            }
            try {
                api.registerHtml(kernel);
                kernelWithHtml = kernel;
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                System.err.println("neural-math: tables will show as text, " + api + " refused HTML: " + e);
            }
        }
    }
}
