package neuralmath.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheFileWithTheNewContent() throws IOException {
        Path file = dir.resolve("f.txt");
        Files.writeString(file, "old");
        AtomicFile.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void aFailureHalfWayThroughWritingLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("f.txt");
        Files.writeString(file, "the good old content");

        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write("half of the new con".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));

        assertEquals("disk full", e.getMessage());
        assertEquals("the good old content", Files.readString(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void aMissingDirectoryIsNamed() {
        Path file = dir.resolve("no-such-dir").resolve("f.txt");
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> AtomicFile.write(file, out -> out.write(1)));
        assertEquals(file + ": cannot save: the directory " + file.getParent().toAbsolutePath() + " does not exist",
                e.getMessage());
    }

    private static void writeText(Path file, String text) throws IOException {
        AtomicFile.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void anHourOld(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void theReplacedFileKeepsItsPermissions() throws IOException {
        for (String mode : List.of("rw-r--r--", "rw-r-----", "rw-------", "rwxr-xr-x")) {
            Path file = dir.resolve("f.txt");
            Files.writeString(file, "old");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            writeText(file, "new");
            assertEquals(mode, mode(file));
            assertEquals("new", Files.readString(file));
        }
    }

    @Test
    void aNewFileGetsThePermissionsAnyNewFileGetsHere() throws IOException {
        Path file = dir.resolve("new.txt");
        writeText(file, "new");
        assertEquals(mode(Files.createFile(dir.resolve("plain.txt"))), mode(file), "0666 less the umask");
    }

    @Test
    void aSymbolicLinkIsWrittenThroughToItsTarget() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path real = sub.resolve("real.txt");
        Files.writeString(real, "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path relative = Files.createSymbolicLink(dir.resolve("relative.txt"), Path.of("sub", "real.txt"));
        Path chained = Files.createSymbolicLink(dir.resolve("chained.txt"), relative.toAbsolutePath());

        writeText(relative, "through the link");
        assertTrue(Files.isSymbolicLink(relative));
        assertEquals("through the link", Files.readString(real));
        writeText(chained, "through two links");
        assertTrue(Files.isSymbolicLink(chained) && Files.isSymbolicLink(relative));
        assertEquals("through two links", Files.readString(real));
        assertEquals("rw-r-----", mode(real));
        assertEquals(Set.of(real), Set.copyOf(filesIn(sub)), "no temporary file beside the target");
    }

    @Test
    void aSaveRemovesOnlyTheStaleTemporaryFilesOfItsOwnNaming() throws IOException {
        Path file = dir.resolve("f.txt");
        Files.writeString(file, "old");
        List<String> ours = List.of(".f.txt.saving-0123456789abcdef.tmp", ".f.txt.7308412095563470913.tmp");
        List<String> notOurs = List.of(".f.txt.tmp", ".g.txt.saving-0123456789abcdef.tmp",
                "f.txt.saving-0123456789abcdef.tmp", ".f.txt.saving-0123456789ABCDEF.tmp", ".f.txt.saving-1.tmp",
                ".f.txt.notes.tmp", "x.f.txt.7308412095563470913.tmp");
        for (String name : ours) {
            anHourOld(Files.writeString(dir.resolve(name), "left by a save that was killed"));
        }
        for (String name : notOurs) {
            anHourOld(Files.writeString(dir.resolve(name), "the user's"));
        }
        Path justCreated = Files.writeString(dir.resolve(".f.txt.saving-00000000000000ff.tmp"), "not locked yet");
        Path precious = Files.writeString(dir.resolve("precious.txt"), "the user's");
        Path link = Files.createSymbolicLink(dir.resolve(".f.txt.saving-fedcba9876543210.tmp"), precious);

        writeText(file, "new");

        Set<String> left = filesIn(dir).stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        for (String name : ours) {
            assertTrue(!left.contains(name), name + " should be removed");
        }
        assertTrue(left.containsAll(notOurs), left.toString());
        assertTrue(Files.exists(justCreated), "a save may have created it and not locked it yet");
        assertTrue(Files.isSymbolicLink(link) && Files.readString(precious).equals("the user's"),
                "a link is never taken for a temporary file");
    }

    @Test
    void aTemporaryFileThatASaveStillHoldsIsKept() throws IOException {
        Path file = dir.resolve("f.txt");
        Path inUse = dir.resolve(".f.txt.saving-0123456789abcdef.tmp");
        try (FileChannel channel = FileChannel.open(inUse, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.lock();
            anHourOld(inUse);
            writeText(file, "new");
            assertTrue(Files.exists(inUse), "a save in progress keeps its temporary file");
        }
        assertEquals("new", Files.readString(file));
    }

    @Test
    void anErrorNamesTheCallersPathNeverTheTemporaryFile() throws IOException {
        Path directory = Files.createDirectory(dir.resolve("taken.txt"));
        Files.writeString(directory.resolve("inside"), "the user's");
        FileSystemException e = assertThrows(FileSystemException.class, () -> writeText(directory, "new"));
        assertEquals(directory + ": cannot save: Is a directory", e.getMessage());
        assertEquals(List.of(directory), filesIn(dir));

        // Root, who runs the tests here, is never denied: the message for the exception Java throws when one is.
        Path file = dir.resolve("f.txt");
        IOException denied = AtomicFile.saveFailure(file, dir,
                new AccessDeniedException(dir.resolve(".f.txt.saving-0123456789abcdef.tmp").toString()));
        assertEquals(file + ": cannot save: permission denied to write in " + dir, denied.getMessage());
    }

    @Test
    void aLoopOfSymbolicLinksIsNamed() throws IOException {
        Path a = dir.resolve("a.txt");
        Path b = Files.createSymbolicLink(dir.resolve("b.txt"), a);
        Files.createSymbolicLink(a, b);
        FileSystemException e = assertThrows(FileSystemException.class, () -> writeText(a, "new"));
        assertEquals(a + ": cannot save: more than 40 symbolic links in a row", e.getMessage());
        assertEquals(Set.of(a, b), Set.copyOf(filesIn(dir)));
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}