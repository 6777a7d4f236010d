package neuralmath.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A notebook as a course hands it out: some cells left out, no outputs; the notebook it came from unchanged. */
class HandedOutNotebookTest {

    private static final String EXECUTED = """
            {"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": "java"}},
             "cells": [
              {"cell_type": "markdown", "metadata": {}, "source": "# Title"},
              {"cell_type": "code", "metadata": {"tags": ["answer"], "neuralmath": {"exercise": "04.x"}},
               "source": "double z = 0;", "execution_count": 3,
               "outputs": [{"output_type": "stream", "name": "stdout", "text": "0.0"}]},
              {"cell_type": "markdown", "metadata": {"tags": ["solution"]}, "source": "the solution"}
             ]}
            """;

    @Test
    void theLeftOutCellsAndEveryOutputAreGoneAndTheRestIsKept(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("01-a.ipynb"), EXECUTED);
        Notebook executed = Notebook.read(file);

        Notebook handedOut = executed.handedOutWithout(Notebook.Cell::isSolution);
        handedOut.write(dir.resolve("out/01-a.ipynb"));
        List<Notebook.Cell> cells = Notebook.read(dir.resolve("out/01-a.ipynb")).cells();

        assertEquals(List.of("# Title", "double z = 0;"), cells.stream().map(Notebook.Cell::source).toList());
        assertTrue(cells.get(1).outputs().isEmpty());
        assertEquals(Optional.empty(), cells.get(1).executionCount());
        assertEquals("04.x", cells.get(1).metadata().path("neuralmath").path("exercise").asText());
        assertEquals(3, executed.cells().size(), "the notebook it came from keeps its cells");
        assertEquals(1, executed.cells().get(1).outputs().size(), "and its outputs");
    }
}
