package neuralmath.grader;

import static neuralmath.grader.ClassOfSubmissions.BATCH;
import static neuralmath.grader.ClassOfSubmissions.BY_HAND;
import static neuralmath.grader.ClassOfSubmissions.NOTEBOOK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import neuralmath.notebook.Notebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notebook the grader runs: the submission's cells with the course's check cells in place, each once. */
class GradingCopyTest {

    private static final String COURSE_CHECK = "Exercise.check(\"04.weighted-sum-by-hand\", myZ);";

    private static List<String> sources(Notebook notebook) {
        return notebook.cells().stream().map(Notebook.Cell::source).toList();
    }

    private static GradingCopy copy(Path dir, ClassOfSubmissions.Submission submission) throws IOException {
        Path course = ClassOfSubmissions.course(dir.resolve("course"));
        submission.handIn(dir.resolve("in"), "student");
        return GradingCopy.of(Notebook.read(course.resolve(NOTEBOOK)),
                Notebook.read(dir.resolve("in/student").resolve(NOTEBOOK)));
    }

    @Test
    void anEditedCheckCellIsReplacedInItsPlaceAndCellsOfTheStudentsOwnAreKept(@TempDir Path dir) throws IOException {
        Path course = ClassOfSubmissions.course(dir.resolve("c"));
        GradingCopy copy = copy(dir, ClassOfSubmissions.of(course).editCheck(BY_HAND, "System.out.println(1);")
                .addCellAfter(BY_HAND, "check", "int mine = 1;"));

        Notebook graded = copy.notebook(Notebook.read(course.resolve(NOTEBOOK)), dir.resolve("graded.ipynb"));

        assertEquals(COURSE_CHECK, sources(graded).get(5));
        assertEquals("int mine = 1;", sources(graded).get(6));
        assertEquals(Map.of(6, BY_HAND, 11, BATCH), copy.checkCells());
    }

    @Test
    void aDeletedCheckCellIsPutBackAfterItsAnswerCellOrAtTheEnd(@TempDir Path dir) throws IOException {
        Path course = ClassOfSubmissions.course(dir.resolve("c"));
        GradingCopy copy = copy(dir, ClassOfSubmissions.of(course).delete(BY_HAND, "check")
                .delete(BATCH, "answer").delete(BATCH, "check"));

        Notebook graded = copy.notebook(Notebook.read(course.resolve(NOTEBOOK)), dir.resolve("graded.ipynb"));

        assertEquals(COURSE_CHECK, sources(graded).get(5));
        assertEquals(Map.of(6, BY_HAND, 11, BATCH), copy.checkCells());
        assertEquals(11, graded.cells().size());
    }

    @Test
    void aCopyOfACheckCellIsLeftOut(@TempDir Path dir) throws IOException {
        Path course = ClassOfSubmissions.course(dir.resolve("c"));
        ClassOfSubmissions.Submission twice = ClassOfSubmissions.of(course);
        twice.handIn(dir.resolve("first"), "student");
        Notebook original = Notebook.read(dir.resolve("first/student").resolve(NOTEBOOK));
        List<com.fasterxml.jackson.databind.node.ObjectNode> cells = new java.util.ArrayList<>();
        original.cells().forEach(cell -> cells.add(cell.json()));
        cells.add(original.cells().get(5).json());
        Notebook withCopy = original.withCells(dir.resolve("copy.ipynb"), cells);

        GradingCopy copy = GradingCopy.of(Notebook.read(course.resolve(NOTEBOOK)), withCopy);

        assertEquals(Map.of(6, BY_HAND, 10, BATCH), copy.checkCells());
        assertEquals(12, copy.notebook(withCopy, dir.resolve("graded.ipynb")).cells().size());
    }
}
