package neuralmath.runner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Why a cell failed: what kind of failure, the line of the cell it points at (1-based, 0 when none), and the
 * Jupyter error output's ename, evalue and traceback.
 *
 * @param kind      what went wrong
 * @param line      line of the cell (1-based) the failure points at, 0 when it points at none
 * @param ename     the error's name, as in a Jupyter error output (for an exception: its class name)
 * @param evalue    the error's message
 * @param traceback the lines that explain it: the compiler's diagnostics or the stack trace
 */
public record CellFailure(Kind kind, int line, String ename, String evalue, List<String> traceback) {

    /** Kinds of failure. */
    public enum Kind {
        /** JShell rejected a snippet: the compiler's diagnostics say why. */
        COMPILE_ERROR,
        /** A snippet uses a declaration that is not defined (JShell's UnresolvedReferenceException). */
        UNRESOLVED_REFERENCE,
        /** The cell ends inside an unfinished statement or declaration. */
        INCOMPLETE_SOURCE,
        /** The cell threw an exception. */
        EXCEPTION,
        /** The cell ran past its time limit and was stopped. */
        TIMEOUT,
        /** The cell called System.exit (or Runtime.exit/halt), which would end a Jupyter kernel. */
        SYSTEM_EXIT,
        /** A magic the runner does not run, or a %classpath/%jars whose paths match nothing. */
        MAGIC,
        /** The notebook's JVM ended, or was stopped, before the run finished: no cell result can be trusted. */
        UNFINISHED_RUN
    }

    public CellFailure {
        traceback = List.copyOf(traceback);
    }

    /** Whether a cell tagged {@code raises-exception} may fail this way: any failure but a timeout or exit. */
    public boolean mayBeExpected() {
        return kind != Kind.TIMEOUT && kind != Kind.SYSTEM_EXIT && kind != Kind.UNFINISHED_RUN;
    }

    /** The failure in a few lines for a person: where, what, and the traceback. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (line > 0) {
            text.append("line ").append(line).append(": ");
        }
        text.append(ename).append(": ").append(evalue);
        for (String l : traceback) {
            text.append('\n').append(l);
        }
        return text.toString();
    }

    /** The failure of an exception thrown by the snippet starting at the given line. */
    static CellFailure thrown(Kind kind, String ename, Throwable thrown, int line) {
        return new CellFailure(kind, line, ename, String.valueOf(thrown.getMessage()), stackTrace(thrown));
    }

    /**
     * The exception and its causes as {@link Throwable#printStackTrace()} shows them, but without the frames of
     * the runner's machinery below the cell's own code (JShell's wrapper classes live in package {@code REPL}).
     */
    static List<String> stackTrace(Throwable thrown) {
        List<String> lines = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        String prefix = "";
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            lines.add(prefix + t);
            StackTraceElement[] frames = t.getStackTrace();
            int last = lastCellFrame(frames);
            for (int i = 0; i <= last; i++) {
                lines.add("\tat " + frames[i]);
            }
            if (last < frames.length - 1) {
                lines.add("\t... " + (frames.length - 1 - last) + " frames of the runner");
            }
            prefix = "Caused by: ";
        }
        return lines;
    }

    private static int lastCellFrame(StackTraceElement[] frames) {
        for (int i = frames.length - 1; i >= 0; i--) {
            if (frames[i].getClassName().startsWith("REPL.")) {
                return i;
            }
        }
        return frames.length - 1;
    }

    /** The 1-based line of a character offset in a text. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
