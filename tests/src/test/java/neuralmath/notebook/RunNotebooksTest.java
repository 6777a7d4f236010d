package neuralmath.notebook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunNotebooksTest {

    @Test
    void aFolderOfNotebooksIsRunAndAFailingCellMakesTheExitStatusOne(@TempDir Path out) throws IOException {
        int status = RunNotebooks.execute("--output-dir", out.toString(), Fixtures.path("suite/run").toString());

        assertEquals(1, status);
        assertTrue(Notebook.read(out.resolve("good.ipynb")).cells().get(1).executionCount().isPresent());
        assertFalse(Notebook.read(out.resolve("bad.ipynb")).cells().get(1).outputs().isEmpty());
    }

    @Test
    void aPassingNotebookGivesExitStatusZero(@TempDir Path out) {
        int status = RunNotebooks.execute("-o", out.toString(), Fixtures.path("suite/run/good.ipynb").toString());

        assertEquals(0, status);
        assertTrue(Files.isRegularFile(out.resolve("good.ipynb")));
    }

    @Test
    void aMissingPathIsAUsageError(@TempDir Path out) {
        assertEquals(2, RunNotebooks.execute("-o", out.toString(), out.resolve("missing.ipynb").toString()));
    }
}
