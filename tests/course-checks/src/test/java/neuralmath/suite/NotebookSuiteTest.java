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
import java.util.List;
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
        return NotebookSuite.runEach(NOTEBOOKS, Path.of("target", "executed-notebooks"));
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
                () -> assertTrue(message.contains("cell 3 is a solution but its source is not hidden"), message),
                () -> assertTrue(message.contains("cell 4 is an exercise but the next cell is not its solution"), message));
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
                () -> assertTrue(message.contains("cell 4 calls Claim in the reader's way"), message),
                () -> assertTrue(message.contains("cell 5 is tagged remove-cell but its source is not hidden"),
                        message),
                () -> assertFalse(message.contains("cell 6"), "a hidden, skipped remove-cell may call Claim: "
                        + message),
                () -> assertFalse(message.contains("cell 7"), "a solution may check its numbers: " + message));
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
    void theExerciseCheckFailsWhenAnExerciseAlreadyPassesOrASolutionFails() throws IOException {
        ExecutedNotebook executed = new NotebookRunner().run(fixture("conventions/exercises.ipynb"));
        assertTrue(executed.passed(), executed.failureReport());
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> CourseConventions.assertExercisesCheck(executed));
        String message = failure.getMessage();
        assertAll(
                () -> assertTrue(message.contains("exercise cell 1 must print '✘ Not yet:'"), message),
                () -> assertTrue(message.contains("solution cell 2 must pass its check"), message),
                () -> assertFalse(message.contains("cell 3"), message),
                () -> assertFalse(message.contains("cell 4"), message));
    }

    @Test
    void theSuitePassesAGoodNotebookAndFailsABadOneNamingCellLinesAndError(@TempDir Path executed) throws IOException {
        List<DynamicTest> tests = NotebookSuite.runEach(RUN_FIXTURES, executed)
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
