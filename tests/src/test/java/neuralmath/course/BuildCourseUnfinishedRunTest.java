package neuralmath.course;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** build-course cannot report success when a notebook ended its JVM: it builds nothing and fails. */
class BuildCourseUnfinishedRunTest {

    @Test
    void aNotebookThatEndsItsJvmThroughReflectionFailsTheBuild(@TempDir Path dir) throws IOException {
        Path notebooks = dir.resolve("notebooks");
        Files.createDirectories(notebooks);
        ObjectMapper json = new ObjectMapper();
        ObjectNode notebook = json.createObjectNode();
        ObjectNode cell = notebook.putArray("cells").addObject();
        cell.put("cell_type", "code").put("source", "System.class.getMethod(\"exit\", int.class).invoke(null, 0);")
                .putNull("execution_count");
        cell.putObject("metadata");
        cell.putArray("outputs");
        notebook.putObject("metadata");
        notebook.put("nbformat", 4).put("nbformat_minor", 4);
        json.writeValue(notebooks.resolve("01-exits.ipynb").toFile(), notebook);
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status;
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            status = BuildCourseCommand.commandLine().execute("--notebooks", notebooks.toString(),
                    "--out", dir.resolve("course").toString());
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        String output = printed.toString(StandardCharsets.UTF_8);

        assertEquals(1, status, output);
        assertTrue(output.contains("UnfinishedRun: the notebook's run did not finish: its JVM ended with status 0"),
                output);
        assertFalse(Files.exists(dir.resolve("course/site/index.html")), output);
    }
}
