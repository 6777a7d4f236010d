package neuralmath.course.exercise;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import neuralmath.course.table.Columns;
import neuralmath.course.table.TableView;
import neuralmath.io.AtomicFile;

/**
 * What a learner has done, kept in two places. This JVM (one notebook's kernel) keeps every verdict in order, for
 * the grader. And a small file beside the notebooks, {@value #FILE_NAME}, keeps each exercise's best result across
 * chapters and sessions, so that {@link Exercise#progress()} in any notebook shows the whole course: Jupyter starts a
 * notebook's kernel in the notebook's folder, and all chapters sit in one folder.
 *
 * <p>The file is only ever written when it is missing or is one this class wrote (it says so in its first field);
 * any other file of that name is left as it is, and progress is then kept for this session only. It is read only up
 * to {@value #MAX_BYTES} bytes. The system property {@code neuralmath.progress} names another file, or is
 * {@code off} to keep no file (the course's test runner and grader set it so).
 */
public final class Progress {

    /** The progress file's name, in the working directory. */
    public static final String FILE_NAME = ".neuralmath-progress.json";
    /** The value of the first field that marks the file as ours. */
    static final String FORMAT = "neuralmath-progress/1";
    static final int MAX_BYTES = 1 << 20;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).build()).build());
    private static final List<Verdict> SESSION = new ArrayList<>();
    private static final java.util.Set<String> WARNED = new java.util.HashSet<>();

    private Progress() {
    }

    static synchronized void record(Verdict verdict) {
        SESSION.add(verdict);
        Path file = file();
        if (file == null) {
            return;
        }
        try {
            Map<String, Best> best = read(file);
            Best before = best.get(verdict.id());
            if (before == null || verdict.earned() >= before.earned()) {
                best.put(verdict.id(), new Best(verdict.right(), verdict.earned()));
            }
            write(file, best);
        } catch (IOException | RuntimeException e) {
            warnOnce("progress is kept for this session only: " + e.getMessage());
        }
    }

    static synchronized List<Verdict> session() {
        return List.copyOf(SESSION);
    }

    /** The best result of one exercise so far. */
    record Best(boolean right, double earned) {
    }

    /** A table of every exercise: chapter, id, title, points earned of points, and right / tried / not tried. */
    static TableView table(List<Exercise<?>> exercises) {
        Map<String, Best> best = new LinkedHashMap<>();
        Path file = file();
        if (file != null) {
            try {
                best.putAll(read(file));
            } catch (IOException | RuntimeException e) {
                warnOnce("only this session's results are shown: " + e.getMessage());
            }
        }
        for (Verdict v : session()) {
            Best before = best.get(v.id());
            if (before == null || v.earned() >= before.earned()) {
                best.put(v.id(), new Best(v.right(), v.earned()));
            }
        }
        int n = exercises.size();
        String[] ids = new String[n];
        String[] titles = new String[n];
        String[] states = new String[n];
        double[] earned = new double[n];
        double[] points = new double[n];
        int done = 0;
        for (int i = 0; i < n; i++) {
            Exercise<?> e = exercises.get(i);
            Best b = best.get(e.id());
            ids[i] = e.id();
            titles[i] = e.title();
            states[i] = b == null ? "not tried" : b.right() ? "✔ right" : "✘ tried";
            earned[i] = b == null ? 0 : b.earned();
            points[i] = e.points();
            done += b != null && b.right() ? 1 : 0;
        }
        return Columns.titled((file == null ? "Your exercises in this session (no progress file): " : "Your exercises: ")
                + done + " of " + n + " right")
                .labels("exercise", ids).labels("task", titles).labels("state", states)
                .numbers("points", earned).numbers("of", points).view().showing(n);
    }

    private static Path file() {
        String setting = System.getProperty("neuralmath.progress", FILE_NAME);
        return setting.equals("off") ? null : Path.of(setting);
    }

    static Map<String, Best> read(Path file) throws IOException {
        Map<String, Best> best = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return best;
        }
        if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
            throw new IOException(file + " is not a progress file of this course (a folder, or over "
                    + MAX_BYTES + " bytes); it was left as it is");
        }
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new IOException(file + " is not a progress file of this course (not JSON); it was left as it is");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException(file + " is not a progress file of this course; it was left as it is");
        }
        root.path("exercises").fields().forEachRemaining(entry -> best.put(entry.getKey(),
                new Best(entry.getValue().path("right").asBoolean(), entry.getValue().path("earned").asDouble())));
        return best;
    }

    private static void write(Path file, Map<String, Best> best) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT);
        ObjectNode exercises = root.putObject("exercises");
        best.forEach((id, b) -> exercises.putObject(id).put("right", b.right()).put("earned", b.earned()));
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        AtomicFile.write(file, out -> out.write(bytes));
    }

    private static void warnOnce(String message) {
        if (WARNED.add(message)) { // once per problem, not after every check
            System.out.println("Note: " + message);
        }
    }
}
