/**
 * The headless notebook runner: {@link neuralmath.runner.NotebookRunner} executes a notebook's code cells in JShell
 * as the IJava and JJava kernels do, each notebook in a JVM of its own ({@link neuralmath.runner.NotebookProcess}),
 * with bounded output and time per cell; {@link neuralmath.runner.RunCommand} is {@code course run}, and
 * {@link neuralmath.runner.UnfinishedRunGuard} keeps a run that ended early from exiting with success.
 */
package neuralmath.runner;
