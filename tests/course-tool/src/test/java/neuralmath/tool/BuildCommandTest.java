package neuralmath.tool;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import neuralmath.course.exercise.Check;
import neuralmath.course.exercise.Verdict;
import neuralmath.notebook.Notebook;
import neuralmath.runner.ExecutedNotebook;
import neuralmath.runner.NotebookRunner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code course build}: an unfinished or failing notebook fails the build; notebooks running at once report, and
 * leave executed copies, in their order whatever finished first; the output folder never overlaps the notebooks.
 */
class BuildCommandTest {

    private static final String NOTES = "my notes, written by hand\n";

    record Run(int status, String out, String err) {
        String all() {
            return out + err;
        }
    }

    /** Runs {@code course build ARGS}, catching what the command and the notebooks' JVMs print. */
    static Run build(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StringWriter usage = new StringWriter();
        int status;
        try (PrintStream outCapture = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errCapture = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(outCapture);
            System.setErr(errCapture);
            String[] command = Stream.concat(Stream.of("build"), Stream.of(args)).toArray(String[]::new);
            status = CourseTool.commandLine().setErr(new PrintWriter(usage, true)).execute(command);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8) + usage);
    }

    /** Writes a Java notebook whose code cells hold these sources. */
    static void writeNotebook(Path file, String... sources) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode notebook = json.createObjectNode();
        ArrayNode cells = notebook.putArray("cells");
        for (String source : sources) {
            ObjectNode cell = cells.addObject();
            cell.put("cell_type", "code").put("source", source).putNull("execution_count");
            cell.putObject("metadata");
            cell.putArray("outputs");
        }
        notebook.putObject("metadata");
        notebook.put("nbformat", 4).put("nbformat_minor", 4);
        Files.createDirectories(file.getParent());
        json.writeValue(file.toFile(), notebook);
    }

    @Test
    void aNotebookThatEndsItsJvmThroughReflectionFailsTheBuild(@TempDir Path dir) throws IOException {
        Path notebooks = dir.resolve("notebooks");
        writeNotebook(notebooks.resolve("01-exits.ipynb"), "System.class.getMethod(\"exit\", int.class).invoke(null, 0);");

        Run run = build("--notebooks", notebooks.toString(), "--out", dir.resolve("course").toString());

        assertEquals(1, run.status(), run::all);
        assertTrue(run.err().contains("UnfinishedRun: the notebook's run did not finish: its JVM ended with status 0"),
                run::all);
        assertFalse(Files.exists(dir.resolve("course/site/index.html")), run::all);
    }

    @Test
    void notebooksRunningAtOnceAreReportedAndWrittenInTheirOrderUpToTheFirstFailure(@TempDir Path dir)
            throws IOException {
        Path notebooks = dir.resolve("notebooks");
        writeNotebook(notebooks.resolve("01-slow.ipynb"), "Thread.sleep(3000);", "\"slow\"");
        writeNotebook(notebooks.resolve("02-fails.ipynb"), "throw new IllegalStateException(\"second fails\");");
        writeNotebook(notebooks.resolve("03-quick.ipynb"), "\"quick\"");

        Run run = build("--jobs", "3", "--notebooks", notebooks.toString(), "--out", dir.resolve("course").toString());

        assertEquals(1, run.status(), run::all);
        List<String> reported = run.out().lines().filter(l -> l.endsWith(" ok") || l.endsWith(" FAILED")).toList();
        assertEquals(2, reported.size(), run::all);
        assertTrue(reported.get(0).startsWith("01-slow.ipynb") && reported.get(0).endsWith(" ok"), run::all);
        assertTrue(reported.get(1).startsWith("02-fails.ipynb") && reported.get(1).endsWith(" FAILED"), run::all);
        assertTrue(run.err().contains("second fails"), run::all);
        assertTrue(Files.isRegularFile(dir.resolve("course-executed/01-slow.ipynb")), run::all);
        assertFalse(Files.exists(dir.resolve("course-executed/02-fails.ipynb")), run::all);
        assertFalse(Files.exists(dir.resolve("course-executed/03-quick.ipynb")), run::all);
        assertFalse(Files.exists(dir.resolve("course/site/index.html")), run::all);
    }

    @Test
    void notebooksRunningAtOnceAllPassAndTheCourseIsBuilt(@TempDir Path dir) throws IOException {
        Path notebooks = dir.resolve("notebooks");
        // Each JVM also prints past the cells' capture, straight to its standard error: the slow one first in
        // order but last in time. What a JVM prints is reported with its notebook, in the notebooks' order.
        String direct = "new java.io.FileOutputStream(java.io.FileDescriptor.err).write(\"printed by the JVM of %s\\n\".getBytes());";
        writeNotebook(notebooks.resolve("01-slow.ipynb"), "Thread.sleep(3000);", direct.formatted("01"), "\"slow\"");
        writeNotebook(notebooks.resolve("02-quick.ipynb"), direct.formatted("02"), "\"quick\"");

        Run run = build("--jobs", "2", "--notebooks", notebooks.toString(), "--out", dir.resolve("course").toString());

        assertEquals(0, run.status(), run::all);
        List<String> reported = run.out().lines().filter(l -> l.endsWith(" ok")).toList();
        assertEquals(2, reported.size(), run::all);
        assertTrue(reported.get(0).startsWith("01-slow.ipynb") && reported.get(1).startsWith("02-quick.ipynb"),
                run::all);
        assertTrue(run.out().contains("with 2 jobs"), run::all);
        int first = run.out().indexOf("printed by the JVM of 01");
        int second = run.out().indexOf("printed by the JVM of 02");
        assertTrue(first >= 0 && second > first, run::all);
        assertTrue(Files.readString(dir.resolve("course-executed/01-slow.ipynb")).contains("\"slow\""), run::all);
        assertTrue(Files.isRegularFile(dir.resolve("course/site/index.html")), run::all);
    }

    @Test
    void jobsOutOfRangeAreAUsageErrorThatSaysSo(@TempDir Path dir) throws IOException {
        writeNotebook(dir.resolve("notebooks/01-a.ipynb"), "1");

        Run run = build("--jobs", "0", "--notebooks", dir.resolve("notebooks").toString(),
                "--out", dir.resolve("course").toString());

        assertEquals(2, run.status(), run::all);
        assertTrue(run.err().contains("--jobs must be 1 to 256, got 0"), run::all);
    }

    @Test
    void anOutputFolderHoldingTheNotebooksIsRefused(@TempDir Path dir) throws IOException {
        Path course = dir.resolve("target/course");
        writeNotebook(course.resolve("notebooks/01-a.ipynb"), "1");
        byte[] before = Files.readAllBytes(course.resolve("notebooks/01-a.ipynb"));

        Run run = build("--notebooks", course.resolve("notebooks").toString(), "--out", course.toString());

        assertEquals(1, run.status(), run::all);
        assertTrue(run.err().startsWith("course build: refused: the output folder " + course
                + " contains the notebooks folder"), run::all);
        assertEquals(List.of(course.resolve("notebooks/01-a.ipynb")), files(dir), "nothing written");
        assertEquals(new String(before, StandardCharsets.UTF_8),
                Files.readString(course.resolve("notebooks/01-a.ipynb")));
    }

    @Test
    void aBuildIntoItsOwnNotebooksFolderIsRefused(@TempDir Path dir) throws IOException {
        writeNotebook(dir.resolve("notebooks/01-a.ipynb"), "1");
        Path out = dir.resolve("notebooks/course");

        Run run = build("--notebooks", dir.resolve("notebooks").toString(), "--out", out.toString());

        assertEquals(1, run.status(), run::all);
        assertEquals("course build: refused: the notebooks folder " + dir.resolve("notebooks")
                + " contains the output folder " + out
                + "; the build would read its own output as notebooks. Choose an --out outside it",
                run.err().strip());
        assertEquals(List.of(dir.resolve("notebooks/01-a.ipynb")), files(dir), "nothing written");
    }

    @Test
    void aFileInTheExecutedCopiesIsKeptAndNamed(@TempDir Path dir) throws IOException {
        writeNotebook(dir.resolve("notebooks/01-a.ipynb"), "1");
        Files.createDirectories(dir.resolve("course-executed"));
        Files.writeString(dir.resolve("course-executed/mynotes.txt"), NOTES);

        Run run = build("--notebooks", dir.resolve("notebooks").toString(), "--out", dir.resolve("course").toString());

        assertEquals(1, run.status(), run::all);
        assertTrue(run.err().startsWith("course build: refused: " + dir.resolve("course-executed")
                + " holds 1 file(s) the export did not write"), run::all);
        assertEquals(NOTES, Files.readString(dir.resolve("course-executed/mynotes.txt")));
        assertEquals(List.of(dir.resolve("course-executed/mynotes.txt"), dir.resolve("notebooks/01-a.ipynb")),
                files(dir), "nothing written");
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * A chapter with one exercise: its answer cell (with an output left in the file), check cell and solution folded
     * in Markdown, and an old-style solution in a code cell, which prints "✔ Right" when it runs.
     */
    private static final String EXERCISE = """
            {"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": "java", "language": "java"}},
             "cells": [
              {"cell_type": "markdown", "metadata": {}, "source": "# One exercise"},
              {"cell_type": "code", "metadata": {"tags": ["answer"], "neuralmath": {"exercise": "04.weighted-sum-by-hand"}},
               "source": "double myZ = 0;", "execution_count": 7,
               "outputs": [{"output_type": "stream", "name": "stdout", "text": "left from a run\\n"}]},
              {"cell_type": "code", "metadata": {"tags": ["check"], "editable": false, "deletable": false,
               "neuralmath": {"exercise": "04.weighted-sum-by-hand"}},
               "source": "neuralmath.course.exercise.Exercise.check(\\"04.weighted-sum-by-hand\\", myZ);",
               "execution_count": null, "outputs": []},
              {"cell_type": "markdown", "metadata": {"tags": ["solution"], "neuralmath": {"exercise": "04.weighted-sum-by-hand"}},
               "source": "<details>\\n<summary>Solution</summary>\\n\\n```java\\ndouble myZ = -1.3;\\n```\\n\\n</details>"},
              {"cell_type": "code", "metadata": {"tags": ["solution"]},
               "source": "neuralmath.course.exercise.Exercise.check(\\"04.weighted-sum-by-hand\\", -1.3);",
               "execution_count": null, "outputs": []}
             ]}
            """;

    @Test
    void theStudentEditionHasNoSolutionAndNoOutputAndRunsWithoutARightAnswer(@TempDir Path dir) throws IOException {
        Path notebooks = dir.resolve("notebooks");
        Files.createDirectories(notebooks.resolve("jars"));
        Files.writeString(notebooks.resolve("01-exercise.ipynb"), EXERCISE);
        Files.writeString(notebooks.resolve("jars/library.jar"), "the library's bytes");
        Files.writeString(notebooks.resolve("jars/README.md"), "not a jar");
        Path course = dir.resolve("course");

        Run run = build("--jobs", "1", "--notebooks", notebooks.toString(), "--out", course.toString());

        assertEquals(0, run.status(), run::all);
        assertTrue(run.out().contains("To hand out: " + course.resolve("student") + " (no solutions) and "
                + course.resolve("instructor") + " (with solutions)"), run::all);
        List<Notebook.Cell> source = Notebook.read(notebooks.resolve("01-exercise.ipynb")).cells();
        Path student = course.resolve("student/01-exercise.ipynb");
        Path instructor = course.resolve("instructor/01-exercise.ipynb");
        assertEquals(sources(source.subList(0, 3)), sources(Notebook.read(student).cells()), "no solution cell");
        assertEquals(sources(source), sources(Notebook.read(instructor).cells()), "every cell");
        for (Path edition : List.of(student, instructor)) {
            for (Notebook.Cell cell : Notebook.read(edition).cells()) {
                assertTrue(cell.outputs().isEmpty() && cell.executionCount().isEmpty(), edition + " cell " + cell.number());
            }
            assertEquals("the library's bytes", Files.readString(edition.resolveSibling("jars/library.jar")));
            assertFalse(Files.exists(edition.resolveSibling("jars/README.md")), "only the jars");
        }

        String studentPrinted = printedWhenRun(student);
        assertTrue(studentPrinted.contains(Check.NOT_YET), studentPrinted);
        assertFalse(printsARightAnswer(studentPrinted), studentPrinted);
        String instructorPrinted = printedWhenRun(instructor);
        assertTrue(printsARightAnswer(instructorPrinted), "the check above can fail: " + instructorPrinted);
    }

    @Test
    void aFileOfYoursInAnEditionStopsTheBuildAndIsKept(@TempDir Path dir) throws IOException {
        writeNotebook(dir.resolve("notebooks/01-a.ipynb"), "1");
        Path course = dir.resolve("course");
        Files.createDirectories(course.resolve("student"));
        Files.writeString(course.resolve("student/mynotes.txt"), NOTES);

        Run run = build("--notebooks", dir.resolve("notebooks").toString(), "--out", course.toString());

        assertEquals(1, run.status(), run::all);
        assertTrue(run.err().startsWith("course build: refused: " + course
                + " holds 1 file(s) the export did not write (they are not listed in "
                + course.resolve(".course-editions") + "), such as "
                + course.resolve("student/mynotes.txt") + "; nothing was changed."), run::all);
        assertEquals(NOTES, Files.readString(course.resolve("student/mynotes.txt")));
        assertFalse(Files.exists(course.resolve("site/index.html")), run::all);
    }

    @Test
    void aSecondBuildReplacesTheEditionsItWrote(@TempDir Path dir) throws IOException {
        Path notebooks = dir.resolve("notebooks");
        writeNotebook(notebooks.resolve("01-a.ipynb"), "1");
        writeNotebook(notebooks.resolve("02-b.ipynb"), "2");
        Path course = dir.resolve("course");
        assertEquals(0, build("--notebooks", notebooks.toString(), "--out", course.toString()).status());
        Files.delete(notebooks.resolve("02-b.ipynb"));

        Run again = build("--notebooks", notebooks.toString(), "--out", course.toString());

        assertEquals(0, again.status(), again::all);
        assertTrue(Files.isRegularFile(course.resolve("student/01-a.ipynb")), again::all);
        assertFalse(Files.exists(course.resolve("student/02-b.ipynb")), "the last build's file is removed");
        assertFalse(Files.exists(course.resolve("instructor/02-b.ipynb")), "the last build's file is removed");
    }

    private static List<String> sources(List<Notebook.Cell> cells) {
        return cells.stream().map(Notebook.Cell::source).toList();
    }

    /** What the notebook's cells print when it runs, all of it. */
    private static String printedWhenRun(Path notebook) throws IOException {
        ExecutedNotebook executed = new NotebookRunner().run(notebook);
        assertTrue(executed.passed(), executed.failureReport());
        StringBuilder printed = new StringBuilder();
        for (Notebook.Cell cell : executed.notebook().cells()) {
            cell.outputs().forEach(output -> printed.append(Notebook.text(output.path("text"))));
        }
        return printed.toString();
    }

    /** Whether an exercise's check printed "✔ Right" (a line of {@link Check} has no points and does not count). */
    private static boolean printsARightAnswer(String printed) {
        Matcher verdicts = Verdict.PRINTED.matcher(printed);
        while (verdicts.find()) {
            if (verdicts.group("mark").equals(Check.RIGHT)) {
                return true;
            }
        }
        return false;
    }
}
