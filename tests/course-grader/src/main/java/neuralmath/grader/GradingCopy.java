package neuralmath.grader;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import neuralmath.notebook.Notebook;

/**
 * The notebook the grader runs for one submission, put together as nbgrader does: the submission's cells in its
 * order, with every check cell replaced by the course's own check cell of that exercise (matched by
 * {@code metadata.neuralmath.exercise} and the tag {@value CourseNotebooks#CHECK_TAG}). A check cell the learner
 * deleted, or turned into a cell of their own by dropping its tag, is put back right after that exercise's answer
 * cell, or at the end when that is gone too; a copy of a check cell is left out, so that each exercise is checked
 * once. A missing answer cell simply leaves its check failing.
 */
final class GradingCopy {

    /** How much of a name from a submission a message repeats. */
    private static final int MAX_NAME = 80;

    private final List<ObjectNode> cells = new ArrayList<>();
    private final Map<ObjectNode, String> courseChecks = new IdentityHashMap<>();
    private final Map<ObjectNode, String> answers = new IdentityHashMap<>();
    private final Set<String> checked = new HashSet<>();

    private GradingCopy() {
    }

    /**
     * Why {@code submission} is not the course notebook {@code name} (a notebook for another language, no exercise
     * of that notebook, or an exercise of another), or empty when it is.
     */
    static Optional<String> notOfThisCourse(Notebook submission, String name, List<CourseExercise> exercises) {
        if (!"java".equals(submission.language())) {
            return Optional.of("not a notebook of this course: a notebook for a " + shortened(submission.language())
                    + " kernel, not for Java");
        }
        Set<String> ids = exercises.stream().map(CourseExercise::id).collect(Collectors.toSet());
        Set<String> named = new TreeSet<>();
        submission.cells().forEach(cell -> cell.exercise().ifPresent(named::add));
        List<String> foreign = named.stream().filter(id -> !ids.contains(id)).toList();
        if (!foreign.isEmpty()) {
            return Optional.of("not a notebook of this course: its exercise cells belong to "
                    + foreign.stream().limit(3).map(GradingCopy::shortened).collect(Collectors.joining(", "))
                    + (foreign.size() > 3 ? " and " + (foreign.size() - 3) + " more" : "") + ", not to " + name);
        }
        if (named.isEmpty()) {
            return Optional.of("not a notebook of this course: it has none of the exercise cells of " + name + " ("
                    + String.join(", ", new TreeSet<>(ids)) + ")");
        }
        return Optional.empty();
    }

    /** The submission with the course's check cells of {@code course} in place. */
    static GradingCopy of(Notebook course, Notebook submission) {
        Map<String, ObjectNode> checks = new LinkedHashMap<>();
        for (Notebook.Cell cell : course.cells()) {
            if (CourseNotebooks.isCheck(cell)) {
                ObjectNode check = cell.json();
                check.putArray("outputs");
                check.putNull("execution_count");
                checks.put(cell.exercise().orElseThrow(), check);
            }
        }
        GradingCopy copy = new GradingCopy();
        for (Notebook.Cell cell : submission.cells()) {
            if (!CourseNotebooks.isCheck(cell)) {
                ObjectNode kept = cell.json();
                copy.cells.add(kept);
                if (cell.isCode() && cell.tags().contains(CourseNotebooks.ANSWER_TAG)) {
                    copy.answers.put(kept, cell.exercise().orElse(""));
                }
                continue;
            }
            String id = cell.exercise().orElseThrow();
            if (checks.containsKey(id) && !copy.checked.contains(id)) {
                copy.addCheck(copy.cells.size(), id, checks.get(id));
            }
        }
        checks.forEach((id, check) -> {
            if (!copy.checked.contains(id)) {
                copy.addCheck(copy.afterAnswerOf(id), id, check);
            }
        });
        return copy;
    }

    private void addCheck(int index, String id, ObjectNode check) {
        ObjectNode cell = check.deepCopy();
        cells.add(index, cell);
        courseChecks.put(cell, id);
        checked.add(id);
    }

    /** The place just after the exercise's last answer cell, or the end. */
    private int afterAnswerOf(String id) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (id.equals(answers.get(cells.get(i)))) {
                return i + 1;
            }
        }
        return cells.size();
    }

    /** The notebook to run, named {@code path}, with the submission's metadata. */
    Notebook notebook(Notebook submission, Path path) {
        return submission.withCells(path, cells);
    }

    /** The cell number (from 1) of each course check cell in the notebook to run, with its exercise. */
    Map<Integer, String> checkCells() {
        Map<Integer, String> numbers = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String id = courseChecks.get(cells.get(i));
            if (id != null) {
                numbers.put(i + 1, id);
            }
        }
        return numbers;
    }

    static String shortened(String untrusted) {
        String oneLine = untrusted.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_NAME ? oneLine : oneLine.substring(0, MAX_NAME) + "…";
    }
}
