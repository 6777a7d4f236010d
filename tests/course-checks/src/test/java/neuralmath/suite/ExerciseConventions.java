package neuralmath.suite;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import neuralmath.course.exercise.Check;
import neuralmath.course.exercise.Exercise;
import neuralmath.course.exercise.ExerciseCatalogue;
import neuralmath.course.exercise.Verdict;
import neuralmath.notebook.Notebook;
import neuralmath.runner.ExecutedNotebook;

/**
 * What the course promises of its exercises ({@link ExerciseCells}): each has its answer, check and solution cells
 * in that order, for an exercise of the library's catalogue; only check cells check, and nothing Run All executes
 * holds a solution; as the course ships, every check says "not yet", never naming a known mistake; every solution
 * is right, with every point.
 */
final class ExerciseConventions {

    private ExerciseConventions() {
    }

    /** What is wrong with the exercises of a notebook as stored, one sentence each, naming the cells. */
    static List<String> faults(List<Notebook.Cell> cells) {
        List<String> faults = new ArrayList<>();
        Map<String, Integer> answers = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            Notebook.Cell cell = cells.get(i);
            if (cell.tags().contains(ExerciseCells.OLD_EXERCISE)) {
                faults.add(at(cell) + " is tagged 'exercise', the old form of an exercise: split it into an answer, a"
                        + " check and a solution cell, as notebooks/04-weighted-sum.ipynb does");
            }
            if (cell.tags().contains(ExerciseCells.ANSWER)) {
                answerFaults(cells, i, answers, faults);
            }
            if (cell.tags().contains(ExerciseCells.CHECK)) {
                checkFaults(cells, i, faults);
            }
            if (cell.isSolution()) {
                solutionFaults(cells, i, faults);
            }
            if (cell.isCode() && !cell.tags().contains(ExerciseCells.CHECK) && cell.source().contains("Exercise.check")) {
                faults.add(at(cell) + " calls Exercise.check outside a check cell: an exercise is checked by its"
                        + " check cell only");
            }
        }
        for (int i = 0; i + 2 < cells.size(); i++) {
            solutionLeaks(cells, i, faults);
        }
        return faults;
    }

    private static void answerFaults(List<Notebook.Cell> cells, int i, Map<String, Integer> answers,
                                     List<String> faults) {
        Notebook.Cell answer = cells.get(i);
        String id = ExerciseCells.exerciseOf(answer);
        if (!answer.isCode()) {
            faults.add(at(answer) + " is an answer cell but not a code cell");
        }
        if (id.isEmpty()) {
            faults.add(at(answer) + " is an answer cell that names no exercise (metadata.neuralmath.exercise)");
            return;
        }
        try {
            ExerciseCatalogue.find(id);
        } catch (IllegalArgumentException notThere) {
            faults.add(at(answer) + " is the answer cell of " + id + ", which is not in the library's catalogue: "
                    + notThere.getMessage());
        }
        Integer first = answers.putIfAbsent(id, answer.number());
        if (first != null) {
            faults.add(at(answer) + " is a second answer cell of " + id + " (the first is cell " + first + ")");
        }
        if (!is(cells, i + 1, ExerciseCells.CHECK, id)) {
            faults.add(at(answer) + " is the answer cell of " + id + ", but the next cell is not its check cell"
                    + " (tag check, the same exercise)");
        }
        if (!is(cells, i + 2, ExerciseCells.SOLUTION, id)) {
            faults.add(at(answer) + " is the answer cell of " + id + ", but the cell after its check is not its"
                    + " solution cell (tag solution, the same exercise)");
        }
    }

    private static void checkFaults(List<Notebook.Cell> cells, int i, List<String> faults) {
        Notebook.Cell check = cells.get(i);
        String id = ExerciseCells.exerciseOf(check);
        if (!is(cells, i - 1, ExerciseCells.ANSWER, id)) {
            faults.add(at(check) + " is a check cell, but the cell before it is not the answer cell of its exercise"
                    + (id.isEmpty() ? "" : " " + id));
        }
        String call = "Exercise.check(\"" + id + "\", ";
        if (!check.isCode() || !Pattern.matches(Pattern.quote(call) + "[^;]+\\);", check.source().strip())) {
            faults.add(at(check) + " must be exactly one statement, " + call + "...); it is: "
                    + check.source().strip().lines().findFirst().orElse("empty"));
        }
        JsonNode metadata = check.metadata();
        if (metadata.path("editable").asBoolean(true) || metadata.path("deletable").asBoolean(true)) {
            faults.add(at(check) + " is a check cell the learner can edit or delete: set its metadata editable and"
                    + " deletable to false");
        }
    }

    private static void solutionFaults(List<Notebook.Cell> cells, int i, List<String> faults) {
        Notebook.Cell solution = cells.get(i);
        String id = ExerciseCells.exerciseOf(solution);
        if (!solution.isMarkdown()) {
            faults.add(at(solution) + " is a solution in a code cell, which Run All executes: make it a Markdown cell"
                    + " that folds the code (<details>, <summary>Solution</summary>, a ```java block, </details>)");
        } else if (ExerciseCells.solutionCode(solution.source()).isEmpty()) {
            faults.add(at(solution) + " must hold the fold and nothing else: <details>, <summary>Solution</summary>,"
                    + " one ```java block with the code that replaces the answer cell's, </details>");
        }
        if (!is(cells, i - 1, ExerciseCells.CHECK, id) || id.isEmpty()) {
            faults.add(at(solution) + " is a solution cell, but the cell before it is not the check cell of its"
                    + " exercise" + (id.isEmpty() ? "" : " " + id));
        }
        if (!"skip".equals(solution.slideType().orElse(""))) {
            faults.add(at(solution) + " is a solution cell that Jupyter's own slideshow would show among the"
                    + " task's slides: set its slideshow slide_type to skip (the course's decks give it a sub-slide of"
                    + " its own after the check)");
        }
    }

    /**
     * When cells i, i+1, i+2 are an exercise's answer, check and solution: no code cell but the check cells holds
     * the lines that make the solution, and the exercise's hint holds none of them.
     */
    private static void solutionLeaks(List<Notebook.Cell> cells, int i, List<String> faults) {
        Notebook.Cell answer = cells.get(i);
        String id = ExerciseCells.exerciseOf(answer);
        if (!answer.tags().contains(ExerciseCells.ANSWER) || id.isEmpty() || !is(cells, i + 2, ExerciseCells.SOLUTION, id)) {
            return;
        }
        Notebook.Cell solution = cells.get(i + 2);
        Optional<String> code = ExerciseCells.solutionCode(solution.source());
        if (code.isEmpty()) {
            return;
        }
        List<String> lines = ExerciseCells.solutionLines(code.get(), answer.source());
        for (Notebook.Cell cell : cells) {
            if (cell.isCode() && !cell.tags().contains(ExerciseCells.CHECK)
                    && ExerciseCells.holdsSolution(cell.source(), lines)) {
                faults.add(at(cell) + " holds the code of the solution of " + id + " (cell " + solution.number()
                        + "), which Run All would run");
            }
        }
        catalogued(id).ifPresent(exercise -> {
            String hint = ExerciseCells.normalised(exercise.hint());
            lines.stream().filter(hint::contains).findFirst().ifPresent(line -> faults.add("the hint of " + id
                    + " holds the line '" + line + "' (blanks left out) of its solution (cell " + solution.number()
                    + "): a hint says what to compute, not the code"));
        });
    }

    /**
     * Fails unless the notebook, run with its solutions ({@link SolutionRuns}), kept the promises of a run: as the
     * course ships, every check cell printed one verdict, "✘ Not yet", naming no known mistake, and no cell printed
     * an exercise's "✔ Right" (a line of {@link Check} in a teaching cell has no points and does not count); each
     * solution then made its check print "✔ Right" with every point. Cells are named by their number in the
     * notebook as stored.
     */
    static void assertExercisesCheck(ExecutedNotebook executed) {
        List<String> faults = new ArrayList<>();
        int inserted = 0;
        int lastCheck = 0;
        for (Notebook.Cell cell : executed.notebook().cells()) {
            String role = cell.metadata().path("neuralmath").path(SolutionRuns.INSERTED).asText("");
            List<PrintedVerdict> verdicts = verdicts(printed(cell));
            String id = ExerciseCells.exerciseOf(cell);
            if (!role.isEmpty()) {
                inserted++;
                if (role.equals(SolutionRuns.CHECK_AGAIN) && !(verdicts.size() == 1 && verdicts.get(0).rightWithEveryPoint())) {
                    faults.add("the solution of " + id + " (after check cell " + lastCheck + ") must make its check"
                            + " print '" + Check.RIGHT + "' with every point, printed: " + printed(cell).strip());
                }
                continue;
            }
            int number = cell.number() - inserted;
            if (cell.tags().contains(ExerciseCells.CHECK)) {
                lastCheck = number;
                if (verdicts.size() != 1 || verdicts.get(0).right()) {
                    faults.add("check cell " + number + " must print '" + Check.NOT_YET + "' as the course ships it"
                            + " (its stub's verdict), printed: " + printed(cell).strip());
                }
                for (String diagnosis : catalogued(id).map(Exercise::mistakeDiagnoses).orElse(List.of())) {
                    if (printed(cell).contains(diagnosis)) {
                        faults.add("check cell " + number + ": the stub's verdict names the known mistake \""
                                + diagnosis + "\" (a stub must differ from every known mistake)");
                    }
                }
            } else if (verdicts.stream().anyMatch(PrintedVerdict::right)) {
                faults.add("cell " + number + " prints an exercise's '" + Check.RIGHT + "' as the course ships it: "
                        + printed(cell).strip());
            }
        }
        if (!faults.isEmpty()) {
            fail(executed.source().getFileName() + ": " + String.join("; ", faults));
        }
    }

    /** A verdict an exercise's check printed: right or not, and its points. */
    record PrintedVerdict(boolean right, double earned, int points) {
        boolean rightWithEveryPoint() {
            return right && earned == points;
        }
    }

    /** Every verdict the text holds ({@link Verdict#PRINTED}), in order. */
    static List<PrintedVerdict> verdicts(String printed) {
        List<PrintedVerdict> found = new ArrayList<>();
        Matcher line = Verdict.PRINTED.matcher(printed);
        while (line.find()) {
            found.add(new PrintedVerdict(line.group("mark").equals(Check.RIGHT), Double.parseDouble(line.group("earned")),
                    Integer.parseInt(line.group("points"))));
        }
        return found;
    }

    /** What a cell printed on its standard output and error. */
    static String printed(Notebook.Cell cell) {
        StringBuilder out = new StringBuilder();
        for (JsonNode output : cell.outputs()) {
            if ("stream".equals(output.path("output_type").asText())) {
                out.append(Notebook.text(output.path("text")));
            }
        }
        return out.toString();
    }

    private static boolean is(List<Notebook.Cell> cells, int index, String tag, String id) {
        return index >= 0 && index < cells.size() && cells.get(index).tags().contains(tag)
                && ExerciseCells.exerciseOf(cells.get(index)).equals(id);
    }

    private static Optional<Exercise<?>> catalogued(String id) {
        try {
            return Optional.of(ExerciseCatalogue.find(id));
        } catch (IllegalArgumentException notThere) {
            return Optional.empty();
        }
    }

    private static String at(Notebook.Cell cell) {
        return "cell " + cell.number();
    }
}
