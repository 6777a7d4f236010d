package neuralmath.tool;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static neuralmath.tool.BuildCommandTest.build;
import static neuralmath.tool.BuildCommandTest.writeNotebook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code course build} with its execution cache: a notebook runs again only when what its run depends on changed;
 * a build that would change nothing stops at once; {@code --no-cache} runs everything; a failing notebook runs
 * again every time.
 */
class CachedBuildTest {

    private static List<String> reported(BuildCommandTest.Run run) {
        return run.out().lines().filter(l -> l.endsWith(" ok") || l.endsWith(" FAILED")).toList();
    }

    @Test
    void onlyTheChangedNotebookRunsAgainAndProseEditsNeedNoRun(@TempDir Path dir) throws IOException {
        Path notebooks = dir.resolve("notebooks");
        writeNotebook(notebooks.resolve("01-a.ipynb"), "System.out.println(\"first \" + 6 * 7);");
        writeNotebook(notebooks.resolve("02-b.ipynb"), "System.out.println(\"second \" + 6 * 7);");
        String[] args = {"--jobs", "2", "--notebooks", notebooks.toString(), "--out", dir.resolve("course").toString()};
        BuildCommandTest.Run first = build(args);
        assertEquals(0, first.status(), first::all);
        assertTrue(first.out().contains("0 of 2 from the cache"), first::all);

        BuildCommandTest.Run again = build(args);
        assertEquals(0, again.status(), again::all);
        assertTrue(again.out().startsWith("Up to date: no notebook, jar or option changed since the last build"),
                again::all);

        writeNotebook(notebooks.resolve("02-b.ipynb"), "System.out.println(\"second, changed \" + 6 * 7);");
        BuildCommandTest.Run changed = build(args);
        assertEquals(0, changed.status(), changed::all);
        List<String> lines = reported(changed);
        assertTrue(lines.get(0).startsWith("01-a.ipynb") && lines.get(0).matches(".* cached  ok"), changed::all);
        assertTrue(lines.get(1).startsWith("02-b.ipynb") && lines.get(1).matches(".* s  ok"), changed::all);
        assertTrue(Files.readString(dir.resolve("course/site/02-b.html")).contains("second, changed 42"));

        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(notebooks.resolve("01-a.ipynb").toFile());
        root.withArray("cells").insertObject(0).put("cell_type", "markdown").put("source", "# Retitled by hand")
                .putObject("metadata");
        json.writeValue(notebooks.resolve("01-a.ipynb").toFile(), root);
        BuildCommandTest.Run prose = build(args);
        assertEquals(0, prose.status(), prose::all);
        assertTrue(prose.out().contains("2 of 2 from the cache"), prose::all);
        String page = Files.readString(dir.resolve("course/site/01-a.html"));
        assertTrue(page.contains("Retitled by hand") && page.contains("first 42"), page);
    }

    @Test
    void withoutTheCacheEveryNotebookRuns(@TempDir Path dir) throws IOException {
        Path notebooks = dir.resolve("notebooks");
        writeNotebook(notebooks.resolve("01-a.ipynb"), "\"first\"");
        String[] args = {"--notebooks", notebooks.toString(), "--out", dir.resolve("course").toString()};
        assertEquals(0, build(args).status());

        BuildCommandTest.Run run = build("--no-cache", "--notebooks", notebooks.toString(),
                "--out", dir.resolve("course").toString());

        assertEquals(0, run.status(), run::all);
        assertTrue(run.out().contains("0 of 1 from the cache"), run::all);
        assertTrue(reported(run).get(0).matches("01-a.ipynb .* s  ok"), run::all);
    }

    @Test
    void aFailingNotebookRunsAgainEveryBuild(@TempDir Path dir) throws IOException {
        Path notebooks = dir.resolve("notebooks");
        writeNotebook(notebooks.resolve("01-fails.ipynb"), "throw new IllegalStateException(\"still failing\");");
        String[] args = {"--notebooks", notebooks.toString(), "--out", dir.resolve("course").toString()};

        for (int build = 0; build < 2; build++) {
            BuildCommandTest.Run run = build(args);

            assertEquals(1, run.status(), run::all);
            assertTrue(reported(run).get(0).matches("01-fails.ipynb .* s  FAILED"), run::all);
            assertTrue(run.err().contains("still failing"), run::all);
        }
    }

    @Test
    void anUnfinishedRunIsNeverCached(@TempDir Path dir) throws IOException {
        Path notebooks = dir.resolve("notebooks");
        writeNotebook(notebooks.resolve("01-exits.ipynb"), "System.class.getMethod(\"exit\", int.class).invoke(null, 0);");
        String[] args = {"--notebooks", notebooks.toString(), "--out", dir.resolve("course").toString()};

        for (int build = 0; build < 2; build++) {
            BuildCommandTest.Run run = build(args);

            assertEquals(1, run.status(), run::all);
            assertTrue(reported(run).get(0).matches("01-exits.ipynb .* s  FAILED"), run::all);
            assertTrue(run.err().contains("UnfinishedRun: the notebook's run did not finish"), run::all);
        }
    }

    @Test
    void aBuildAfterItsOutputWasTouchedIsNotUpToDate(@TempDir Path dir) throws IOException {
        Path notebooks = dir.resolve("notebooks");
        writeNotebook(notebooks.resolve("01-a.ipynb"), "\"first\"");
        String[] args = {"--notebooks", notebooks.toString(), "--out", dir.resolve("course").toString()};
        assertEquals(0, build(args).status());
        Files.delete(dir.resolve("course/site/01-a.html"));

        BuildCommandTest.Run run = build(args);

        assertEquals(0, run.status(), run::all);
        assertTrue(run.out().contains("1 of 1 from the cache"), run::all);
        assertTrue(Files.isRegularFile(dir.resolve("course/site/01-a.html")));
    }
}
