package neuralmath.runner;

import java.util.concurrent.atomic.AtomicInteger;

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

    private static final AtomicInteger STOPPING = new AtomicInteger();
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

    /**
     * Called at every method start and loop turn of cell code: throws {@link Stopped} once the session whose
     * thread this is has been asked to stop. While no session is asked to stop, it reads one volatile flag.
     */
    public static void stopCheck() {
        if (!anyStopping) {
            return;
        }
        for (ThreadGroup g = Thread.currentThread().getThreadGroup(); g != null; g = g.getParent()) {
            if (g instanceof SessionThreads) {
                if (((SessionThreads) g).stopping) {
                    throw new Stopped();
                }
                return;
            }
        }
    }

    /**
     * The thread group of one notebook's session: its cells' threads and every thread they start. Asking it to
     * stop stops them all. The request must be cleared, also when the session closes: while any request stands,
     * every loop turn of every cell searches its thread's groups (a request that a closed session never cleared
     * made each notebook after the first in a folder run about 4.7 times slower).
     */
    static final class SessionThreads extends ThreadGroup {
        private volatile boolean stopping;

        SessionThreads(String name) {
            super(name);
        }

        synchronized void requestStop() {
            if (!stopping) {
                stopping = true;
                anyStopping = STOPPING.incrementAndGet() > 0;
            }
        }

        synchronized void clearStop() {
            if (stopping) {
                stopping = false;
                anyStopping = STOPPING.decrementAndGet() > 0;
            }
        }
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
