package neuralmath.grader;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code gradebook.csv}: one row per student, with the columns {@code student}, one per exercise in the course's
 * order (its id; the points earned), {@code total} and {@code maximum}. Written by Jackson's CSV writer (RFC 4180
 * quoting), all at once: to a part file first, then moved into place, so that a gradebook is only ever there
 * whole, and only once every submission was graded.
 */
final class Gradebook {

    private static final CsvMapper CSV = new CsvMapper();

    private Gradebook() {
    }

    /** The header: student, each exercise's id, total, maximum. */
    static List<String> header(List<CourseExercise> exercises) {
        List<String> header = new ArrayList<>();
        header.add("student");
        exercises.forEach(e -> header.add(e.id()));
        header.add("total");
        header.add("maximum");
        return header;
    }

    /** One student's row; a name a spreadsheet would take for a formula is written as text ('=…). */
    static List<String> row(StudentGrade student, List<CourseExercise> exercises) {
        List<String> row = new ArrayList<>();
        row.add(student.student().matches("^[=+\\-@\\t\\r].*") ? "'" + student.student() : student.student());
        student.exercises().forEach(g -> row.add(points(g.earned())));
        row.add(points(student.total()));
        row.add(points(exercises.stream().mapToInt(CourseExercise::points).sum()));
        return row;
    }

    /** Points as a person writes them: 2, 2.8, 0. */
    static String points(double points) {
        return BigDecimal.valueOf(points).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Writes {@code target} through {@code part}: the part file, flushed to disk, then moved over the target. */
    static void write(Path part, Path target, List<StudentGrade> students, List<CourseExercise> exercises)
            throws IOException {
        List<String> header = header(exercises);
        CsvSchema.Builder schema = CsvSchema.builder();
        header.forEach(schema::addColumn);
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = Channels.newOutputStream(channel);
            try (SequenceWriter rows = CSV.writer(schema.build().withHeader())
                    .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
                for (StudentGrade student : students) {
                    rows.write(row(student, exercises));
                }
            }
            channel.force(true);
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
