package neuralmath.notebook;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What cell code calls instead of ending the JVM, and where it checks whether its time is up.
 *
 * <p>{@link CellBytecode} rewrites every class a cell declares: {@code System.exit}, {@code Runtime.exit} and
 * {@code Runtime.halt} become calls to {@link #exit(int)}, {@link #runtimeExit(Runtime, int)} and
 * {@link #runtimeHalt(Runtime, int)}, which throw {@link ExitCalled}; every method start and every backward jump
 * (each turn of a loop) calls {@link #stopCheck()}, which throws {@link Stopped} once the cell's time limit has
 * passed. This is the approach of the JDK's own {@code LocalExecutionControl} since JDK 21, where
 * {@code Thread.stop} no longer works; here it also works on Java 17. The methods are public because the cells'
 * classes, in JShell's package {@code REPL}, call them.
 */
public final class CellGuard {

    private static final Set<ThreadGroup> STOPPING = ConcurrentHashMap.newKeySet();
    private static volatile boolean anyStopping;

    private CellGuard() {
    }

    /** Replaces {@code System.exit(status)} in cell code. */
    public static void exit(int status) {
        throw new ExitCalled("System.exit(" + status + ")");
    }

    /** Replaces {@code runtime.exit(status)} in cell code. */
    public static void runtimeExit(Runtime runtime, int status) {
        throw new ExitCalled("Runtime.exit(" + status + ")");
    }

    /** Replaces {@code runtime.halt(status)} in cell code. */
    public static void runtimeHalt(Runtime runtime, int status) {
        throw new ExitCalled("Runtime.halt(" + status + ")");
    }

    /** Called at every method start and loop turn of cell code: throws {@link Stopped} once the cell must stop. */
    public static void stopCheck() {
        if (anyStopping && isStopping(Thread.currentThread().getThreadGroup())) {
            throw new Stopped();
        }
    }

    static void requestStop(ThreadGroup cellThreads) {
        STOPPING.add(cellThreads);
        anyStopping = true;
    }

    static void clearStop(ThreadGroup cellThreads) {
        STOPPING.remove(cellThreads);
        anyStopping = !STOPPING.isEmpty();
    }

    private static boolean isStopping(ThreadGroup group) {
        for (ThreadGroup g = group; g != null; g = g.getParent()) {
            if (STOPPING.contains(g)) {
                return true;
            }
        }
        return false;
    }

    /** Thrown where a cell called {@code System.exit}: in Jupyter that would end the kernel. */
    public static final class ExitCalled extends Error {
        ExitCalled(String call) {
            super(call + " was called in a cell; in Jupyter it would end the kernel, so the runner stopped the cell");
        }
    }

    /** Thrown inside a cell that ran past its time limit. */
    public static final class Stopped extends Error {
        Stopped() {
            super("the cell ran past its time limit and was stopped");
        }
    }
}
