package neuralmath.runner;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every executed fixture notebook, failing ones included, passes nbformat's own validator (Debian's
 * python3-nbformat, run with /usr/bin/python3; skipped, saying so, where it is not installed).
 */
class NbformatValidationTest {

    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    static Path executed;

    @BeforeAll
    static void nbformatIsInstalled() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of(PYTHON)), PYTHON + " is missing: apt-get install python3-nbformat");
        assumeTrue(python("import nbformat").exitCode == 0,
                "nbformat is missing for " + PYTHON + ": apt-get install python3-nbformat");
    }

    @TestFactory
    Stream<DynamicTest> everyExecutedFixtureIsValidNbformat4() {
        return Arrays.stream(Fixtures.ALL).map(name -> DynamicTest.dynamicTest(name, () -> {
            Path file = executed.resolve(name + ".ipynb");
            Fixtures.continuing(name).write(file);
            Result result = python("import nbformat, sys\n"
                    + "nb = nbformat.read(sys.argv[1], as_version=4)\n"
                    + "nbformat.validate(nb)\n"
                    + "assert any(c.get('outputs') for c in nb.cells if c.cell_type == 'code'), 'no outputs'\n",
                    file.toString());
            assertEquals(0, result.exitCode, () -> file + " is not valid nbformat 4:\n" + result.output);
        }));
    }

    private static final class Result {
        final int exitCode;
        final String output;

        Result(int exitCode, String output) {
            this.exitCode = exitCode;
            this.output = output;
        }
    }

    private static Result python(String script, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 3];
        command[0] = PYTHON;
        command[1] = "-c";
        command[2] = script;
        System.arraycopy(args, 0, command, 3, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "timed out: " + output);
        }
        return new Result(process.exitValue(), output);
    }
}
