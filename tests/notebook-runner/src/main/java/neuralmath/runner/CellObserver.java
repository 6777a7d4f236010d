package neuralmath.runner;

import neuralmath.notebook.Notebook;

/**
 * Told about each cell as soon as it has run, inside the JVM that runs the notebook: for a caller that must learn
 * what the cells did in there, even when that JVM dies later (the grader reads the verdicts each check recorded).
 * A notebook run in a JVM of its own makes its observer there, so an implementation is a public class with a public
 * constructor without arguments, on the class path of the runner.
 */
public interface CellObserver {

    /** The cell {@code cell} of {@code notebook} has run, with the {@code result} the run reports for it. */
    void cellRan(Notebook notebook, Notebook.Cell cell, CellResult result);
}
