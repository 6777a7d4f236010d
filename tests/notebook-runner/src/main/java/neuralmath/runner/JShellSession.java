package neuralmath.runner;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One notebook's JShell, with the runner's local execution engine ({@link CellExecutionControl}): runs cells in
 * order, each split into JShell snippets as the kernels split them, and says what each produced or why it failed.
 */
final class JShellSession implements AutoCloseable {

    /** IJava 1.3.0's startup imports; JJava adds {@code java.time.*}, which only one kernel has, so not here. */
    static final List<String> DEFAULT_IMPORTS = List.of("java.util.*", "java.io.*", "java.math.*", "java.net.*",
            "java.util.concurrent.*", "java.util.prefs.*", "java.util.regex.*");
    private static final String VECTOR_MODULE = "jdk.incubator.vector";

    /** System.out is one for the JVM: one cell at a time. A lock of its own, which no cell can hold. */
    private static final Object ONE_CELL_AT_A_TIME = new Object();

    private final Path folder;
    private final CellExecutionControl engine;
    private final JShell shell;
    private final SourceCodeAnalysis analysis;

    /** The value of a cell's last snippet (null when none) or why the cell failed (null when it did not). */
    record Outcome(Object value, CellFailure failure) {
    }

    /** A session whose magics resolve paths against the notebook's folder. */
    JShellSession(Path notebookFolder) {
        this.folder = notebookFolder;
        this.engine = new CellExecutionControl(new CellClassLoader(JShellSession.class.getClassLoader()));
        this.shell = JShell.builder()
                .executionEngine(engine.provider(), Map.of())
                .compilerOptions(compilerOptions())
                .build();
        this.analysis = shell.sourceCodeAnalysis();
        StringBuilder startup = new StringBuilder();
        DEFAULT_IMPORTS.forEach(i -> startup.append("import ").append(i).append(";\n"));
        startup.append("import static ").append(NotebookStatics.class.getName()).append(".*;\n");
        Outcome outcome = run(startup.toString(), new CellOutputs(), Duration.ofMinutes(1));
        if (outcome.failure() != null) {
            throw new IllegalStateException("the session's startup imports fail: " + outcome.failure().describe());
        }
    }

    /** The module of the library's fast path, when this JVM has it, must be visible to the cells' compiler too. */
    private static String[] compilerOptions() {
        return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent()
                ? new String[] {"--add-modules", VECTOR_MODULE}
                : new String[0];
    }

    /** True when a timed-out cell left a thread running: the session cannot run another cell. */
    boolean isBroken() {
        return engine.abandonedThread();
    }

    /**
     * Runs one cell: its magics and snippets in order, until the first failure, within the time limit. What it
     * prints and displays goes to the given outputs; standard input is empty.
     */
    Outcome run(String cell, CellOutputs outputs, Duration timeLimit) {
        synchronized (ONE_CELL_AT_A_TIME) {
            PrintStream stdout = System.out;
            PrintStream stderr = System.err;
            InputStream stdin = System.in;
            try {
                CellOutputs.setCurrent(outputs);
                System.setOut(outputs.out);
                System.setErr(outputs.err);
                System.setIn(new ByteArrayInputStream(new byte[0]));
                engine.startCell(timeLimit.toNanos(), outputs);
                return runParts(cell, timeLimit);
            } finally {
                // Nothing here touches the cell's streams: a thread of the cell may hold their locks for ever.
                engine.endCell();
                System.setOut(stdout);
                System.setErr(stderr);
                System.setIn(stdin);
                CellOutputs.setCurrent(null);
            }
        }
    }

    private Outcome runParts(String cell, Duration timeLimit) {
        List<Magics.Part> parts;
        try {
            parts = Magics.split(cell);
        } catch (Magics.UnsupportedMagic e) {
            return failed(new CellFailure(CellFailure.Kind.MAGIC, e.line(), "UnsupportedMagic", e.getMessage(), List.of()));
        }
        Object value = null;
        for (Magics.Part part : parts) {
            if (part.isMagic()) {
                value = null;
                CellFailure failure = addToClasspath(cell, part);
                if (failure != null) {
                    return failed(failure);
                }
                continue;
            }
            Outcome outcome = runSnippets(cell, part, timeLimit);
            if (outcome.failure() != null) {
                return outcome;
            }
            if (!part.code().isBlank()) {
                value = outcome.value();
            }
        }
        return new Outcome(value, null);
    }

    private CellFailure addToClasspath(String cell, Magics.Part magic) {
        try {
            for (Path entry : Magics.resolve(magic, folder)) {
                shell.addToClasspath(entry.toAbsolutePath().toString());
            }
            return null;
        } catch (IOException e) {
            return new CellFailure(CellFailure.Kind.MAGIC, CellFailure.lineOf(cell, magic.offset()), "MagicError",
                    e.getMessage(), List.of());
        }
    }

