package neuralmath.runner;

import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;
import jdk.jshell.spi.SPIResolutionException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JShell's execution engine for the runner: cells run in this JVM, as with JShell's "local" engine, so a cell's
 * values come back as objects (an image stays an image). Like IJava's and JJava's engines it extends
 * {@link DirectExecutionControl} and keeps each snippet's value for the runner to take with {@link #takeValue}.
 *
 * <p>Each snippet runs on a fresh daemon thread of the session's thread group, with the cell class loader as
 * context class loader. The cell's time limit counts the time its snippets run, not the time JShell takes to
 * compile them, so a loaded machine that compiles slowly does not time a cell out (compilation is bounded by the
 * watchdog of the notebook's own JVM, {@link NotebookProcess}). When the limit is used up, the engine asks the cell to stop ({@link CellGuard}) and
 * interrupts it; if the thread is still running a second later (stuck in code that is not the cell's own), it uses
 * {@code Thread.stop} where the JVM still has it (up to Java 19), else it leaves the thread behind and says so
 * through {@link #abandonedThread()}.
 */
final class CellExecutionControl extends DirectExecutionControl {

    private static final long STOP_GRACE_MILLIS = 1000;
    private static final AtomicInteger SESSIONS = new AtomicInteger();
    private static final Object NULL = new Object();

    private final CellClassLoader loader;
    private final CellGuard.SessionThreads cellThreads;
    private final Map<String, Object> values = new ConcurrentHashMap<>();

    private volatile ThreadGroup cell;
    private volatile long remainingNanos = Long.MAX_VALUE;
    private volatile boolean timedOut;
    private volatile boolean abandonedThread;
    private volatile Throwable lastThrown;

    CellExecutionControl(CellClassLoader loader) {
        super(loader);
        this.loader = loader;
        this.cellThreads = new CellGuard.SessionThreads("notebook-cells-" + SESSIONS.incrementAndGet());
    }

    /** The provider JShell's builder takes; it hands out this one engine. */
    ExecutionControlProvider provider() {
        CellExecutionControl engine = this;
        return new ExecutionControlProvider() {
            @Override
            public String name() {
                return "notebook-runner";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return engine;
            }
        };
    }

    /** Starts a cell: its snippets may run for {@code timeLimitNanos} in all, and its threads print to its outputs. */
    void startCell(long timeLimitNanos, CellOutputs outputs) {
        cell = new CellOutputs.CellThreads(cellThreads, outputs);
        remainingNanos = timeLimitNanos;
        timedOut = false;
        lastThrown = null;
    }

    /** Ends a cell: clears a stop request so the next cell may run. */
    void endCell() {
        cellThreads.clearStop();
    }

    boolean timedOut() {
        return timedOut;
    }

    /** True when a timed-out cell's thread could not be stopped and still runs: the session is no longer usable. */
    boolean abandonedThread() {
        return abandonedThread;
    }

    /** What the last snippet threw, as the object it threw (JShell itself only passes on its class name). */
    Optional<Throwable> lastThrown() {
        return Optional.ofNullable(lastThrown);
    }

    /** The value of an executed snippet, by the key JShell reported as its value; empty when null or unknown. */
    Optional<Object> takeValue(String key) {
        Object value = values.remove(key);
        return value == NULL ? Optional.empty() : Optional.ofNullable(value);
    }

    /**
     * As {@link DirectExecutionControl}'s, without its {@code System.out.flush()} after the snippet: a thread the
     * cell started may hold that stream's lock for ever, and the cells' streams need no flush.
     */
    @Override
    public String invoke(String className, String methodName) throws RunException, InternalException,
            EngineTerminationException {
        Method doit;
        try {
            doit = findClass(className).getDeclaredMethod(methodName);
            doit.setAccessible(true);
        } catch (Throwable e) {
            throw new InternalException(e.toString());
        }
        try {
            clientCodeEnter();
            return invoke(doit);
        } catch (RunException | InternalException | EngineTerminationException e) {
            throw e;
        } catch (SPIResolutionException e) {
            return throwConvertedInvocationException(e);
        } catch (InvocationTargetException e) {
            return throwConvertedInvocationException(e.getCause());
        } catch (Throwable e) {
            return throwConvertedOtherException(e);
        } finally {
            clientCodeLeave();
        }
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        Object[] value = new Object[1];
        Throwable[] thrown = new Throwable[1];
        Thread thread = new Thread(cell == null ? cellThreads : cell, () -> {
            try {
                value[0] = doit.invoke(null);
            } catch (InvocationTargetException e) {
                thrown[0] = e.getCause();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "notebook-cell");
        thread.setDaemon(true);
        thread.setContextClassLoader(loader);
        thread.start();
        waitFor(thread);
        if (abandonedThread) {
            thrown[0] = new CellGuard.Stopped();
        }
        if (thrown[0] != null) {
            lastThrown = thrown[0];
            throw new InvocationTargetException(thrown[0]);
        }
        String key = UUID.randomUUID().toString();
        values.put(key, value[0] == null ? NULL : value[0]);
        return key;
    }

    private void waitFor(Thread thread) throws InterruptedException {
        long started = System.nanoTime();
        if (remainingNanos > 0) {
            TimeUnit.NANOSECONDS.timedJoin(thread, remainingNanos);
        }
        remainingNanos -= System.nanoTime() - started;
        if (!thread.isAlive()) {
            return;
        }
        timedOut = true;
        cellThreads.requestStop();
        thread.interrupt();
        thread.join(STOP_GRACE_MILLIS);
        if (thread.isAlive() && tryThreadStop(thread)) {
            thread.join(STOP_GRACE_MILLIS);
        }
        abandonedThread = thread.isAlive();
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static boolean tryThreadStop(Thread thread) {
        try {
            thread.stop();
            return true;
        } catch (UnsupportedOperationException e) {
            return false; // Java 20 and later: Thread.stop is gone
        }
    }

    @Override
    public void stop() {
        cellThreads.requestStop();
        cellThreads.interrupt();
    }

    /**
     * Stops what still runs (waiting up to a second for it), clears the stop request so that it costs later
     * sessions nothing, and releases the jars the cells' class loader opened.
     */
    @Override
    public void close() {
        stop();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_GRACE_MILLIS);
        Thread[] threads = new Thread[cellThreads.activeCount() + 16];
        int count = cellThreads.enumerate(threads);
        try {
            for (int i = 0; i < count; i++) {
                long remaining = deadline - System.nanoTime();
                if (remaining > 0) {
                    TimeUnit.NANOSECONDS.timedJoin(threads[i], remaining);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            cellThreads.clearStop();
        }
        super.close();
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the cells' class loader: " + e.getMessage(), e);
        }
    }
}
