package neuralmath.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The export deletes and overwrites only what it wrote: the attempts of issue 14 ("the exporter deletes what it did
 * not make"), lose nothing and exit with a message and status 1.
 */
class OutputFolderTest {

    private static final String NOTES = "my notes, written by hand\n";

    /** A repository as a learner has it: the course's notebooks and a notes file of their own in site/. */
    private static Path repository(Path dir) throws IOException {
        copyFixtures(dir.resolve("notebooks"));
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("site/mynotes.txt"), NOTES);
        return dir;
    }

    private static void copyFixtures(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> notebooks = Files.list(CourseFixtures.executedNotebooks())) {
            for (Path notebook : notebooks.toList()) {
                Files.copy(notebook, folder.resolve(notebook.getFileName()));
            }
        }
    }

    /** Every file under {@code dir} with its bytes. */
    private static Map<Path, byte[]> contents(Path dir) throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void assertUnchanged(Map<Path, byte[]> before, Path dir) throws IOException {
        Map<Path, byte[]> after = contents(dir);
        assertEquals(before.keySet(), after.keySet(), "files added or lost in " + dir);
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file.toString()));
    }

    private record Run(int exit, String err) {
    }

    private static Run run(CommandLine command, String... args) {
        StringWriter err = new StringWriter();
        int exit = command.setErr(new PrintWriter(err, true)).execute(args);
        return new Run(exit, err.toString());
    }

    @Test
    void anOutputFolderHoldingTheNotebooksIsRefused(@TempDir Path dir) throws IOException {
        Path course = dir.resolve("target/course");
        copyFixtures(course.resolve("notebooks"));
        Map<Path, byte[]> before = contents(dir);
        String[] args = {"--notebooks", course.resolve("notebooks").toString(), "--out", course.toString()};

        Run export = run(ExportCommand.commandLine(), args);

        assertUnchanged(before, dir);
        assertEquals(1, export.exit());
        assertEquals("course export: refused: the output folder " + course + " contains the notebooks folder "
                + course.resolve("notebooks")
                + "; the export would overwrite or delete its own input. Choose an --out outside it",
                export.err().strip());
    }

    @Test
    void theRepositoryAsOutputFolderIsRefused(@TempDir Path dir) throws IOException {
        Path repository = repository(dir);
        Map<Path, byte[]> before = contents(repository);
        String[] args = {"--notebooks", repository.resolve("notebooks").toString(),
            "--out", repository.resolve(".").toString()};

        Run export = run(ExportCommand.commandLine(), args);

        assertUnchanged(before, repository);
        assertEquals(1, export.exit());
        assertTrue(export.err().contains("contains the notebooks folder"), export.err());
    }

    @Test
    void theNotebooksFolderAsOutputFolderIsRefused(@TempDir Path dir) throws IOException {
        copyFixtures(dir);
        Map<Path, byte[]> before = contents(dir);

        Run export = run(ExportCommand.commandLine(), "--notebooks", dir.toString(), "--out", dir.toString());

        assertUnchanged(before, dir);
        assertEquals(1, export.exit());
        assertEquals("course export: refused: the output folder " + dir + " is the notebooks folder " + dir
                + "; the export would overwrite its own input. Choose another --out", export.err().strip());
    }

    @Test
    void aFileTheExportDidNotWriteIsKeptAndNamed(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("course");
        Files.createDirectories(out.resolve("site"));
        Files.writeString(out.resolve("site/mynotes.txt"), NOTES);
        Map<Path, byte[]> before = contents(dir);

        Run export = run(ExportCommand.commandLine(),
                "--notebooks", CourseFixtures.executedNotebooks().toString(), "--out", out.toString());

        assertUnchanged(before, dir);
        assertEquals(1, export.exit());
        assertEquals("course export: refused: " + out
                + " holds 1 file(s) the export did not write (they are not listed in " + out.resolve(".course-export")
                + "), such as " + out.resolve("site/mynotes.txt")
                + "; nothing was changed. Move them away or choose another --out", export.err().strip());
    }

    @Test
    void theNextExportRemovesWhatTheLastWroteAndNothingElse(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        copyFixtures(in);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("README.txt"), NOTES);
        CourseSite.build(in, out);
        assertTrue(Files.isRegularFile(out.resolve("site/03-outlook.html")));

        Files.delete(in.resolve("03-outlook.ipynb"));
        CourseSite.build(in, out);

        assertFalse(Files.exists(out.resolve("site/03-outlook.html")), "the page of a removed notebook goes");
        assertFalse(Files.exists(out.resolve("slides/03-outlook.html")));
        assertFalse(Files.exists(out.resolve("notebooks/03-outlook.ipynb")));
        assertTrue(Files.isRegularFile(out.resolve("site/02-gradient.html")));
        assertEquals(NOTES, Files.readString(out.resolve("README.txt")), "a file outside site/, slides/, ... stays");
        assertTrue(Files.readAllLines(out.resolve(".course-export")).contains("site/02-gradient.html"));
        assertFalse(Files.readAllLines(out.resolve(".course-export")).contains("site/03-outlook.html"));

        Files.writeString(out.resolve("site/mynotes.txt"), NOTES);
        assertThrows(IllegalArgumentException.class, () -> CourseSite.build(in, out));
        assertEquals(NOTES, Files.readString(out.resolve("site/mynotes.txt")), "a file added since is kept");
        assertTrue(Files.isRegularFile(out.resolve("site/02-gradient.html")), "and the export is left as it was");
    }

    @Test
    void aManifestNamingFilesElsewhereDeletesNone(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        copyFixtures(in);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("README.txt"), NOTES);
        Files.writeString(out.resolve(".course-export"), String.join("\n", "../in/01-neuron.ipynb",
                in.resolve("02-gradient.ipynb").toString(), "README.txt", "site/../README.txt", ".course-export"));
        Map<Path, byte[]> inBefore = contents(in);

        CourseSite.build(in, out);

        assertUnchanged(inBefore, in);
        assertEquals(NOTES, Files.readString(out.resolve("README.txt")));
        assertTrue(Files.isRegularFile(out.resolve("site/index.html")));
    }

    @Test
    void aManifestThatIsALinkIsRefused(@TempDir Path dir) throws IOException {
        Path precious = Files.writeString(dir.resolve("precious.txt"), NOTES);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve(".course-export"), precious);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CourseSite.build(CourseFixtures.executedNotebooks(), out));

        assertEquals(NOTES, Files.readString(precious), "the manifest's link was not written through");
        assertEquals("refused: " + out.resolve(".course-export")
                + " is not a manifest the export wrote (a link, a folder or over 1 MiB); nothing was changed. Remove it",
                e.getMessage());
    }

    @Test
    void anOutputFolderThatLinksToTheNotebooksIsRefused(@TempDir Path dir) throws IOException {
        copyFixtures(dir.resolve("in"));
        Files.createSymbolicLink(dir.resolve("out"), dir.resolve("in"));
        Map<Path, byte[]> before = contents(dir.resolve("in"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CourseSite.build(dir.resolve("in"), dir.resolve("out")));

        assertUnchanged(before, dir.resolve("in"));
        assertTrue(e.getMessage().contains(" is the notebooks folder "), e.getMessage());
    }
}
