package neuralmath.runner;

import neuralmath.notebook.Notebook;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A notebook after a run: the notebook with its new outputs and execution counts, and what became of each code
 * cell.
 */
public final class ExecutedNotebook {

    private final Notebook notebook;
    private final List<CellResult> cells;
    private final Duration elapsed;

    ExecutedNotebook(Notebook notebook, List<CellResult> cells, Duration elapsed) {
        this.notebook = notebook;
        this.cells = List.copyOf(cells);
        this.elapsed = elapsed;
    }

    /** The notebook file that ran. */
    public Path source() {
        return notebook.path();
    }

    /** The notebook with its outputs. */
    public Notebook notebook() {
        return notebook;
    }

    /** Every code cell with code in it, in order. */
    public List<CellResult> cells() {
        return cells;
    }

    /** The cells that make the notebook fail (not those tagged {@code raises-exception}). */
    public List<CellResult> failures() {
        return cells.stream().filter(CellResult::failed).collect(Collectors.toList());
    }

    /** True when no cell failed but those tagged {@code raises-exception}. */
    public boolean passed() {
        return failures().isEmpty();
    }

    /** How long the run took, the start of the JShell session included. */
    public Duration elapsed() {
        return elapsed;
    }

    /** Writes the executed notebook, a valid nbformat 4 file. */
    public void write(Path target) throws IOException {
        notebook.write(target);
    }

    /** For a person: each failing cell with its number, first lines and error; empty when the notebook passed. */
    public String failureReport() {
        StringBuilder report = new StringBuilder();
        for (CellResult cell : failures()) {
            CellFailure failure = cell.failure().orElseThrow();
            report.append(source()).append(", cell ").append(cell.number());
            if (failure.line() > 0) {
                report.append(", line ").append(failure.line());
            }
            report.append(":\n");
            cell.firstLines(3).lines().forEach(l -> report.append("    | ").append(l).append('\n'));
            report.append(failure.ename()).append(": ").append(failure.evalue()).append('\n');
            failure.traceback().forEach(l -> report.append("    ").append(l).append('\n'));
        }
        return report.toString();
    }
}
