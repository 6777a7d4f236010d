package neuralmath.runner;

import neuralmath.testing.RequiredTool;
import neuralmath.testing.SystemTools;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every executed fixture notebook, failing ones included, passes nbformat's own validator (Debian's
 * python3-nbformat, run with /usr/bin/python3; skipped, saying so, where it is not installed, and failed where CI
 * requires every check).
 */
class NbformatValidationTest {

    @RegisterExtension
    static final RequiredTool NBFORMAT = SystemTools.nbformat();

    @TempDir
    static Path executed;

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
        command[0] = SystemTools.pythonPath().toString();
        command[1] = "-c";
        command[2] = script;
        System.arraycopy(args, 0, command, 3, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Result(-1, "did not finish in 5 minutes: " + output);
        }
        return new Result(process.exitValue(), output);
    }
}
