package neuralmath.suite;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import neuralmath.notebook.Notebook;

/**
 * How a notebook holds an exercise (issue #17): an answer cell (code, tag {@value #ANSWER}), the learner's stub; a
 * check cell (code, tag {@value #CHECK}), one {@code Exercise.check("<id>", ...);}; a solution cell (Markdown, tag
 * {@value #SOLUTION}), whose {@code <details>} block holds the code that replaces the answer cell's. All three name the
 * exercise in {@code metadata.neuralmath.exercise}.
 */
final class ExerciseCells {

    static final String ANSWER = "answer";
    static final String CHECK = "check";
    static final String SOLUTION = Notebook.Cell.SOLUTION_TAG;
    /** The tag of an exercise cell before #17, which held the check call with the answer's expression. */
    static final String OLD_EXERCISE = "exercise";

    /** Lines of a solution shorter than this (normalised) are too common to count as its code, such as {@code return z;}. */
    static final int MIN_LINE = 12;

    /** The solution cell's whole source: a closed fold named Solution around one fenced block of Java. */
    private static final Pattern FOLDED_CODE = Pattern.compile(
            "\\A\\s*<details>\\s*<summary>Solution</summary>\\s*```java\\n(?<code>.*?)\\n?```\\s*</details>\\s*\\z",
            Pattern.DOTALL);
    private static final Pattern LINE_COMMENT = Pattern.compile("//.*");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private ExerciseCells() {
    }

    /** The exercise a cell belongs to ({@code metadata.neuralmath.exercise}), or "" when it names none. */
    static String exerciseOf(Notebook.Cell cell) {
        return cell.metadata().path("neuralmath").path("exercise").asText("");
    }

    /** The code folded in a solution cell's source, when the source is the fold and nothing else. */
    static Optional<String> solutionCode(String markdown) {
        Matcher fold = FOLDED_CODE.matcher(markdown);
        return fold.matches() ? Optional.of(fold.group("code")) : Optional.empty();
    }

    /** A line of code without its {@code //} comment and without any blank, so that spacing does not hide a copy. */
    static String normalised(String line) {
        return BLANKS.matcher(LINE_COMMENT.matcher(line).replaceFirst("")).replaceAll("");
    }

    /**
     * The lines that make the solution: its normalised lines of at least {@value #MIN_LINE} characters that the
     * answer cell's stub does not already have (such as a method's signature).
     */
    static List<String> solutionLines(String solution, String stub) {
        List<String> stubLines = stub.lines().map(ExerciseCells::normalised).toList();
        return solution.lines().map(ExerciseCells::normalised)
                .filter(line -> line.length() >= MIN_LINE && !stubLines.contains(line))
                .distinct().toList();
    }

    /** Whether the code holds every line that makes the solution (and there is at least one). */
    static boolean holdsSolution(String code, List<String> solutionLines) {
        List<String> lines = code.lines().map(ExerciseCells::normalised).toList();
        return !solutionLines.isEmpty() && lines.containsAll(solutionLines);
    }
}
