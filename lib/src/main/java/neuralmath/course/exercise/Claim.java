package neuralmath.course.exercise;

/**
 * The numbers a notebook's text quotes, checked where they are computed. When a quoted number changes (a new seed,
 * a changed default), the notebook fails its test instead of quietly saying something false.
 */
public final class Claim {

    private Claim() {
    }

    /**
     * Returns {@code value} if it lies in [low, high]; otherwise throws, naming the claim, the value and the range the
     * text relies on.
     */
    public static double between(String what, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw new IllegalStateException("The text says " + what + " lies in [" + low + ", " + high
                    + "], but this run computed " + value + ": the text and the code disagree");
        }
        return value;
    }

    /** Returns {@code value} if it is at least {@code low}; otherwise throws as {@link #between} does. */
    public static double atLeast(String what, double value, double low) {
        return between(what, value, low, Double.POSITIVE_INFINITY);
    }

    /** Returns {@code value} if it is at most {@code high}; otherwise throws as {@link #between} does. */
    public static double atMost(String what, double value, double high) {
        return between(what, value, Double.NEGATIVE_INFINITY, high);
    }
}
