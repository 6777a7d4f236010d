package neuralmath.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads a CSV file of numbers (no header, no quotes, comma-separated; blank lines skipped), gzipped when its name
 * ends in {@code .gz}. Every row must have as many values as the first: a row that does not, or a value that is
 * not a finite number, fails with the file, the line and what was wrong.
 *
 * <p>A UTF-8 byte-order mark at the start of the file is skipped; a character that prints as nothing in a value is
 * shown in the message as its code point, e.g. {@code '1<U+200B>2' is not a number}.
 *
 * <p>Hand-written rather than a CSV library because the data sets here are plain numbers and the point is the
 * error message: {@code digits.csv.gz line 7: 64 values, expected 65 like line 1}.
 */
public final class NumericCsv {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private NumericCsv() {
    }

    /** The rows of the file at {@code path}. */
    public static double[][] read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString());
        } catch (NoSuchFileException e) {
            throw new DataFileException(path + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    /** The rows of a resource on the class path, e.g. {@code /neuralmath/data/digits.csv.gz}. */
    public static double[][] readResource(String name) {
        try (InputStream in = NumericCsv.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new DataFileException(name + ": no such resource on the class path");
            }
            return read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    /** The rows of {@code in}, named {@code source} in error messages (gunzipped when the name ends in .gz). */
    public static double[][] read(InputStream in, String source) throws IOException {
        InputStream plain = source.endsWith(".gz") ? new GZIPInputStream(in) : in;
        BufferedReader reader = new BufferedReader(new InputStreamReader(plain, StandardCharsets.UTF_8));
        List<double[]> rows = new ArrayList<>();
        int firstLine = 0;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith(BYTE_ORDER_MARK)) {
                line = line.substring(1); // the UTF-8 byte-order mark some editors write: not part of the data
            }
            if (line.isBlank()) {
                continue;
            }
            double[] row = parseRow(line, source, lineNumber);
            if (rows.isEmpty()) {
                firstLine = lineNumber;
            } else if (row.length != rows.get(0).length) {
                throw new DataFileException(source + " line " + lineNumber + ": " + row.length
                        + " values, expected " + rows.get(0).length + " like line " + firstLine);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new DataFileException(source + ": no rows of numbers");
        }
        return rows.toArray(new double[0][]);
    }

    /** Up to 9 digits and nothing else, like every pixel of the digits set: read exactly, and faster, as an int. */
    private static boolean isSmallWholeNumber(String field) {
        if (field.isEmpty() || field.length() > 9) {
            return false;
        }
        for (int i = 0; i < field.length(); i++) {
            if (field.charAt(i) < '0' || field.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The text with each character that prints as nothing or as blank space, other than the space itself (control
     * characters, zero-width and format characters such as a byte-order mark, unusual spaces), written as its code
     * point, e.g. {@code <U+200B>}, so that a message shows it.
     */
    static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean invisible = c != ' ' && (Character.isISOControl(c) || Character.isWhitespace(c)
                    || Character.isSpaceChar(c) || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE);
            if (invisible) {
                out.append(String.format("<U+%04X>", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static double[] parseRow(String line, String source, int lineNumber) {
        String[] fields = line.split(",", -1);
        double[] row = new double[fields.length];
        for (int j = 0; j < fields.length; j++) {
            String field = fields[j].strip();
            try {
                row[j] = isSmallWholeNumber(field) ? Integer.parseInt(field) : Double.parseDouble(field);
            } catch (NumberFormatException e) {
                row[j] = Double.NaN;
            }
            if (!Double.isFinite(row[j])) {
                throw new DataFileException(source + " line " + lineNumber + ", column " + (j + 1) + ": '"
                        + visible(field) + "' is not a number");
            }
        }
        return row;
    }
}
