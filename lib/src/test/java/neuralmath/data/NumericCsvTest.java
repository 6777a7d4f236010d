package neuralmath.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NumericCsvTest {

    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    DataFileException failure(Path file) {
        return assertThrows(DataFileException.class, () -> NumericCsv.read(file));
    }

    @Test
    void readsRowsOfNumbersSkippingBlankLines() throws IOException {
        double[][] rows = NumericCsv.read(write("ok.csv", "1,2,3\n\n4.5, -6 ,7e1\n"));
        assertArrayEquals(new double[] {1, 2, 3}, rows[0]);
        assertArrayEquals(new double[] {4.5, -6, 70}, rows[1]);
        assertEquals(2, rows.length);
    }

    @Test
    void wholeNumbersAndOtherNumbersReadAlike() throws IOException {
        // Whole numbers of up to 9 digits take a faster path than Double.parseDouble; both must agree.
        double[][] rows = NumericCsv.read(write("mixed.csv",
                "0,16,007,123456789,1234567890\n-3,+4,2.5,1e3,0.000001\n"));
        assertArrayEquals(new double[] {0, 16, 7, 123456789, 1234567890.0}, rows[0]);
        assertArrayEquals(new double[] {-3, 4, 2.5, 1000, 1e-6}, rows[1]);
    }

    @Test
    void readsGzippedFiles() throws IOException {
        Path file = dir.resolve("ok.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("1,2\n3,4\n".getBytes(StandardCharsets.UTF_8));
        }
        assertArrayEquals(new double[] {3, 4}, NumericCsv.read(file)[1]);
    }

    @Test
    void aRowWithTooFewValuesNamesTheFileTheLineAndTheCounts() throws IOException {
        Path file = write("short.csv", "1,2,3\n4,5,6\n7,8\n");
        String message = failure(file).getMessage();
        assertTrue(message.contains("short.csv line 3: 2 values, expected 3 like line 1"), message);
    }

    @Test
    void aRowWithTooManyValuesCountsLinesIncludingBlankOnes() throws IOException {
        String message = failure(write("long.csv", "\n1,2\n\n3,4,5\n")).getMessage();
        assertTrue(message.contains("long.csv line 4: 3 values, expected 2 like line 2"), message);
    }

    @Test
    void aValueThatIsNotANumberNamesLineColumnAndValue() throws IOException {
        String message = failure(write("text.csv", "1,2\n3,abc\n")).getMessage();
        assertTrue(message.contains("text.csv line 2, column 2: 'abc' is not a number"), message);
    }

    @Test
    void emptyFieldsAndNonFiniteValuesAreNotNumbers() throws IOException {
        assertTrue(failure(write("empty.csv", "1,,3\n")).getMessage().contains("line 1, column 2: '' is not"));
        assertTrue(failure(write("nan.csv", "1,2\nNaN,3\n")).getMessage().contains("line 2, column 1: 'NaN'"));
        assertTrue(failure(write("inf.csv", "Infinity\n")).getMessage().contains("'Infinity' is not a number"));
    }

    @Test
    void aFileWithoutRowsAndAMissingFileSaySo() throws IOException {
        assertTrue(failure(write("blank.csv", "\n\n")).getMessage().contains("blank.csv: no rows"));
        assertTrue(failure(dir.resolve("absent.csv")).getMessage().contains("absent.csv: no such file"));
        String message = assertThrows(DataFileException.class, () -> NumericCsv.readResource("/no/such.csv"))
                .getMessage();
        assertTrue(message.contains("/no/such.csv: no such resource"), message);
    }

    @Test
    void aByteOrderMarkAtTheStartIsSkipped() throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.write(file, "\uFEFF1,2\n3,4\n".getBytes(StandardCharsets.UTF_8));
        double[][] rows = NumericCsv.read(file);
        assertArrayEquals(new double[] {1, 2}, rows[0]);
        assertArrayEquals(new double[] {3, 4}, rows[1]);
    }

    @Test
    void anInvisibleCharacterInAValueIsShownByItsCodePoint() throws IOException {
        Path zeroWidth = write("zero-width.csv", "1,2\n3,1\u200B2\n");
        assertEquals(zeroWidth + " line 2, column 2: '1<U+200B>2' is not a number", failure(zeroWidth).getMessage());
        Path laterMark = write("mark.csv", "1,2\n\uFEFF3,4\n");
        assertEquals(laterMark + " line 2, column 1: '<U+FEFF>3' is not a number", failure(laterMark).getMessage());
        Path control = write("control.csv", "1,2\u00003\n");
        assertEquals(control + " line 1, column 2: '2<U+0000>3' is not a number", failure(control).getMessage());
    }
}
