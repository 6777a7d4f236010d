package neuralmath.runner;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnfinishedRunGuardTest {

    /** A command that something ends with {@code System.exit(0)}, through reflection, before its summary. */
    public static final class EndsBeforeItsSummary {
        public static void main(String[] args) throws ReflectiveOperationException {
            UnfinishedRunGuard.install("some-command");
            System.class.getMethod("exit", int.class).invoke(null, 0);
        }
    }

    /** The same command finishing normally. */
    public static final class Finishes {
        public static void main(String[] args) {
            UnfinishedRunGuard.install("some-command");
            UnfinishedRunGuard.finished();
            System.exit(0);
        }
    }

    private static Process start(Class<?> main) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), main.getName()).redirectErrorStream(true).start();
    }

    @Test
    void anExitBeforeTheSummaryEndsWithStatusThreeAndSaysWhy() throws Exception {
        Process process = start(EndsBeforeItsSummary.class);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        assertEquals(UnfinishedRunGuard.STATUS, process.exitValue(), output);
        String expected = "some-command"
                + ": the run ended before its summary (System.exit was called by something other than the command); exit status 3, not a success";
        assertTrue(output.contains(expected), output);
    }

    @Test
    void aFinishedRunKeepsItsStatus() throws Exception {
        Process process = start(Finishes.class);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), output);
    }
}