    /** The kernels' loop: JShell evaluates one snippet per call, so the code is split with analyzeCompletion. */
    private Outcome runSnippets(String cell, Magics.Part code, Duration timeLimit) {
        Object value = null;
        String remaining = code.code();
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
        while (info.completeness().isComplete()) {
            int start = code.offset() + code.code().length() - remaining.length();
            Snippet snippet = null;
            value = null;
            for (SnippetEvent event : shell.eval(info.source())) {
                Object eventValue = event.value() == null ? null : engine.takeValue(event.value()).orElse(null);
                if (event.causeSnippet() != null) {
                    continue;
                }
                snippet = event.snippet();
                CellFailure failure = failureOf(event, cell, start, timeLimit);
                if (failure != null) {
                    return failed(failure);
                }
                value = isResult(snippet.subKind()) ? eventValue : null;
            }
            if (snippet == null) {
                throw new IllegalStateException("JShell reported no event for the snippet at line "
                        + firstLine(cell, start) + " of the cell");
            }
            remaining = info.remaining();
            info = analysis.analyzeCompletion(remaining);
        }
        if (info.completeness() != SourceCodeAnalysis.Completeness.EMPTY) {
            int start = code.offset() + code.code().length() - remaining.length();
            return failed(new CellFailure(CellFailure.Kind.INCOMPLETE_SOURCE, firstLine(cell, start),
                    "IncompleteSource", "the cell ends inside an unfinished statement or declaration",
                    List.of(remaining.strip())));
        }
        return new Outcome(value, null);
    }

    /** As in both kernels, a cell's value is that of a last snippet that is an expression. */
    private static boolean isResult(Snippet.SubKind kind) {
        return kind == Snippet.SubKind.VAR_VALUE_SUBKIND || kind == Snippet.SubKind.OTHER_EXPRESSION_SUBKIND
                || kind == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    private CellFailure failureOf(SnippetEvent event, String cell, int start, Duration timeLimit) {
        int line = firstLine(cell, start);
        JShellException exception = event.exception();
        if (exception != null) {
            return failureOf(exception, line, timeLimit);
        }
        Snippet.Status status = event.status();
        if (status == Snippet.Status.REJECTED || status == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
            return compileError(event.snippet(), cell, start);
        }
        return null;
    }

    private CellFailure failureOf(JShellException exception, int line, Duration timeLimit) {
        Throwable thrown = engine.lastThrown().orElse(exception);
        if (engine.timedOut()) {
            String evalue = "the cell ran past its time limit of " + describe(timeLimit) + " and was stopped";
            if (engine.abandonedThread()) {
                evalue += "; its thread could not be stopped and still runs, so no further cell of this notebook runs";
            }
            return new CellFailure(CellFailure.Kind.TIMEOUT, line, "CellTimeout", evalue, CellFailure.stackTrace(thrown));
        }
        if (thrown instanceof CellGuard.ExitCalled) {
            return CellFailure.thrown(CellFailure.Kind.SYSTEM_EXIT, "SystemExit", thrown, line);
        }
        if (exception instanceof UnresolvedReferenceException) {
            UnresolvedReferenceException unresolved = (UnresolvedReferenceException) exception;
            String needs = shell.unresolvedDependencies(unresolved.getSnippet()).collect(Collectors.joining(", "));
            return new CellFailure(CellFailure.Kind.UNRESOLVED_REFERENCE, line, "UnresolvedReferenceException",
                    "the cell uses " + unresolved.getSnippet().name() + ", which needs " + needs
                            + ", not defined (yet)", List.of());
        }
        String ename = exception instanceof EvalException
                ? ((EvalException) exception).getExceptionClassName() : thrown.getClass().getName();
        return CellFailure.thrown(CellFailure.Kind.EXCEPTION, ename, thrown, line);
    }

    /**
     * A snippet JShell rejected, or one it would define only once something it needs is declared (IJava fails
     * such a cell, JJava lets it pass: the runner fails it, so that it runs in both).
     */
    private CellFailure compileError(Snippet snippet, String cell, int start) {
        List<String> traceback = new ArrayList<>();
        String firstMessage = null;
        int firstLine = firstLine(cell, start);
        for (Diag diag : (Iterable<Diag>) shell.diagnostics(snippet)::iterator) {
            if (!diag.isError()) {
                continue;
            }
            int position = start + (int) Math.max(0, diag.getStartPosition());
            int line = CellFailure.lineOf(cell, position);
            String message = diag.getMessage(Locale.ENGLISH).lines()
                    .filter(l -> !l.strip().startsWith("location:"))
                    .collect(Collectors.joining("\n"));
            if (firstMessage == null) {
                firstMessage = message;
                firstLine = line;
            }
            int lineStart = cell.lastIndexOf('\n', position - 1) + 1;
            int lineEnd = cell.indexOf('\n', position);
            String text = cell.substring(lineStart, lineEnd < 0 ? cell.length() : lineEnd);
            int width = (int) Math.max(1, Math.min(diag.getEndPosition() - diag.getStartPosition(),
                    text.length() - (position - lineStart)));
            traceback.add("line " + line + ": " + text);
            traceback.add(" ".repeat(("line " + line + ": ").length() + position - lineStart) + "^".repeat(width));
            traceback.add(message);
        }
        if (snippet instanceof jdk.jshell.DeclarationSnippet) {
            List<String> needs = shell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) snippet)
                    .collect(Collectors.toList());
            if (!needs.isEmpty()) {
                String message = "it needs " + String.join(", ", needs) + ", which is not defined (yet): declare"
                        + " that first; IJava rejects such a cell";
                traceback.add(message);
                firstMessage = firstMessage == null ? message : firstMessage;
            }
        }
        return new CellFailure(CellFailure.Kind.COMPILE_ERROR, firstLine, "CompilationException",
                firstMessage == null ? "JShell rejected the snippet" : firstMessage, traceback);
    }

    /** The line where a snippet's text starts, past the blank lines and comments JShell keeps in front of it. */
    private static int firstLine(String cell, int start) {
        int i = start;
        while (i < cell.length() && Character.isWhitespace(cell.charAt(i))) {
            i++;
        }
        return CellFailure.lineOf(cell, i);
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static Outcome failed(CellFailure failure) {
        return new Outcome(null, failure);
    }

    @Override
    public void close() {
        shell.close();
    }
}
