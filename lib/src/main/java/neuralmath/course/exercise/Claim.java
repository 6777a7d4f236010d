package neuralmath.course.exercise;

/**
 * The numbers a notebook's text quotes, checked where they are computed. When a quoted number changes (a new seed,
 * a changed default), the notebook fails its test instead of quietly saying something false. A claim that holds
 * returns nothing, so a cell of claims shows no output.
 */
public final class Claim {

    private Claim() {
    }

    /**
     * Passes if {@code value} lies in [low, high]; otherwise throws, naming the claim, the value and the range the
     * text relies on.
     */
    public static void between(String what, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw new IllegalStateException("The text says " + what + " lies in [" + low + ", " + high
                    + "], but this run computed " + value + ": the text and the code disagree");
        }
    }

    /** Passes if {@code value} is at least {@code low}; otherwise throws as {@link #between} does. */
    public static void atLeast(String what, double value, double low) {
        between(what, value, low, Double.POSITIVE_INFINITY);
    }

    /** Passes if {@code value} is at most {@code high}; otherwise throws as {@link #between} does. */
    public static void atMost(String what, double value, double high) {
        between(what, value, Double.NEGATIVE_INFINITY, high);
    }
}
