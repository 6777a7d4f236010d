package neuralmath.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {

    @Test
    void exportsTheCourseIntoTheOutFolder(@TempDir Path out) {
        int exit = ExportCommand.commandLine().execute(
                "--notebooks", CourseFixtures.executedNotebooks().toString(), "--out", out.toString());

        assertEquals(0, exit);
        assertTrue(Files.isRegularFile(out.resolve("site/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("slides/02-gradient.html")));
        assertTrue(Files.isRegularFile(out.resolve("notebooks/03-outlook.ipynb")));
        assertTrue(Files.isRegularFile(out.resolve("assets/katex/katex.min.js")));
    }

    @Test
    void aMissingNotebookFolderIsNamedInTheError(@TempDir Path out) {
        StringWriter err = new StringWriter();
        CommandLine command = ExportCommand.commandLine().setErr(new PrintWriter(err));

        int exit = command.execute("--notebooks", out.resolve("nowhere").toString(), "--out", out.toString());

        assertEquals(1, exit);
        assertTrue(err.toString().startsWith("course export: No folder of executed notebooks at "), err.toString());
        assertTrue(err.toString().contains("nowhere"), err.toString());
    }
}
