package neuralmath.runner;

import neuralmath.notebook.Notebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cells that attack the runner in its own JVM: its streams, its time limit, its memory. */
class HostileCellsTest {

    /** Only against a hang: far longer than any of these runs takes on a loaded machine. */
    private static final Duration HANG = Duration.ofMinutes(5);

    private static ExecutedNotebook run(Path dir, NotebookRunner runner, String... cells) throws IOException {
        Path notebook = dir.resolve("hostile.ipynb");
        Fixtures.writeNotebook(notebook, List.of(cells));
        return runner.run(notebook);
    }

    private static String text(CellResult cell) {
        StringBuilder text = new StringBuilder();
        cell.outputs().forEach(o -> text.append(Notebook.text(o.get("text"))));
        return text.toString();
    }

    @Test
    void settingSystemOutToNullInACellDoesNotEndTheRunner(@TempDir Path dir) throws IOException {
        ExecutedNotebook run = run(dir, new NotebookRunner(), "System.setOut(null);",
                "System.out.println(\"still printing\");");

        assertTrue(run.passed(), run::failureReport);
        assertEquals("still printing\n", text(run.cells().get(1)));
    }

    @Test
    void aThreadHoldingSystemOutsLockDoesNotHangTheRunner(@TempDir Path dir) {
        ExecutedNotebook run = assertTimeoutPreemptively(HANG, () -> run(dir, new NotebookRunner(),
                "var held = new CountDownLatch(1);\n"
                        + "var out = System.out;\n"
                        + "new Thread(() -> { synchronized (out) { held.countDown();"
                        + " try { Thread.sleep(600_000); } catch (InterruptedException e) { } } }).start();\n"
                        + "held.await();",
                "\"the next cell ran\""));

        assertTrue(run.passed(), run::failureReport);
        assertEquals(2, run.cells().size());
        assertEquals(CellResult.Status.PASSED, run.cells().get(1).status());
    }

    @Test
    void whatAThreadPrintsAfterItsCellFinishedIsDroppedWithANoteNotShownInALaterCell(@TempDir Path dir)
            throws IOException {
        ExecutedNotebook run = run(dir, new NotebookRunner(),
                "var gate = new CountDownLatch(1);\nvar done = new CountDownLatch(1);\n"
                        + "new Thread(() -> { try { gate.await(); } catch (InterruptedException e) { }\n"
                        + "    System.out.println(\"from the thread of cell 1\"); done.countDown(); }).start();",
                "System.out.println(\"cell 2\");\ngate.countDown();\ndone.await();");

        assertTrue(run.passed(), run::failureReport);
        assertEquals("cell 2\n", text(run.cells().get(1)));
        Notebook.Cell first = run.notebook().cells().get(0);
        assertEquals("[the runner dropped 26 "
                + "bytes that threads this cell started printed after the cell had finished]\n",
                Notebook.text(first.outputs().get(0).get("text")));
    }

    @Test
    void whatACellPrintsIsCappedWithANoteOfWhatWasDropped(@TempDir Path dir) throws IOException {
        ExecutedNotebook run = run(dir, new NotebookRunner(),
                "String mib = \"x\".repeat(1 << 20);\nfor (int i = 0; i < 20; i++) System.out.print(mib);");

        String text = text(run.cells().get(0));
        assertTrue(run.passed(), run::failureReport);
        assertEquals("x".repeat(CellOutputs.MAX_STREAM_BYTES), text.substring(0, CellOutputs.MAX_STREAM_BYTES));
        assertEquals("\n"
                + "[output truncated: the runner keeps the first 8 MiB that a cell prints, as Jupyter front ends truncate long output; "
                + "12,582,912 bytes more were dropped]\n",
                text.substring(CellOutputs.MAX_STREAM_BYTES));
    }

    @Test
    void printingWithoutEndIsStoppedByTheTimeLimitAndKeepsOnlyTheCap(@TempDir Path dir) throws IOException {
        ExecutedNotebook run = run(dir, new NotebookRunner().withCellTimeLimit(Duration.ofSeconds(2)),
                "String mib = \"x\".repeat(1 << 20);\nwhile (true) System.out.print(mib);");

        CellResult cell = run.cells().get(0);
        assertEquals(CellFailure.Kind.TIMEOUT, cell.failure().orElseThrow().kind());
        String text = text(cell);
        assertTrue(text.length() < CellOutputs.MAX_STREAM_BYTES + 1000, () -> text.length() + " characters kept");
        assertTrue(text.contains("[output truncated: the runner keeps the first 8 MiB"), () -> text.substring(
                CellOutputs.MAX_STREAM_BYTES));
    }

    @Test
    void eachFinishedCellIsReportedAsProgress(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>();

        run(dir, new NotebookRunner().reportingProgressTo(lines::add), "int a = 1;", "// nothing", "a + 1");

        assertEquals(3, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("cell 1 (1 of 3 code cells): PASSED in "), lines::toString);
        assertTrue(lines.get(2).startsWith("cell 3 (3 of 3 code cells): PASSED in "), lines::toString);
        assertFalse(lines.get(1).isEmpty());
    }

    @Test
    void aTimeLimitOfMoreThanADayIsRefused() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new NotebookRunner().withCellTimeLimit(Duration.ofSeconds(9_999_999_999L)));
        assertEquals("a cell's time limit must be positive and at most 86400 s, not 9999999999 s", e.getMessage());
    }
}
