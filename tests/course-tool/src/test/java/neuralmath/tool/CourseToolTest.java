package neuralmath.tool;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code course}: one tool whose help names each subcommand, and which needs one. */
class CourseToolTest {

    @Test
    void theHelpNamesEverySubcommand() {
        StringWriter out = new StringWriter();

        int status = CourseTool.commandLine().setOut(new PrintWriter(out, true)).execute("--help");

        assertEquals(0, status);
        for (String subcommand : new String[] {"run", "build", "export", "grade", "preview"}) {
            assertTrue(out.toString().lines().anyMatch(l -> l.strip().startsWith(subcommand + " ")), out::toString);
        }
    }

    @Test
    void eachSubcommandHasItsOwnHelp() {
        for (String subcommand : new String[] {"run", "build", "export", "grade", "preview"}) {
            StringWriter out = new StringWriter();

            int status = CourseTool.commandLine().setOut(new PrintWriter(out, true)).execute(subcommand, "--help");

            assertEquals(0, status, out::toString);
            assertTrue(out.toString().startsWith("Usage: course " + subcommand + " "), out::toString);
        }
    }

    @Test
    void withoutASubcommandItSaysWhichThereAre() {
        StringWriter err = new StringWriter();

        int status = CourseTool.commandLine().setErr(new PrintWriter(err, true)).execute();

        assertEquals(2, status, err::toString);
        assertTrue(err.toString().startsWith("a subcommand is needed: run, build, export, grade or preview"), err::toString);
    }
}
