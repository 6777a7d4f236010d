package neuralmath.course.exercise;

import java.util.regex.Pattern;

/**
 * What a check found: whether the answer to exercise {@code id} is right, the points it earned out of
 * {@code points}, and the line the learner reads. The line names the learner's own value and, when it is not right,
 * what looks wrong and a hint; it never shows the right answer.
 *
 * @param earned points earned: all of them when right, a share for a matrix that is partly right, else 0
 */
public record Verdict(String id, String title, boolean right, double earned, int points, String message) {

    /**
     * The first line of a printed verdict, as {@link #toString()} writes it, in a cell's output: the mark (group
     * {@code mark}, {@value Check#RIGHT} or {@value Check#NOT_YET}) and the points (groups {@code earned} and
     * {@code points}). A line of {@link Check} has no points, so the two tell apart.
     */
    public static final Pattern PRINTED = Pattern.compile("^(?<mark>" + Pattern.quote(Check.RIGHT) + "|"
            + Pattern.quote(Check.NOT_YET) + ") .* \\((?<earned>[0-9.]+) of (?<points>[0-9]+) points?\\)$",
            Pattern.MULTILINE);

    /** The printed line: {@value Check#RIGHT} or {@value Check#NOT_YET}, the message and the points. */
    @Override
    public String toString() {
        return (right ? Check.RIGHT : Check.NOT_YET) + " " + message.replaceFirst("(?s)(\n  Hint:|$)",
                " (" + Comparison.shown(earned) + " of " + points + (points == 1 ? " point)" : " points)") + "$1");
    }
}
