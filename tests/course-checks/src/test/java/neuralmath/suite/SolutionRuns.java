package neuralmath.suite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import neuralmath.notebook.Notebook;

/**
 * The notebook as the notebook suite runs it, so that each chapter runs once for both promises: as the course ships
 * it, every check judges the learner's stub; and every solution is right. After each check cell whose solution cell
 * follows, it inserts a code cell with the solution's code (which replaces the answer cell's definitions) and a copy
 * of the check cell. Inserted cells say what they are in {@code metadata.neuralmath.inserted}; the cells before the
 * first insertion run exactly as shipped, and the stubs' checks run before their solutions.
 */
final class SolutionRuns {

    static final String INSERTED = "inserted";
    static final String SOLUTION_RUN = "solution";
    static final String CHECK_AGAIN = "check";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SolutionRuns() {
    }

    /** Writes the notebook {@code source} with its solutions run into {@code target}; returns how many it runs. */
    static int write(Path source, Path target) throws IOException {
        List<Notebook.Cell> cells = Notebook.read(source).cells();
        ObjectNode root = (ObjectNode) JSON.readTree(source.toFile());
        ArrayNode original = (ArrayNode) root.get("cells");
        ArrayNode withSolutions = JSON.createArrayNode();
        int solutions = 0;
        for (int i = 0; i < cells.size(); i++) {
            withSolutions.add(original.get(i));
            Optional<String> code = i + 1 < cells.size() ? solutionOf(cells.get(i), cells.get(i + 1)) : Optional.empty();
            if (code.isPresent()) {
                ObjectNode check = (ObjectNode) original.get(i);
                withSolutions.add(inserted(check, SOLUTION_RUN).put("source", code.get()));
                withSolutions.add(inserted(check, CHECK_AGAIN));
                solutions++;
            }
        }
        root.set("cells", withSolutions);
        Files.createDirectories(target.toAbsolutePath().getParent());
        JSON.writeValue(target.toFile(), root);
        return solutions;
    }

    /** The code of the solution cell {@code next} when {@code check} is a code cell checking the same exercise. */
    private static Optional<String> solutionOf(Notebook.Cell check, Notebook.Cell next) {
        String id = ExerciseCells.exerciseOf(check);
        if (!check.isCode() || !check.tags().contains(ExerciseCells.CHECK) || id.isEmpty() || !next.isMarkdown()
                || !next.isSolution() || !id.equals(ExerciseCells.exerciseOf(next))) {
            return Optional.empty();
        }
        return ExerciseCells.solutionCode(next.source());
    }

    /** A copy of the check cell, without outputs, marked as inserted in the role given (and with an id of its own). */
    private static ObjectNode inserted(ObjectNode check, String role) {
        ObjectNode cell = check.deepCopy();
        cell.putArray("outputs");
        cell.putNull("execution_count");
        ObjectNode metadata = object(cell, "metadata");
        metadata.remove("tags");
        object(metadata, "neuralmath").put(INSERTED, role);
        if (cell.hasNonNull("id")) {
            cell.put("id", cell.get("id").asText() + "-" + role);
        }
        return cell;
    }

    private static ObjectNode object(ObjectNode parent, String name) {
        return parent.get(name) instanceof ObjectNode child ? child : parent.putObject(name);
    }
}
