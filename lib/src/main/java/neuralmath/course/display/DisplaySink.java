package neuralmath.course.display;

/**
 * Where a notebook's displays go: Jupyter's {@code display_data} and {@code update_display_data} messages.
 *
 * <p>The library finds the IJava or JJava kernel by itself ({@link NotebookDisplay#sink()}); a notebook runner or a test
 * hands its own sink to {@link NotebookDisplay#use(DisplaySink)}.
 */
public interface DisplaySink {

    /** Shows {@code value} below the running cell and returns the id that later updates name. */
    String display(Object value);

    /** Replaces what the display with this id shows by {@code value}. */
    void updateDisplay(String id, Object value);
}
