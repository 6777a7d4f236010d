package neuralmath.runner;

import neuralmath.course.display.NotebookDisplay;
import neuralmath.notebook.Notebook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs Jupyter notebooks written for the IJava 1.3.0 and JJava kernels without Jupyter, a kernel or Python: each
 * notebook's code cells run in order in one JShell session, in this JVM, and the notebook comes back with its
 * outputs ({@link ExecutedNotebook}), ready to be written as nbformat 4.
 *
 * <h2>What a cell gets, as in the kernels</h2>
 * <ul>
 *   <li>IJava's default imports ({@code java.util.*}, {@code java.io.*}, {@code java.math.*}, {@code java.net.*},
 *       {@code java.util.concurrent.*}, {@code java.util.prefs.*}, {@code java.util.regex.*}; JJava also imports
 *       {@code java.time.*}, which a notebook must therefore import itself) and the methods of
 *       {@link NotebookStatics}: {@code display}, {@code render}, {@code updateDisplay}, {@code printf}.</li>
 *   <li>The class path of the runner's JVM, where the library and its dependencies are; the magics
 *       {@code %classpath} and {@code %jars} add more, with paths relative to the notebook's folder, as a kernel
 *       started in that folder does ({@link Magics}).</li>
 *   <li>The module {@code jdk.incubator.vector}, the library's fast path, when the JVM was started with it.</li>
 * </ul>
 *
 * <h2>What becomes of a cell</h2>
 * <ul>
 *   <li>Its code is split into snippets with JShell's {@code analyzeCompletion}, as the kernels do, and they run
 *       until the first that fails. A snippet JShell rejects fails the cell with the compiler's messages and the
 *       line of the cell they point at; so does a declaration that needs something not declared yet, which IJava
 *       rejects (JJava accepts it).</li>
 *   <li>What it prints becomes {@code stream} outputs; each {@code display(x)} a {@code display_data}; the value
 *       of its last snippet, when that is an expression, the {@code execute_result}; a failure an {@code error}
 *       output with ename, evalue and traceback. Executed cells are counted 1, 2, 3... as Jupyter does; empty
 *       cells are skipped, as nbclient skips them.</li>
 *   <li>A failing cell fails the notebook and the cells after it do not run, as with Jupyter's "run all" and
 *       nbclient, unless it is tagged {@code raises-exception}.</li>
 *   <li>A cell that runs past the time limit is stopped and fails as a timeout; a call of {@code System.exit}
 *       fails the cell instead of ending the JVM ({@link CellGuard}). Neither may be excused by a tag. The JVM is
 *       headless: no window opens.</li>
 * </ul>
 *
 * <h2>How an object shows as an image or as HTML</h2>
 * The runner renders exactly as the kernels' shared renderer does ({@link Renderer}), and nothing more, so that a
 * notebook looks the same here and in Jupyter. The conventions for the library and the notebooks follow:
 * <ul>
 *   <li>A chart or any picture is a {@link java.awt.image.RenderedImage} (an XChart chart becomes one with
 *       {@code BitmapEncoder.getBufferedImage(chart)}): as the cell's last value or through {@code display(image)}
 *       it shows as {@code image/png}.</li>
 *   <li>A table or any HTML: the library's type gives its HTML as a string ({@code toHtml()}), and the cell shows
 *       it with {@code display(table.toHtml(), "text/html")}. Neither kernel renders an object as HTML by itself
 *       unless the object implements that kernel's own interface or is registered with that kernel's renderer, so
 *       a portable object cannot; a cell whose last value is a {@code String} shows as plain text.</li>
 * </ul>
 *
 * <h2>Known differences from a kernel</h2>
 * Run in this JVM ({@link #run}), relative file paths in cell code resolve against the working directory of this
 * JVM, not the notebook's folder (Java cannot change its working directory); paths that start with {@code ../}
 * from a folder one level below the repository root, as {@code notebooks/} and {@code tests/} both are, resolve
 * the same in both. Run in a JVM of its own ({@link #inOwnJvm}), as the command line and the course build do, a
 * notebook runs in its own folder as in Jupyter, and nothing a cell does to that JVM can end or hang the caller.
 * Only
 * the classes cells declare are guarded against {@code System.exit} and made stoppable; a time-limited cell stuck
 * inside library code is interrupted and, up to Java 19, stopped with {@code Thread.stop}; on later JVMs it is
 * left running and the notebook's run ends there.
 */
public final class NotebookRunner {

    /** The time limit per cell unless another is given. */
    public static final Duration DEFAULT_CELL_TIME_LIMIT = Duration.ofMinutes(5);
    /** The longest time limit per cell: a day. */
    public static final Duration MAX_CELL_TIME_LIMIT = Duration.ofDays(1);

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private final Duration cellTimeLimit;
    private final boolean continueAfterFailure;
    private final NotebookProcess ownJvm;
    private final Consumer<String> progress;
    /** Where what a notebook's own JVM prints goes; null: this JVM's standard output and error. */
    private final Consumer<String> jvmOutput;
    /** Told about each cell in the JVM that runs the notebook; null: none. */
    private final Class<? extends CellObserver> observer;

    /** A runner with the default time limit that stops a notebook at its first failing cell. */
    public NotebookRunner() {
        this(DEFAULT_CELL_TIME_LIMIT, false, null, line -> { }, null, null);
    }

    private NotebookRunner(Duration cellTimeLimit, boolean continueAfterFailure, NotebookProcess ownJvm,
                           Consumer<String> progress, Consumer<String> jvmOutput,
                           Class<? extends CellObserver> observer) {
        if (cellTimeLimit.isZero() || cellTimeLimit.isNegative() || cellTimeLimit.compareTo(MAX_CELL_TIME_LIMIT) > 0) {
            throw new IllegalArgumentException("a cell's time limit must be positive and at most "
                    + MAX_CELL_TIME_LIMIT.toSeconds() + " s, not " + cellTimeLimit.toSeconds() + " s");
        }
        this.cellTimeLimit = cellTimeLimit;
        this.continueAfterFailure = continueAfterFailure;
        this.ownJvm = ownJvm;
        this.progress = progress;
        this.jvmOutput = jvmOutput;
        this.observer = observer;
    }

    /** The same runner with another time limit per cell. */
    public NotebookRunner withCellTimeLimit(Duration limit) {
        return new NotebookRunner(limit, continueAfterFailure, ownJvm, progress, jvmOutput, observer);
    }

    /** The same runner, going on after a failing cell (as nbclient's allow_errors) when {@code true}. */
    public NotebookRunner continuingAfterFailures(boolean goOn) {
        return new NotebookRunner(cellTimeLimit, goOn, ownJvm, progress, jvmOutput, observer);
    }

    /**
     * The same runner, running each notebook in a JVM of its own ({@link NotebookProcess}), started in the
     * notebook's folder, with at most {@code maxHeap} bytes of heap.
     */
    public NotebookRunner inOwnJvm(long maxHeap) {
        return inOwnJvm(maxHeap, NotebookProcess.GRACE);
    }

    /** As {@link #inOwnJvm(long)}, stopping a JVM that finishes no cell for the time limit plus {@code grace}. */
    NotebookRunner inOwnJvm(long maxHeap, Duration grace) {
        return new NotebookRunner(cellTimeLimit, continueAfterFailure, new NotebookProcess(maxHeap, grace), progress,
                jvmOutput, observer);
    }

    /** The same runner, telling {@code progress} one line per finished cell. */
    public NotebookRunner reportingProgressTo(Consumer<String> lines) {
        return new NotebookRunner(cellTimeLimit, continueAfterFailure, ownJvm, lines, jvmOutput, observer);
    }

    /**
     * The same runner, giving {@code lines} what a notebook's own JVM prints outside its cells (JVM warnings, a
     * crash's message), line by line, instead of printing it on this JVM's standard output and error as it comes:
     * for callers that run notebooks at once and print each one's lines with its result.
     */
    public NotebookRunner passingJvmOutputTo(Consumer<String> lines) {
        return new NotebookRunner(cellTimeLimit, continueAfterFailure, ownJvm, progress, lines, observer);
    }

    /**
     * The same runner, telling a new {@code observer} about each cell that has run, in the JVM that runs the notebook
     * (a JVM of its own too).
     */
    public NotebookRunner observingEachCellWith(Class<? extends CellObserver> observer) {
        return new NotebookRunner(cellTimeLimit, continueAfterFailure, ownJvm, progress, jvmOutput, observer);
    }

    Duration cellTimeLimit() {
        return cellTimeLimit;
    }

    boolean continuesAfterFailure() {
        return continueAfterFailure;
    }

    Class<? extends CellObserver> observer() {
        return observer;
    }

    /**
     * Runs the notebook's code cells in a new JShell session, in this JVM or, when asked for, in a JVM of its own.
     * A file that is not a notebook for Java fails with an {@link IOException} naming the file and the fault.
     */
    public ExecutedNotebook run(Path notebookFile) throws IOException {
        Notebook notebook = Notebook.read(notebookFile);
        if (!"java".equals(notebook.language())) {
            throw new IOException(notebookFile + ": a notebook for a " + notebook.language() + " kernel ("
                    + notebook.kernelName() + "), not for Java: the runner runs Java notebooks only");
        }
        return ownJvm == null ? runHere(notebook) : ownJvm.run(notebook, this, progress, jvmOutput);
    }

    ExecutedNotebook runHere(Notebook notebook) {
        long start = System.nanoTime();
        NotebookDisplay.use(NotebookStatics.LIBRARY_DISPLAYS);
        List<CellResult> results = new ArrayList<>();
        Map<Notebook.Cell, CellOutputs> ran = new LinkedHashMap<>();
        Path folder = notebook.path().toAbsolutePath().getParent();
        long codeCells = notebook.cells().stream().filter(c -> c.isCode() && !c.source().isBlank()).count();
        CellObserver told = newObserver();
        try (JShellSession session = new JShellSession(folder)) {
            CellOutputs outputs = new CellOutputs();
            int executionCount = 0;
            boolean stopped = false;
            for (Notebook.Cell cell : notebook.cells()) {
                if (!cell.isCode()) {
                    continue;
                }
                cell.setOutputs(List.of(), null);
                if (cell.source().isBlank()) {
                    continue;
                }
                if (stopped) {
                    results.add(new CellResult(cell.number(), cell.source(), CellResult.Status.NOT_RUN,
                            Optional.empty(), List.of(), Optional.empty(), Duration.ZERO));
                    continue;
                }
                outputs = outputs.next();
                CellResult result = runCell(session, cell, ++executionCount, outputs);
                results.add(result);
                ran.put(cell, outputs);
                if (told != null) {
                    told.cellRan(notebook, cell, result);
                }
                progress.accept(String.format(Locale.ROOT, "cell %d (%d of %d code cells): %s in %.2f s",
                        cell.number(), executionCount, codeCells, result.status(), result.elapsed().toNanos() / 1e9));
                stopped = session.isBroken() || result.failed() && !continueAfterFailure;
            }
        }
        ran.forEach((cell, outputs) -> outputs.lateNote().ifPresent(note ->
                cell.setOutputs(outputs.finishWithNote(note), cell.executionCount().orElse(null))));
        return new ExecutedNotebook(notebook, results, Duration.ofNanos(System.nanoTime() - start));
    }

    private CellObserver newObserver() {
        if (observer == null) {
            return null;
        }
        try {
            return observer.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot make a cell observer " + observer.getName()
                    + ": it needs a public constructor without arguments", e);
        }
    }

    private CellResult runCell(JShellSession session, Notebook.Cell cell, int executionCount, CellOutputs outputs) {
        long start = System.nanoTime();
        JShellSession.Outcome outcome = session.run(cell.source(), outputs, cellTimeLimit);
        CellFailure failure = outcome.failure();
        if (failure == null && outcome.value() != null) {
            try {
                outputs.result(executionCount, Renderer.renderResult(outcome.value()));
            } catch (RuntimeException e) {
                failure = CellFailure.thrown(CellFailure.Kind.EXCEPTION, e.getClass().getName(), e, 0);
            }
        }
        if (failure != null) {
            outputs.error(failure);
        }
        List<ObjectNode> written = outputs.finish();
        cell.setOutputs(written, executionCount);
        CellResult.Status status = failure == null ? CellResult.Status.PASSED
                : failure.mayBeExpected() && cell.tags().contains("raises-exception")
                ? CellResult.Status.FAILED_AS_TAGGED : CellResult.Status.FAILED;
        return new CellResult(cell.number(), cell.source(), status, Optional.of(executionCount),
                List.<JsonNode>copyOf(written), Optional.ofNullable(failure), Duration.ofNanos(System.nanoTime() - start));
    }

    /** The notebooks in a folder and its subfolders, sorted, leaving out Jupyter's checkpoints. */
    public static List<Path> findNotebooks(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".ipynb") && Files.isRegularFile(p))
                    .filter(p -> !p.toString().contains(".ipynb_checkpoints"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }
}
