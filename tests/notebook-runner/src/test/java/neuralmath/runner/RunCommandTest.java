package neuralmath.runner;

import neuralmath.notebook.Notebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunCommandTest {

    /** What the command printed and its exit status. */
    private record Run(int status, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = RunCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void aFolderOfNotebooksIsRunAndAFailingCellMakesTheExitStatusOne(@TempDir Path out) throws IOException {
        int status = RunCommand.execute("--output-dir", out.toString(), Fixtures.path("suite/run").toString());

        assertEquals(1, status);
        assertTrue(Notebook.read(out.resolve("good.ipynb")).cells().get(1).executionCount().isPresent());
        assertFalse(Notebook.read(out.resolve("bad.ipynb")).cells().get(1).outputs().isEmpty());
    }

    @Test
    void aPassingNotebookGivesExitStatusZero(@TempDir Path out) {
        int status = RunCommand.execute("-o", out.toString(), Fixtures.path("suite/run/good.ipynb").toString());

        assertEquals(0, status);
        assertTrue(Files.isRegularFile(out.resolve("good.ipynb")));
    }

    @Test
    void aMissingPathIsAUsageError(@TempDir Path out) {
        assertEquals(2, RunCommand.execute("-o", out.toString(), out.resolve("missing.ipynb").toString()));
    }

    @Test
    void theRunnerRefusesToOverwriteItsInputUnlessInPlace(@TempDir Path dir) throws IOException {
        Path notebook = dir.resolve("good.ipynb");
        Files.copy(Fixtures.path("suite/run/good.ipynb"), notebook);
        byte[] before = Files.readAllBytes(notebook);

        Run refused = run("-o", dir.toString(), dir.toString());

        assertEquals(2, refused.status(), refused::all);
        assertTrue(refused.err().contains("the executed copy of " + notebook + " would overwrite a source notebook, "
                + notebook
                + ": choose another --output-dir, or give --in-place to replace the notebooks with their executed copies"),
                refused::all);
        assertArrayEquals(before, Files.readAllBytes(notebook));

        Run inPlace = run("--in-place", "-o", dir.toString(), dir.toString());

        assertEquals(0, inPlace.status(), inPlace::all);
        assertTrue(Notebook.read(notebook).cells().get(1).executionCount().isPresent());
    }

    @Test
    void optionsOutOfRangeAreUsageErrorsThatSaySo(@TempDir Path out) {
        String good = Fixtures.path("suite/run/good.ipynb").toString();

        Run timeout = run("--cell-timeout", "9999999999", "-o", out.toString(), good);
        Run heap = run("--max-heap", "1", "-o", out.toString(), good);

        assertEquals(2, timeout.status());
        assertTrue(timeout.err().contains("--cell-timeout must be 1 to 86400 seconds, got 9999999999"), timeout::all);
        assertEquals(2, heap.status());
        assertTrue(heap.err().contains("--max-heap must be 64 to 65536 MiB, got 1"), heap::all);
    }

    @Test
    void everyWayOfEndingTheJvmFromACellFailsItsNotebook(@TempDir Path dir) throws IOException {
        List<String> ends = List.of(
                "System.class.getMethod(\"exit\", int.class).invoke(null, 0);",
                "java.lang.invoke.MethodHandles.lookup().findStatic(System.class, \"exit\","
                        + " java.lang.invoke.MethodType.methodType(void.class, int.class)).invoke(0);",
                "neuralmath.runner.LibraryThatExits.exit();",
                "Runtime.class.getMethod(\"halt\", int.class).invoke(Runtime.getRuntime(), 0);");
        for (int i = 0; i < ends.size(); i++) {
            Fixtures.writeNotebook(dir.resolve("in/end-" + i + ".ipynb"),
                    List.of("System.out.println(\"before\");", ends.get(i), "\"after\""));
        }

        Run run = run("-o", dir.resolve("out").toString(), dir.resolve("in").toString());

        assertEquals(1, run.status(), run::all);
        assertTrue(run.out().contains("4 notebooks, 4 failed"), run::all);
        for (int i = 0; i < ends.size(); i++) {
            assertTrue(run.out().contains("FAIL " + dir.resolve("in/end-" + i + ".ipynb")), run::all);
        }
        String unfinished =
                "UnfinishedRun: the notebook's run did not finish: its JVM ended with status 0 before the run finished (a cell ended it: System.exit, Runtime.halt or a library call that does)";
        assertEquals(4, run.out().lines().filter(l -> l.equals(unfinished)).count(), run::all);
    }

    @Test
    void aCellThatExhaustsItsHeapFailsItsNotebookNotTheRunner(@TempDir Path dir) throws IOException {
        Fixtures.writeNotebook(dir.resolve("in/greedy.ipynb"),
                List.of("var keep = new ArrayList<long[]>();\nwhile (true) keep.add(new long[1 << 20]);"));
        Files.copy(Fixtures.path("suite/run/good.ipynb"), dir.resolve("in/later.ipynb"));

        Run run = run("--max-heap", "64", "-o", dir.resolve("out").toString(), dir.resolve("in").toString());

        assertEquals(1, run.status(), run::all);
        assertTrue(run.out().contains(
                "its JVM ended with status 3 before the run finished (it ran out of memory: -XX:+ExitOnOutOfMemoryError)"),
                run::all);
        assertTrue(run.out().contains("PASS " + dir.resolve("in/later.ipynb")), run::all);
    }

    @Test
    void aFolderRunReportsEachBadNotebookInOneLineAndRunsTheOthers(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(Fixtures.path("suite/run/good.ipynb"), in.resolve("good.ipynb"));
        Files.writeString(in.resolve("a-broken.ipynb"), "{\"cells\": [");
        Files.writeString(in.resolve("b-old.ipynb"), "{\"nbformat\": 3, \"worksheets\": []}");
        byte[] latin1 = "{\"cells\": [], \"metadata\": {\"title\": \"caf\u00e9\"}, \"nbformat\": 4}"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(in.resolve("c-latin1.ipynb"), latin1);
        Files.writeString(in.resolve("d-python.ipynb"), "{\"cells\": [], \"nbformat\": 4, \"nbformat_minor\": 5,"
                + " \"metadata\": {\"kernelspec\": {\"name\": \"python3\", \"language\": \"python\"}}}");

        Run run = run("-o", dir.resolve("out").toString(), in.toString());

        assertEquals(2, run.status(), run::all);
        assertTrue(run.out().contains("BAD  " + in.resolve("a-broken.ipynb")
                + ": not a notebook, its JSON does not parse at line 1"), run::all);
        assertTrue(run.out().contains("BAD  " + in.resolve("b-old.ipynb") + ": nbformat 3 is not supported, only 4"),
                run::all);
        assertTrue(run.out().contains("BAD  " + in.resolve("c-latin1.ipynb")
                + ": not a notebook, its JSON does not parse at line 1: Invalid UTF-8"), run::all);
        assertTrue(run.out().contains("BAD  " + in.resolve("d-python.ipynb")
                + ": a notebook for a python kernel (python3), not for Java: the runner runs Java notebooks only"), run::all);
        assertEquals(4, run.out().lines().filter(l -> l.startsWith("BAD  ")).count(), run::all);
        assertTrue(run.out().contains("PASS " + in.resolve("good.ipynb")), run::all);
        assertTrue(run.out().contains("5 notebooks, 0 failed, 4 not notebooks"), run::all);
        assertTrue(Files.isRegularFile(dir.resolve("out/good.ipynb")));
    }

    @Test
    void aNotebookJvmThatFinishesNoCellInTimeIsStoppedAndItsNotebookFails(@TempDir Path dir) throws IOException {
        Path notebook = dir.resolve("sleeps.ipynb");
        Fixtures.writeNotebook(notebook, List.of("Thread.sleep(600_000);", "\"never\""));
        // It cannot report its first cell before the cell's time limit of 1 s has passed: no grace is left.
        NotebookRunner runner = new NotebookRunner().withCellTimeLimit(java.time.Duration.ofSeconds(1))
                .inOwnJvm(256L << 20, java.time.Duration.ZERO);

        ExecutedNotebook run = runner.run(notebook);

        CellFailure failure = run.cells().get(0).failure().orElseThrow();
        assertEquals(CellFailure.Kind.UNFINISHED_RUN, failure.kind());
        assertEquals("the notebook's run did not finish: "
                + "its JVM finished no cell for 1 s (the cell time limit and 0 s more) and was stopped", failure.evalue());
        assertEquals(CellResult.Status.NOT_RUN, run.cells().get(1).status());
    }

    @Test
    void cellsRunInTheNotebooksOwnFolder(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("chapter");
        Fixtures.writeNotebook(folder.resolve("files.ipynb"), List.of(
                "new java.io.File(\"made-here.txt\").createNewFile();",
                "System.getProperty(\"user.dir\")"));

        Run run = run("-o", dir.resolve("out").toString(), folder.toString());

        assertEquals(0, run.status(), run::all);
        assertTrue(Files.isRegularFile(folder.resolve("made-here.txt")));
        assertFalse(Files.exists(Path.of("made-here.txt").toAbsolutePath()));
        Notebook executed = Notebook.read(dir.resolve("out/files.ipynb"));
        assertEquals(folder.toAbsolutePath().toString(),
                Notebook.text(executed.cells().get(1).outputs().get(0).get("data").get("text/plain")));
    }
}
