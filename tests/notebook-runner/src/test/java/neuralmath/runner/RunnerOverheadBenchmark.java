package neuralmath.runner;

import jdk.jshell.JShell;
import jdk.jshell.execution.LocalExecutionControlProvider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures, side by side in one JVM, what a notebook of 30 trivial cells costs in the runner and what the same 30
 * snippets cost in a bare JShell with the JDK's local engine: the difference per cell is the runner's overhead
 * (splitting, output capture, bytecode rewriting, a thread per snippet, rendering). Prints; asserts nothing.
 *
 * <pre>
 * java --add-modules jdk.incubator.vector \
 *      -cp "tests/notebook-runner/target/test-classes:tests/course-tool/target/course-tool/*" \
 *      neuralmath.runner.RunnerOverheadBenchmark [rounds]
 * </pre>
 */
public final class RunnerOverheadBenchmark {

    private static final int CELLS = 30;

    private RunnerOverheadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < CELLS; i++) {
            cells.add("int x" + i + " = " + i + " * 2;\nx" + i + " + 1");
        }
        Path notebook = Files.createTempDirectory("runner-benchmark").resolve("trivial.ipynb");
        Fixtures.writeNotebook(notebook, cells);
        NotebookRunner runner = new NotebookRunner();
        System.out.printf(Locale.ROOT, "%d trivial cells (2 snippets each); %d rounds after one warm-up%n", CELLS, rounds);
        for (int round = 0; round <= rounds; round++) {
            long start = System.nanoTime();
            ExecutedNotebook run = runner.run(notebook);
            long runnerNanos = System.nanoTime() - start;
            if (!run.passed()) {
                throw new IllegalStateException(run.failureReport());
            }
            long cellNanos = run.cells().stream().mapToLong(c -> c.elapsed().toNanos()).sum();
            long bareStart = System.nanoTime();
            long bareCellNanos = bareJShell(cells);
            long bareNanos = System.nanoTime() - bareStart;
            if (round == 0) {
                continue;
            }
            System.out.printf(Locale.ROOT, "round %d: runner %.0f ms (cells %.0f ms, %.1f ms/cell)"
                            + " | bare JShell %.0f ms (cells %.0f ms, %.1f ms/cell) | overhead %.1f ms/cell, ratio %.2f%n",
                    round, runnerNanos / 1e6, cellNanos / 1e6, cellNanos / 1e6 / CELLS,
                    bareNanos / 1e6, bareCellNanos / 1e6, bareCellNanos / 1e6 / CELLS,
                    (cellNanos - bareCellNanos) / 1e6 / CELLS, (double) cellNanos / bareCellNanos);
        }
    }

    /** The same snippets in a plain JShell with the JDK's local engine; returns the nanoseconds spent in eval. */
    private static long bareJShell(List<String> cells) {
        try (JShell shell = JShell.builder().executionEngine(new LocalExecutionControlProvider(), Map.of()).build()) {
            long nanos = 0;
            for (String cell : cells) {
                for (String snippet : cell.split("\n")) {
                    long start = System.nanoTime();
                    shell.eval(snippet);
                    nanos += System.nanoTime() - start;
                }
            }
            return nanos;
        }
    }
}
