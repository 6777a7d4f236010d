package neuralmath.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import neuralmath.testing.RequiredTool;
import neuralmath.testing.SystemTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The executed notebooks the export writes to notebooks/ pass nbformat's own validator (Debian's python3-nbformat,
 * which .ci/run installs), so Jupyter, nbviewer and nbconvert open them. Without it each test is reported as
 * skipped, saying so, or fails where CI requires every check.
 */
class NotebookValidationTest {

    @RegisterExtension
    static final RequiredTool NBFORMAT = SystemTools.nbformat();
    private static final String VALIDATE = """
            import sys, nbformat
            for path in sys.argv[1:]:
                nbformat.validate(nbformat.read(path, as_version=nbformat.NO_CONVERT))
                print("valid", path)
            """;

    @Test
    void exportedNotebooksAreValidNbformat4() throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("-c", VALIDATE));
        for (Path notebook : course().notebooks()) {
            arguments.add(notebook.toString());
        }

        Result result = run(arguments);

        assertEquals(0, result.exitCode(), result.output());
        assertEquals(course().notebooks().size(), result.output().lines()
                .filter(line -> line.startsWith("valid ")).count(), result.output());
    }

    @Test
    void theValidatorRejectsABrokenNotebook() throws IOException, InterruptedException {
        Path broken = Files.createTempFile("broken-", ".ipynb");
        Files.writeString(broken, Files.readString(course().notebooks().get(0))
                .replaceFirst("\"output_type\": \"stream\"", "\"output_type\": \"streams\""));
        try {
            assertEquals(1, run(List.of("-c", VALIDATE, broken.toString())).exitCode(),
                    "a misspelt output type must fail validation, or the test above proves nothing");
        } finally {
            Files.delete(broken);
        }
    }

    /** The course whose notebooks are validated: here the fixture course. */
    CourseSite.Exported course() throws IOException {
        return CourseFixtures.course();
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SystemTools.pythonPath().toString()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("nbformat validation did not finish in 5 minutes: " + command);
        }
        return new Result(process.exitValue(), output);
    }
}
