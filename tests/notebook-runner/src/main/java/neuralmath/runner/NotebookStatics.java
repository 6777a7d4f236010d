package neuralmath.runner;

import neuralmath.notebook.Notebook;
import java.util.List;
import java.util.UUID;
import neuralmath.course.display.DisplaySink;

/**
 * What every cell can call without an import, with the signatures IJava 1.3.0
 * ({@code io.github.spencerpark.ijava.runtime.Display}) and JJava ({@code BaseNotebookStatics}) give their cells:
 * the runner imports these methods statically into each notebook's JShell session.
 *
 * <p>Left out are the kernels' handles on themselves ({@code getKernelInstance()}, {@code kernel()}), {@code eval},
 * {@code lineMagic} and {@code cellMagic}: a cell using them would depend on one kernel's API.
 */
public final class NotebookStatics {

    /**
     * Where the library sends displays that update in place (live training progress): to the running cell, as a
     * kernel's {@code display} and {@code updateDisplay} would. The runner installs it with
     * {@code neuralmath.course.display.NotebookDisplay.use}.
     */
    static final DisplaySink LIBRARY_DISPLAYS = new DisplaySink() {
        @Override
        public String display(Object value) {
            return NotebookStatics.display(value);
        }

        @Override
        public void updateDisplay(String id, Object value) {
            NotebookStatics.updateDisplay(id, value);
        }
    };

    private NotebookStatics() {
    }

    /** {@code System.out.printf}, as both kernels offer it. */
    public static void printf(String format, Object... args) {
        System.out.printf(format, args);
    }

    /** The object as a MIME bundle in its preferred types (see {@link Renderer}). */
    public static DisplayData render(Object o) {
        return Renderer.render(o);
    }

    /** The object as a MIME bundle in the given MIME types, and always as text/plain. */
    public static DisplayData render(Object o, String... as) {
        return Renderer.renderAs(o, List.of(as));
    }

    /** Shows the object below the cell now; returns the display's id, for {@link #updateDisplay}. */
    public static String display(Object o) {
        return show(render(o));
    }

    /** Shows the object in the given MIME types; returns the display's id, for {@link #updateDisplay}. */
    public static String display(Object o, String... as) {
        return show(render(o, as));
    }

    /** Replaces what the display with this id shows, wherever in the notebook it is. */
    public static void updateDisplay(String id, Object o) {
        CellOutputs.current().update(id, render(o));
    }

    /** Replaces what the display with this id shows, in the given MIME types. */
    public static void updateDisplay(String id, Object o, String... as) {
        CellOutputs.current().update(id, render(o, as));
    }

    private static String show(DisplayData data) {
        if (!data.hasDisplayId()) {
            data.setDisplayId(UUID.randomUUID().toString());
        }
        CellOutputs.current().display(data);
        return data.getDisplayId();
    }
}
