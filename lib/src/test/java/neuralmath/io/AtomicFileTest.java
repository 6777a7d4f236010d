package neuralmath.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
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

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
