package neuralmath.course.exercise;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The progress file: written only when it is ours, read only within bounds, and the best result kept. */
@ResourceLock("neuralmath.progress")
class ProgressTest {

    @TempDir
    Path folder;

    @AfterEach
    void off() {
        System.setProperty("neuralmath.progress", "off");
    }

    private String checkPrinting(Path file, double answer) {
        System.setProperty("neuralmath.progress", file.toString());
        PrintStream before = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Exercise.check("04.weighted-sum-by-hand", answer);
        } finally {
            System.setOut(before);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aCheckKeepsTheBestResultOfEachExerciseInTheFile() throws IOException {
        Path file = folder.resolve(Progress.FILE_NAME);
        double right = 0.5 * 1 - 0.25 * 2 + 1.5 * -1 + 0.2;
        assertTrue(checkPrinting(file, right).startsWith(Check.RIGHT));
        assertTrue(checkPrinting(file, 7).startsWith(Check.NOT_YET));
        Progress.Best best = Progress.read(file).get("04.weighted-sum-by-hand");
        assertAll(() -> assertTrue(best.right(), "a later wrong try must not undo a right one"),
                () -> assertEquals(2.0, best.earned()));
        String table = Progress.table(ExerciseCatalogue.all()).toString();
        assertTrue(table.contains("✔ right"), table);
    }

    @Test
    void aFileThatIsNotOursIsLeftAsItIsAndTheCheckStillWorks() throws IOException {
        Path file = folder.resolve(Progress.FILE_NAME);
        Files.writeString(file, "{\"my\": \"notes\"}");
        String printed = checkPrinting(file, 1);
        assertAll(() -> assertEquals("{\"my\": \"notes\"}", Files.readString(file)),
                () -> assertTrue(printed.contains(Check.NOT_YET), printed),
                () -> assertTrue(printed.contains("Note: progress is kept for this session only:"), printed),
                () -> assertTrue(printed.contains("is not a progress file of this course; it was left as it is"), printed));
    }

    @Test
    void aHugeOrBrokenFileIsRefusedWithoutReadingIt() throws IOException {
        Path huge = folder.resolve("huge.json");
        Files.write(huge, new byte[Progress.MAX_BYTES + 1]);
        IOException tooBig = assertThrows(IOException.class, () -> Progress.read(huge));
        assertTrue(tooBig.getMessage().contains("over 1048576 bytes"), tooBig.getMessage());
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\"format\": ");
        IOException notJson = assertThrows(IOException.class, () -> Progress.read(broken));
        assertTrue(notJson.getMessage().contains("(not JSON); it was left as it is"), notJson.getMessage());
        assertEquals("{\"format\": ", Files.readString(broken));
    }

    @Test
    void offKeepsNoFile() throws IOException {
        System.setProperty("neuralmath.progress", "off");
        Exercise.check("04.weighted-sum-by-hand", 1);
        assertFalse(Files.exists(folder.resolve(Progress.FILE_NAME)));
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
    }
}
