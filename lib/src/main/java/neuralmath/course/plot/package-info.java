/**
 * The course's pictures, drawn with XChart (or Java2D for grids of pixels) in one style ({@link
 * neuralmath.course.plot.Style}): functions and their derivatives, training curves, digits, a confusion matrix, decision
 * regions, first-layer weights and optimizers' paths.
 *
 * <p>Every chart method returns the XChart chart, to restyle it; {@link neuralmath.course.plot.Plots#image} turns charts
 * into a {@link neuralmath.course.plot.ChartImage}, which a notebook cell ending with it shows as a PNG, and
 * {@link neuralmath.course.plot.ChartImage#save} writes to a file. Everything runs headless: nothing opens a window.
 */
package neuralmath.course.plot;
