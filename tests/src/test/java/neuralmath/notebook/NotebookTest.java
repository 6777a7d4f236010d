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
    void aFileThatIsNotJsonIsNamedWithTheLine(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.ipynb");
        Files.writeString(broken, "{\n \"cells\": [\n  {\"cell_type\": \"code\",\n");
        IOException error = assertThrows(IOException.class, () -> Notebook.read(broken));
        assertTrue(error.getMessage().startsWith(broken + ": not a notebook, its JSON does not parse at line "),
                error.getMessage());
    }

    @Test
    void aNotebookWithA30MbLineOfOutputAndA3000By3000ImageLoadsRunsAndIsWritten(@TempDir Path dir)
            throws IOException {
        Path notebook = dir.resolve("large.ipynb");
        Fixtures.writeNotebook(notebook, List.of("\"small again\""));
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(notebook.toFile());
        ObjectNode cell = (ObjectNode) root.get("cells").get(0);
        ObjectNode line = cell.withArray("outputs").addObject();
        line.put("output_type", "stream").put("name", "stdout").put("text", "7".repeat(30_000_000));
        ObjectNode image = cell.withArray("outputs").addObject();
        image.put("output_type", "display_data").putObject("metadata");
        // A 3000×3000 RGBA PNG that does not compress: 36 MB, 48 M characters of base64.
        image.putObject("data").put("image/png", "A".repeat(48_000_000));
        json.writeValue(notebook.toFile(), root);

        Notebook read = Notebook.read(notebook);
        ExecutedNotebook run = new NotebookRunner().run(notebook);
        run.write(dir.resolve("out.ipynb"));

        assertEquals(30_000_000, Notebook.joined(read.cells().get(0).outputs().get(0).get("text")).length());
        assertEquals(48_000_000, read.cells().get(0).outputs().get(1).get("data").get("image/png").asText().length());
        assertTrue(run.passed(), run::failureReport);
        assertEquals(1, Notebook.read(dir.resolve("out.ipynb")).cells().get(0).outputs().size());
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
