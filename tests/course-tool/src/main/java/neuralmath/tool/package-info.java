/**
 * {@code course}, the course's one command-line tool ({@link neuralmath.tool.CourseTool}): {@code run} executes
 * notebooks, {@code build} runs every notebook of the course, several at once, and exports the course
 * ({@link neuralmath.tool.BuildCommand}), {@code export} publishes executed notebooks.
 */
package neuralmath.tool;
