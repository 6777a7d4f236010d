package neuralmath.suite;

import neuralmath.notebook.Notebook;
import neuralmath.runner.ExecutedNotebook;
import neuralmath.runner.NotebookRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import neuralmath.course.exercise.ExerciseCatalogue;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The course's notebooks: each runs without a failing cell, and each is kept in git without outputs. */
class NotebookSuiteTest {

    /** The runner's fixtures of a passing and a failing notebook (notebook-runner's test resources). */
    private static final Path RUN_FIXTURES = NotebookSuite.repositoryRoot()
            .resolve("tests/notebook-runner/src/test/resources/neuralmath/runner/suite/run");
    private static final Path NOTEBOOKS = NotebookSuite.repositoryRoot().resolve("notebooks");

    @TestFactory
    Stream<DynamicTest> everyNotebookRunsWithoutAFailingCell() throws IOException {
        return NotebookSuite.runEach(NOTEBOOKS, Path.of("target", "notebooks-with-solutions"),
                Path.of("target", "executed-notebooks"));
    }

    @TestFactory
    Stream<DynamicTest> everyNotebookNeedsOnlyWhatTheSuiteKnows() throws IOException {
        return NotebookRunner.findNotebooks(NOTEBOOKS).stream().map(notebook -> DynamicTest.dynamicTest(
                NOTEBOOKS.relativize(notebook).toString(), () -> assertTrue(
                        List.of(NotebookSuite.FASHION_MNIST).containsAll(NotebookSuite.requires(notebook)),
                        notebook + " requires " + NotebookSuite.requires(notebook) + ", but the notebook suite runs"
                                + " only notebooks that need nothing or " + NotebookSuite.FASHION_MNIST)));
    }

    @TestFactory
    Stream<DynamicTest> everyNotebookIsStoredWithoutOutputs() throws IOException {
        return NotebookRunner.findNotebooks(NOTEBOOKS).stream().map(notebook -> DynamicTest.dynamicTest(
                NOTEBOOKS.relativize(notebook).toString(), () -> NotebookSuite.assertStoredWithoutOutputs(notebook)));
    }

    @TestFactory
    Stream<DynamicTest> everyNotebookOpensWithItsTitleAndTheSetupCellAndHidesItsSolutions() throws IOException {
        return NotebookRunner.findNotebooks(NOTEBOOKS).stream().map(notebook -> DynamicTest.dynamicTest(
                NOTEBOOKS.relativize(notebook).toString(), () -> CourseConventions.assertWellFormed(notebook)));
    }

    @Test
    void theJarsTheSetupCellLoadsAreThereAfterTheBuild() throws IOException {
        CourseConventions.assertJarsBuilt(NOTEBOOKS);
    }

