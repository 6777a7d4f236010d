package neuralmath.grader;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * The course fixture (a copy of chapter 4's opening cells and its two exercises, {@code course/04-weighted-sum.ipynb},
 * with a {@code jars/} folder for its {@code %classpath jars/*.jar}) and submissions made from it: the notebook a
 * student hands in, with their answers typed in and whatever else they did to it.
 */
final class ClassOfSubmissions {

    static final String NOTEBOOK = "04-weighted-sum.ipynb";
    static final String BY_HAND = "04.weighted-sum-by-hand";
    static final String BATCH = "04.weighted-sums-from-rows";

    static final String RIGHT_Z = "double myZ = 0.5 * 1 + (-0.25) * 2 + 1.5 * (-1) + 0.2;";
    static final String NO_BIAS_Z = "double myZ = 0.5 * 1 + (-0.25) * 2 + 1.5 * (-1);";
    static final String RIGHT_BATCH = "Matrix weightedSumsFromRows(Matrix X, Matrix V, Matrix b) {\n"
            + "    return X.multiply(V.transpose()).addRowVector(b);\n}";
    static final String NO_BIAS_BATCH = "Matrix weightedSumsFromRows(Matrix X, Matrix V, Matrix b) {\n"
            + "    return X.multiply(V.transpose());\n}";
    static final String LOOPING_BATCH = "Matrix weightedSumsFromRows(Matrix X, Matrix V, Matrix b) {\n"
            + "    while (true) { }\n}";

    /** A batch answer with {@code wrong} entries of the first row off by one: partly right. */
    static String batchWithWrongEntries(int wrong) {
        return "Matrix weightedSumsFromRows(Matrix X, Matrix V, Matrix b) {\n"
                + "    Matrix z = X.multiply(V.transpose()).addRowVector(b);\n"
                + "    for (int j = 0; j < " + wrong + "; j++) { z.set(0, j, z.get(0, j) + 1); }\n"
                + "    return z;\n}";
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClassOfSubmissions() {
    }

    /** The course folder: the fixture notebook, and a jars/ folder holding one (empty) jar. */
    static Path course(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("jars"));
        try (InputStream in = ClassOfSubmissions.class.getResourceAsStream("course/" + NOTEBOOK)) {
            Files.copy(in, folder.resolve(NOTEBOOK));
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (OutputStream out = Files.newOutputStream(folder.resolve("jars/fixture.jar"));
             JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return folder;
    }

    /** A submission: the course notebook as handed out, to be changed as a student would. */
    static Submission of(Path course) throws IOException {
        return new Submission((ObjectNode) JSON.readTree(course.resolve(NOTEBOOK).toFile()));
    }

    /** One student's notebook, edited cell by cell. */
    static final class Submission {
        private final ObjectNode root;

        private Submission(ObjectNode root) {
            this.root = root;
        }

        private ArrayNode cells() {
            return (ArrayNode) root.get("cells");
        }

        private int indexOf(String exercise, String tag) {
            for (int i = 0; i < cells().size(); i++) {
                ObjectNode cell = (ObjectNode) cells().get(i);
                if (exercise.equals(cell.path("metadata").path("neuralmath").path("exercise").asText())
                        && cell.path("metadata").path("tags").toString().contains("\"" + tag + "\"")) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no " + tag + " cell of " + exercise);
        }

        /** Types {@code code} into the exercise's answer cell. */
        Submission answer(String exercise, String code) {
            ((ObjectNode) cells().get(indexOf(exercise, "answer"))).put("source", code);
            return this;
        }

        /** Replaces the code of the exercise's check cell. */
        Submission editCheck(String exercise, String code) {
            ((ObjectNode) cells().get(indexOf(exercise, "check"))).put("source", code);
            return this;
        }

        /** Deletes the exercise's cell with this tag (answer or check). */
        Submission delete(String exercise, String tag) {
            cells().remove(indexOf(exercise, tag));
            return this;
        }

        /** Adds a code cell of the student's own right after the exercise's cell with this tag. */
        Submission addCellAfter(String exercise, String tag, String code) {
            ObjectNode cell = JSON.createObjectNode().put("cell_type", "code").putNull("execution_count");
            cell.putObject("metadata");
            cell.putArray("outputs");
            cell.put("source", code);
            cells().insert(indexOf(exercise, tag) + 1, cell);
            return this;
        }

        /** Names every exercise cell as one of another exercise, as another course's notebook would. */
        Submission ofExercise(String otherId) {
            for (Iterator<com.fasterxml.jackson.databind.JsonNode> it = cells().elements(); it.hasNext(); ) {
                ObjectNode metadata = (ObjectNode) it.next().path("metadata");
                if (metadata.has("neuralmath")) {
                    metadata.putObject("neuralmath").put("exercise", otherId);
                }
            }
            return this;
        }

        /** Marks the notebook as one for another kernel. */
        Submission forKernel(String language) {
            ((ObjectNode) root.path("metadata").path("language_info")).put("name", language);
            return this;
        }

        /** Writes it as {@code submissions/<student>/04-weighted-sum.ipynb}. */
        void handIn(Path submissions, String student) throws IOException {
            Path file = submissions.resolve(student).resolve(NOTEBOOK);
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root),
                    StandardCharsets.UTF_8);
        }
    }
}
