package neuralmath.notebook;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
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
                () -> CourseConventions.assertWellFormed(Fixtures.path("suite/conventions/ill-formed.ipynb")));
        String message = failure.getMessage();
        assertAll(
                () -> assertTrue(message.contains("the first cell must be markdown"), message),
                () -> assertTrue(message.contains("the first code cell must be the setup cell"), message),
                () -> assertTrue(message.contains("cell 3 is a solution but its source is not hidden"), message),
                () -> assertTrue(message.contains("cell 4 is an exercise but the next cell is not its solution"), message));
    }

    @Test
    void theExerciseCheckFailsWhenAnExerciseAlreadyPassesOrASolutionFails() throws IOException {
        ExecutedNotebook executed = new NotebookRunner().run(Fixtures.path("suite/conventions/exercises.ipynb"));
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
        List<DynamicTest> tests = NotebookSuite.runEach(Fixtures.path("suite/run"), executed)
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
        assertDoesNotThrow(() -> NotebookSuite.assertStoredWithoutOutputs(Fixtures.path("suite/stored/clean.ipynb")));
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> NotebookSuite.assertStoredWithoutOutputs(Fixtures.path("suite/stored/with-outputs.ipynb")));
        assertTrue(failure.getMessage().contains("cell 2 has 1 outputs and execution count 2"), failure.getMessage());
    }

    @Test
    void theRepositoryRootIsFoundFromTheTestsModule() {
        Path root = NotebookSuite.repositoryRoot();
        assertTrue(root.resolve("lib/src/main/java/neuralmath/la/Matrix.java").toFile().isFile(), root.toString());
    }
}