    @Test
    void theConventionsCheckFailsOnANotebookWithoutSetupCellOrWithAVisibleSolution() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> CourseConventions.assertWellFormed(fixture("conventions/ill-formed.ipynb")));
        String message = failure.getMessage();
        assertAll(
                () -> assertTrue(message.contains("the first cell must be markdown"), message),
                () -> assertTrue(message.contains("the first code cell must be the setup cell"), message),
                () -> assertTrue(message.contains("cell 3 is a solution in a code cell, which Run All executes"), message),
                () -> assertTrue(message.contains("cell 4 is tagged 'exercise', the old form of an exercise"), message));
    }

    @TestFactory
    Stream<DynamicTest> everyExerciseOfTheCatalogueIsInItsChapter() throws IOException {
        List<Path> notebooks = NotebookRunner.findNotebooks(NOTEBOOKS);
        return ExerciseCatalogue.all().stream().map(exercise -> DynamicTest.dynamicTest(exercise.id(), () -> {
            List<String> holding = new ArrayList<>();
            for (Path notebook : notebooks) {
                for (Notebook.Cell cell : Notebook.read(notebook).cells()) {
                    if (cell.tags().contains(ExerciseCells.ANSWER) && ExerciseCells.exerciseOf(cell).equals(exercise.id())) {
                        holding.add(NOTEBOOKS.relativize(notebook).toString());
                    }
                }
            }
            assertEquals(1, holding.size(), exercise.id() + " must have one answer cell in the course, has " + holding);
            assertTrue(holding.get(0).startsWith(exercise.chapter() + "-"),
                    exercise.id() + " is in " + holding.get(0) + ", not in chapter " + exercise.chapter());
        }));
    }

    @Test
    void theConventionsCheckFailsOnAClaimInTheReadersWayAndOnPlumbingInTheOpeningCells() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> CourseConventions.assertWellFormed(fixture("conventions/claims-and-opening.ipynb")));
        String message = failure.getMessage();
        assertAll(
                () -> assertTrue(message.contains("the setup cell must be tagged [remove-input, setup]"), message),
                () -> assertTrue(message.contains("cell 3 (the imports) must import the library first, then Java's"
                        + " and other libraries': import java.util.stream.*; comes before import neuralmath.la.Matrix;"),
                        message),
                () -> assertTrue(message.contains("cell 3 (the imports) must be tagged [hide-input, imports], is tagged []"),
                        message),
                () -> assertTrue(message.contains("cell 4 calls Claim in the reader's way"), message),
                () -> assertTrue(message.contains("cell 5 is tagged remove-cell but its source is not hidden"),
                        message),
                () -> assertFalse(message.contains("cell 6"), "a hidden, skipped remove-cell may call Claim: "
                        + message));
    }

    /**
     * IJava and JJava pass over a {@code %classpath} that matches nothing; the setup cell's next line then says what
     * to do. Run here without that line, in a JVM started in a folder without jars, as the kernels run it; the runner
     * itself stops at the {@code %classpath} line, naming the folder.
     */
    /** The README's row quotes it: the kernels show it after the exception's class. */
    private static final String NOT_BUILT =
            "The course library is not built yet. In the course folder run: ./mvnw -B -pl lib -am package -DskipTests   then restart the kernel.";

    @Test
    void theSetupCellSaysHowToBuildTheLibraryWhenItsJarsAreMissing(@TempDir Path folder) throws IOException {
        String asTheKernelsRunIt = CourseConventions.SETUP_CELL.replace("%classpath jars/*.jar\n", "");
        NotebookRunner inTheNotebooksFolder = new NotebookRunner().inOwnJvm(256L << 20);
        ExecutedNotebook kernels = inTheNotebooksFolder.run(oneCellNotebook(folder.resolve("kernels.ipynb"),
                asTheKernelsRunIt));
        ExecutedNotebook runner = inTheNotebooksFolder.run(oneCellNotebook(folder.resolve("runner.ipynb"),
                CourseConventions.SETUP_CELL));
        assertAll(
                () -> assertFalse(kernels.passed()),
                () -> assertTrue(kernels.failureReport().contains("java.lang.IllegalStateException: " + NOT_BUILT),
                        kernels.failureReport()),
                () -> assertFalse(runner.passed()),
                () -> assertTrue(runner.failureReport().contains("%classpath jars/*.jar: nothing matches"),
                        runner.failureReport()));
    }

    private static Path oneCellNotebook(Path file, String source) throws IOException {
        ObjectNode notebook = new ObjectMapper().createObjectNode().put("nbformat", 4).put("nbformat_minor", 5);
        notebook.putObject("metadata").putObject("kernelspec").put("name", "java").put("language", "java");
        notebook.putArray("cells").addObject().put("cell_type", "code").put("id", "setup").put("source", source)
                .putNull("execution_count").putArray("outputs");
        ((ObjectNode) notebook.get("cells").get(0)).putObject("metadata");
        Files.writeString(file, notebook.toPrettyString());
        return file;
    }

    @Test
    void theExerciseConventionsNameEveryIllFormedExerciseCell() throws IOException {
        List<String> faults = ExerciseConventions.faults(Notebook.read(fixture("conventions/exercise-cells.ipynb")).cells());
        String all = String.join("\n", faults);
        List<String> expected = List.of(
                "cell 2 is tagged 'exercise', the old form of an exercise",
                "cell 3 is a solution in a code cell, which Run All executes",
                "cell 3 is a solution cell, but the cell before it is not the check cell of its exercise",
                "cell 3 is a solution cell that Jupyter's own slideshow would show",
                "cell 5 must be exactly one statement, Exercise.check(\"04.weighted-sum-by-hand\", ...); it is:"
                        + " Exercise.check(\"04.weighted-sum-by-hand\", myZ); System.out.println(\"done\");",
                "cell 5 is a check cell the learner can edit or delete",
                "cell 6 must hold the fold and nothing else",
                "cell 6 is a solution cell that Jupyter's own slideshow would show",
                "cell 7 is the answer cell of 04.no-such-exercise, which is not in the library's catalogue: there is no"
                        + " exercise \"04.no-such-exercise\"; chapter 04 has 04.weighted-sum-by-hand",
                "cell 7 is the answer cell of 04.no-such-exercise, but the next cell is not its check cell",
                "cell 7 is the answer cell of 04.no-such-exercise, but the cell after its check is not its solution cell",
                "cell 9 is the answer cell of 04.weighted-sums-from-rows, but the cell after its check is not its"
                        + " solution cell",
                "cell 10 must be exactly one statement, Exercise.check(\"04.weighted-sums-from-rows\", ...); it is:"
                        + " Exercise.check(\"04.weighted-sum-by-hand\",",
                "cell 11 is a solution cell, but the cell before it is not the check cell of its exercise"
                        + " 04.weighted-sum-by-hand",
                "cell 12 calls Exercise.check outside a check cell",
                "cell 13 is a second answer cell of 04.weighted-sum-by-hand (the first is cell 4)",
                "cell 16 is a second answer cell of 04.weighted-sums-from-rows (the first is cell 9)",
                "the hint of 04.weighted-sum-by-hand holds the line 'addthethreeproducts"
                        + "' (blanks left out) of its solution (cell 15)",
                "cell 19 holds the code of the solution of 04.weighted-sums-from-rows (cell 18), which Run All would run");
        assertAll(expected.stream().map(fault -> () -> assertTrue(faults.stream().anyMatch(f -> f.startsWith(fault)),
                "missing: " + fault + "\nin:\n" + all)));
        assertEquals(expected.size(), faults.size(), all);
    }

    @Test
    void wellFormedExercisesKeepEveryConventionStoredAndRun(@TempDir Path dir) throws IOException {
        Path good = fixture("conventions/exercise-cells-good.ipynb");
        assertEquals(List.of(), ExerciseConventions.faults(Notebook.read(good).cells()));

        assertEquals(2, SolutionRuns.write(good, dir.resolve("good.ipynb")));
        ExecutedNotebook executed = new NotebookRunner().run(dir.resolve("good.ipynb"));

        assertTrue(executed.passed(), executed.failureReport());
        assertDoesNotThrow(() -> ExerciseConventions.assertExercisesCheck(executed));
        List<Notebook.Cell> cells = executed.notebook().cells();
        assertEquals(List.of("answer", "check", "inserted solution", "inserted check", "solution"),
                cells.subList(3, 8).stream().map(NotebookSuiteTest::role).toList());
        assertTrue(ExerciseConventions.printed(cells.get(4)).startsWith("✘ Not yet: z of one neuron"));
        assertTrue(ExerciseConventions.printed(cells.get(6)).startsWith("✔ Right: z of one neuron"));
    }

    @Test
    void theRunOfTheExercisesFailsOnARightStubAWrongSolutionAStubThatIsAKnownMistakeAndAFakeVerdict(@TempDir Path dir)
            throws IOException {
        assertEquals(4, SolutionRuns.write(fixture("conventions/exercises.ipynb"), dir.resolve("exercises.ipynb")));
        ExecutedNotebook executed = new NotebookRunner().run(dir.resolve("exercises.ipynb"));
        assertTrue(executed.passed(), executed.failureReport());

        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> ExerciseConventions.assertExercisesCheck(executed));

        String message = failure.getMessage();
        assertAll(
                () -> assertTrue(message.contains("check cell 4 "
                        + "must print '✘ Not yet:' as the course ships it (its stub's verdict), printed: "
                        + "✔ Right: z of one neuron"), message),
                () -> assertTrue(message.contains("the solution of 04.weighted-sum-by-hand (after check cell 7"
                        + ") must make its check print '✔ Right:' with every point, printed: "
                        + "✘ Not yet:"), message),
                () -> assertTrue(message.contains("check cell 10: the stub's verdict names the known mistake "
                        + "\"your z is the right z minus b: did you add the bias?\""), message),
                () -> assertTrue(message.contains("cell 12 prints an exercise's '✔ Right:' as the course ships it"),
                        message),
                () -> assertFalse(message.contains("cell 13"), "a line of Check is no exercise's verdict: " + message),
                () -> assertFalse(message.contains("after check cell 4)"), message),
                () -> assertFalse(message.contains("cell 15"), message),
                () -> assertEquals(4, message.split("; ").length, message));
    }

    @Test
    void theSuitePassesAGoodNotebookAndFailsABadOneNamingCellLinesAndError(@TempDir Path executed) throws IOException {
        List<DynamicTest> tests = NotebookSuite.runEach(RUN_FIXTURES, executed.resolve("with-solutions"), executed)
                .collect(Collectors.toList());
        assertEquals(List.of("bad.ipynb", "good.ipynb"),
                tests.stream().map(DynamicTest::getDisplayName).collect(Collectors.toList()));
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> tests.get(0).getExecutable().execute());
        String message = failure.getMessage();
        assertAll(
                () -> assertTrue(message.contains("bad.ipynb, cell 2, line 2:"), message),
                () -> assertTrue(message.contains("| // a broken assignment\n"), message),
                () -> assertTrue(message.contains("| int height = \"four\";\n"), message),
                () -> assertTrue(message.contains("incompatible types: java.lang.String cannot be converted to int"), message));
        assertDoesNotThrow(() -> tests.get(1).getExecutable().execute());
        assertTrue(executed.resolve("good.ipynb").toFile().isFile());
    }

    @Test
    void theStoredWithoutOutputsCheckFailsOnANotebookWithOutputs() {
        assertDoesNotThrow(() -> NotebookSuite.assertStoredWithoutOutputs(fixture("stored/clean.ipynb")));
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> NotebookSuite.assertStoredWithoutOutputs(fixture("stored/with-outputs.ipynb")));
        assertTrue(failure.getMessage().contains("cell 2 has 1 outputs and execution count 2"), failure.getMessage());
    }

    @Test
    void theRepositoryRootIsFoundFromTheTestsModule() {
        Path root = NotebookSuite.repositoryRoot();
        assertTrue(root.resolve("lib/src/main/java/neuralmath/la/Matrix.java").toFile().isFile(), root.toString());
    }

    private static String role(Notebook.Cell cell) {
        String inserted = cell.metadata().path("neuralmath").path(SolutionRuns.INSERTED).asText("");
        return inserted.isEmpty() ? String.join(" ", cell.tags()) : "inserted " + inserted;
    }

    /** A fixture under src/test/resources/neuralmath/suite/. */
    private static Path fixture(String relative) {
        URL url = NotebookSuiteTest.class.getResource(relative);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + relative + " next to " + NotebookSuiteTest.class.getName());
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
