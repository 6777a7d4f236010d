package neuralmath.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import neuralmath.notebook.Notebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@link CellObserver} hears of each cell that ran, in the JVM that runs the notebook, as soon as it ends. */
class CellObserverTest {

    /** Writes "cell N: STATUS" beside the notebook for each cell it is told about. */
    public static final class CellsHeard implements CellObserver {
        @Override
        public void cellRan(Notebook notebook, Notebook.Cell cell, CellResult result) {
            try {
                Files.writeString(notebook.path().toAbsolutePath().resolveSibling("heard.txt"),
                        "cell " + cell.number() + ": " + result.status() + "\n",
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void eachCellThatRanIsToldInTheNotebooksOwnJvmUpToTheCellThatEndedIt(@TempDir Path dir) throws IOException {
        Path notebook = dir.resolve("observed.ipynb");
        Fixtures.writeNotebook(notebook, List.of("int a = 1;", "throw new IllegalStateException(\"no\");",
                "int b = 2;", "Runtime.class.getMethod(\"halt\", int.class).invoke(Runtime.getRuntime(), 0);",
                "int c = 3;"));

        new NotebookRunner().continuingAfterFailures(true).inOwnJvm(256L << 20)
                .observingEachCellWith(CellsHeard.class).run(notebook);

        assertEquals(List.of("cell 1: PASSED", "cell 2: FAILED", "cell 3: PASSED"),
                Files.readAllLines(dir.resolve("heard.txt")));
    }
}
