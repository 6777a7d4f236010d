package neuralmath.runner;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Makes a command that ends before it has printed its summary end with a failure, whatever ended it: a call of
 * {@code System.exit} through reflection, a method handle or library code (such as a library's own {@code main}) that
 * the cells' guard ({@link CellGuard}) cannot see. A shutdown hook turns such an end into exit status
 * {@value #STATUS} with a message, so a run that did not finish can never be reported as a success. The notebooks
 * themselves run in JVMs of their own ({@link NotebookProcess}), where {@code Runtime.halt} cannot reach the
 * command either.
 */
public final class UnfinishedRunGuard {

    /** The exit status of a run that ended before its summary. */
    public static final int STATUS = 3;

    private static volatile boolean finished = true;

    private UnfinishedRunGuard() {
    }

    /** Called first by a command's {@code main}: from now on, ending before {@link #finished()} is a failure. */
    public static void install(String command) {
        finished = false;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!finished) {
                // A stream of its own: System.err may be replaced or locked by what ended the run.
                PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
                err.println(message(command));
                Runtime.getRuntime().halt(STATUS);
            }
        }, "unfinished-run-guard"));
    }

    /** Called by {@code main} once the command has printed its summary and chosen its exit status. */
    public static void finished() {
        finished = true;
    }

    static String message(String command) {
        return command + ": the run ended before its summary (System.exit was called by something other than the"
                + " command); exit status " + STATUS + ", not a success";
    }
}
