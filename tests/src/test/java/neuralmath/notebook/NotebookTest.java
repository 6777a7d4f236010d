package neuralmath.notebook;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
