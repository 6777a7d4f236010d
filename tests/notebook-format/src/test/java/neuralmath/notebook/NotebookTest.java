package neuralmath.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookTest {

    @Test
    void aNotebookPutTogetherFromCellsOfOthersKeepsItsMetadataAndTheCellsExercises(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("course.ipynb");
        Files.writeString(file, "{\"cells\": [{\"cell_type\": \"code\", \"source\": \"int x = 1;\","
                + " \"metadata\": {\"neuralmath\": {\"exercise\": \"04.weighted-sum-by-hand\"}}},"
                + " {\"cell_type\": \"markdown\", \"source\": \"# Title\", \"metadata\": {}}],"
                + " \"metadata\": {\"kernelspec\": {\"name\": \"java\"}}, \"nbformat\": 4, \"nbformat_minor\": 5}");
        Notebook course = Notebook.read(file);

        Notebook reversed = course.withCells(dir.resolve("reversed.ipynb"),
                List.of(course.cells().get(1).json(), course.cells().get(0).json()));
        reversed.write(reversed.path());
        Notebook read = Notebook.read(dir.resolve("reversed.ipynb"));

        assertEquals(List.of("# Title", "int x = 1;"), read.cells().stream().map(Notebook.Cell::source).toList());
        assertEquals(java.util.Optional.of("04.weighted-sum-by-hand"), read.cells().get(1).exercise());
        assertEquals(java.util.Optional.empty(), read.cells().get(0).exercise());
        assertEquals("java", read.kernelName());
        assertEquals(2, course.cells().size(), "the notebook it was made from is unchanged");
    }

    @Test
    void aFileThatIsNotJsonIsNamedWithTheLine(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.ipynb");
        Files.writeString(broken, "{\n \"cells\": [\n  {\"cell_type\": \"code\",\n");
        IOException error = assertThrows(IOException.class, () -> Notebook.read(broken));
        assertTrue(error.getMessage().startsWith(broken + ": not a notebook, its JSON does not parse at line "),
                error.getMessage());
    }

    @Test
    void aNotebookWithA30MbLineOfOutputAndA3000By3000ImageIsReadAndWrittenWhole(@TempDir Path dir)
            throws IOException {
        Path notebook = dir.resolve("large.ipynb");
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode().put("nbformat", 4).put("nbformat_minor", 5);
        root.putObject("metadata");
        ObjectNode cell = root.putArray("cells").addObject().put("cell_type", "code").put("source", "1 + 1");
        cell.putObject("metadata");
        ObjectNode line = cell.putArray("outputs").addObject();
        line.put("output_type", "stream").put("name", "stdout").put("text", "7".repeat(30_000_000));
        ObjectNode image = cell.withArray("outputs").addObject();
        image.put("output_type", "display_data").putObject("metadata");
        // A 3000×3000 RGBA PNG that does not compress: 36 MB, 48 M characters of base64.
        image.putObject("data").put("image/png", "A".repeat(48_000_000));
        json.writeValue(notebook.toFile(), root);

        Notebook read = Notebook.read(notebook);
        read.write(dir.resolve("out.ipynb"));
        Notebook written = Notebook.read(dir.resolve("out.ipynb"));

        for (Notebook copy : List.of(read, written)) {
            assertEquals(30_000_000, Notebook.text(copy.cells().get(0).outputs().get(0).get("text")).length());
            assertEquals(48_000_000, copy.cells().get(0).outputs().get(1).get("data").get("image/png").asText().length());
        }
    }

    @Test
    void aCellOfAnUnknownTypeIsNamedWithItsNumber(@TempDir Path dir) throws IOException {
        Path odd = dir.resolve("odd.ipynb");
        Files.writeString(odd, "{\"nbformat\": 4, \"metadata\": {}, \"cells\": [{\"cell_type\": \"markdown\","
                + " \"source\": \"# Title\"}, {\"cell_type\": \"heading\", \"source\": \"\"}]}");

        IOException error = assertThrows(IOException.class, () -> Notebook.read(odd));

        assertEquals(odd + ": cell 2 has cell_type \"heading\", expected markdown, code or raw", error.getMessage());
    }

    @Test
    void textsAreWrittenAsListsOfLinesAndReadBackAsOneString(@TempDir Path dir) throws IOException {
        Path notebook = dir.resolve("lines.ipynb");
        Files.writeString(notebook, "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {\"kernelspec\":"
                + " {\"language\": \"Java\"}}, \"cells\": [{\"cell_type\": \"code\", \"metadata\": {\"tags\":"
                + " [\"solution\"]}, \"source\": \"int a = 1;\\nint b = 2;\", \"outputs\": [],"
                + " \"execution_count\": null}]}");

        Notebook.read(notebook).write(dir.resolve("out.ipynb"));
        Notebook written = Notebook.read(dir.resolve("out.ipynb"));

        assertTrue(Files.readString(dir.resolve("out.ipynb")).contains(
                "\"source\": [\n    \"int a = 1;\\n\",\n    \"int b = 2;\"\n   ]"), "lines as Jupyter writes them");
        assertEquals("int a = 1;\nint b = 2;", written.cells().get(0).source());
        assertTrue(written.cells().get(0).isSolution());
        assertEquals("java", written.language());
    }

    @Test
    void jsonNestedTooDeeplyIsNamedWithoutALocation(@TempDir Path dir) throws IOException {
        Path deep = dir.resolve("deep.ipynb");
        Files.writeString(deep, "{\"cells\": " + "[".repeat(1001) + "]".repeat(1001) + "}");

        IOException error = assertThrows(IOException.class, () -> Notebook.read(deep));

        assertTrue(error.getMessage().startsWith(deep
                + ": not a notebook, its JSON does not parse: Document nesting depth (1001) exceeds the maximum allowed (1000"),
                error.getMessage());
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.ipynb");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(Notebook.MAX_FILE_BYTES + 1); // sparse: takes no space on disk
        }

        IOException error = assertThrows(IOException.class, () -> Notebook.read(huge));

        assertEquals(huge + ": the file is 268,435,457 bytes, more than the 256 MiB a notebook may have here",
                error.getMessage());
    }
}
