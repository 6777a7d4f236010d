package neuralmath.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import neuralmath.notebook.Notebook;
import neuralmath.runner.NotebookRunner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The course as {@code course build} wrote it into target/course (an integration test: it runs after
 * {@code package}): the executed notebooks and the pages the site links to show no exercise answered right, as the
 * course ships with its stubs, and no solution that ran; the student edition has no solution and no output, and the
 * same code cells, so it runs as those executed notebooks ran; the instructor edition has every cell, solutions
 * included.
 */
class BuiltCourseEditionsIT {

    private static final Path NOTEBOOKS = NotebookSuite.repositoryRoot().resolve("notebooks");
    private static final Path BUILT = NotebookSuite.repositoryRoot().resolve("target/course");

    @TestFactory
    Stream<DynamicTest> theExecutedNotebooksAndTheirPagesShowNoExerciseAnsweredRight() throws IOException {
        return chapters().map(source -> DynamicTest.dynamicTest(name(source), () -> {
            Notebook executed = Notebook.read(built("notebooks", source));
            for (Notebook.Cell cell : executed.cells()) {
                assertFalse(cell.isCode() && cell.isSolution(), name(source) + " cell " + cell.number()
                        + " is a solution in a code cell, which ran with the course and shows its answer");
                List<ExerciseConventions.PrintedVerdict> verdicts = ExerciseConventions.verdicts(ExerciseConventions.printed(cell));
                assertTrue(verdicts.stream().noneMatch(ExerciseConventions.PrintedVerdict::right),
                        name(source) + " cell " + cell.number() + " shows an exercise answered right: "
                                + ExerciseConventions.printed(cell));
                if (cell.tags().contains(ExerciseCells.CHECK)) {
                    assertEquals(1, verdicts.size(), name(source) + " check cell " + cell.number()
                            + " shows one verdict, its stub's: " + ExerciseConventions.printed(cell));
                }
            }
            Path page = BUILT.resolve("site").resolve(name(source).replace(".ipynb", ".html"));
            assertTrue(Files.isRegularFile(page), "no " + page + ": run ./mvnw -B package first");
            for (Element output : Jsoup.parse(page.toFile(), "UTF-8").select("pre.output")) {
                assertTrue(ExerciseConventions.verdicts(output.wholeText()).stream()
                        .noneMatch(ExerciseConventions.PrintedVerdict::right), page + " shows " + output.wholeText());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> theStudentEditionHasEveryChapterWithoutSolutionsOrOutputs() throws IOException {
        return Stream.concat(Stream.of(DynamicTest.dynamicTest("the chapters and jars/", () -> {
            assertEquals(chapters().map(BuiltCourseEditionsIT::name).toList(),
                    NotebookRunner.findNotebooks(BUILT.resolve("student")).stream().map(BuiltCourseEditionsIT::name).toList());
            CourseConventions.assertJarsBuilt(BUILT.resolve("student"));
        })), chapters().map(source -> DynamicTest.dynamicTest(name(source), () -> {
            List<Notebook.Cell> cells = Notebook.read(source).cells();
            List<Notebook.Cell> handedOut = Notebook.read(built("student", source)).cells();
            assertEquals(sources(cells.stream().filter(cell -> !cell.isSolution()).toList()), sources(handedOut));
            assertNoOutputs(source, handedOut);
            for (int i = 0; i + 2 < cells.size(); i++) {
                if (cells.get(i).tags().contains(ExerciseCells.ANSWER) && cells.get(i + 2).isSolution()) {
                    List<String> solution = ExerciseCells.solutionLines(
                            ExerciseCells.solutionCode(cells.get(i + 2).source()).orElse(""), cells.get(i).source());
                    for (Notebook.Cell cell : handedOut) {
                        assertFalse(cell.isCode() && ExerciseCells.holdsSolution(cell.source(), solution),
                                name(source) + " cell " + cell.number() + " of the student edition holds the solution"
                                        + " of cell " + cells.get(i + 2).number());
                    }
                }
            }
        })));
    }

    @TestFactory
    Stream<DynamicTest> theInstructorEditionHasEveryCellWithoutOutputs() throws IOException {
        return Stream.concat(Stream.of(DynamicTest.dynamicTest("jars/",
                () -> CourseConventions.assertJarsBuilt(BUILT.resolve("instructor")))),
                chapters().map(source -> DynamicTest.dynamicTest(name(source), () -> {
                    List<Notebook.Cell> handedOut = Notebook.read(built("instructor", source)).cells();
                    assertEquals(sources(Notebook.read(source).cells()), sources(handedOut));
                    assertNoOutputs(source, handedOut);
                })));
    }

    private static Stream<Path> chapters() throws IOException {
        return NotebookRunner.findNotebooks(NOTEBOOKS).stream();
    }

    private static String name(Path notebook) {
        return notebook.getFileName().toString();
    }

    /** The file the build wrote for the chapter {@code source} in the folder {@code part} of target/course. */
    private static Path built(String part, Path source) {
        Path file = BUILT.resolve(part).resolve(NOTEBOOKS.relativize(source));
        assertTrue(Files.isRegularFile(file), "no " + file + ": run ./mvnw -B package first");
        return file;
    }

    private static List<String> sources(List<Notebook.Cell> cells) {
        return cells.stream().map(cell -> cell.type() + ": " + cell.source()).toList();
    }

    private static void assertNoOutputs(Path source, List<Notebook.Cell> cells) {
        for (Notebook.Cell cell : cells) {
            assertTrue(cell.outputs().isEmpty() && cell.executionCount().isEmpty(),
                    name(source) + " cell " + cell.number() + " is handed out with outputs");
        }
    }
}
