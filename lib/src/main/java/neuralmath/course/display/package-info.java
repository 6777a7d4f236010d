/**
 * How the library's pictures and tables reach a notebook, with no compile-time dependency on any kernel.
 *
 * <h2>The convention</h2>
 * <ul>
 *   <li><b>Pictures are images.</b> Every picture is a {@link neuralmath.course.plot.ChartImage}, a
 *       {@link java.awt.image.BufferedImage}. IJava 1.3.0 and JJava 1.0 both render any
 *       {@link java.awt.image.RenderedImage} that ends a cell as {@code image/png} (their {@code Image} renderer,
 *       registered by the kernel itself), so charts need nothing from the kernel. Its {@code toString()} is a one-line
 *       description, the {@code text/plain} every kernel adds.</li>
 *   <li><b>Tables are {@link neuralmath.course.display.HtmlRenderable}.</b> An {@code HtmlRenderable} object gives
 *       {@code toHtml()} (an HTML fragment with inline styles) and {@code toString()} (aligned text). Kernels show a
 *       plain object as its {@code toString()} only, so the first time a library class that implements
 *       {@code HtmlRenderable} is initialised,
 *       {@link neuralmath.course.display.NotebookDisplay#enableHtml()} registers, by reflection, a render function for
 *       {@code HtmlRenderable.class} with {@code text/html} in the running kernel's renderer
 *       ({@code kernel.getRenderer().createRegistration(HtmlRenderable.class).preferring("text/html").register(f)}, the same
 *       API in both kernels). With no kernel, or one whose API differs, nothing happens and the text shows.</li>
 *   <li><b>Displays that update go through a {@link neuralmath.course.display.DisplaySink}.</b>
 *       {@link neuralmath.course.display.NotebookDisplay#sink()} is the sink given to
 *       {@link neuralmath.course.display.NotebookDisplay#use}, else
 *       the running IJava kernel ({@code io.github.spencerpark.ijava.runtime.Display.display/updateDisplay}), else the
 *       running JJava kernel ({@code org.dflib.jjava.jupyter.kernel.BaseNotebookStatics.display/updateDisplay}), else
 *       none (the terminal).</li>
 * </ul>
 *
 * <h2>For a headless notebook runner</h2>
 * A runner honours the same convention: a cell value that is a {@code RenderedImage} becomes {@code image/png};
 * one that implements {@code neuralmath.course.display.HtmlRenderable} becomes {@code text/html} from
 * {@code toHtml()}; every value
 * also gets {@code text/plain} from {@code toString()}. Before running cells, the runner calls
 * {@code NotebookDisplay.use(sink)} with its own {@code DisplaySink}: {@code display(value)} appends a
 * {@code display_data} output (rendered as above) and returns a fresh id; {@code updateDisplay(id, value)} replaces
 * the output with that id.
 *
 * <p>JJava also loads {@code org.dflib.jjava.jupyter.Extension}s named in {@code META-INF/services} of a jar added
 * to the class path. The library does not use that: an extension must implement JJava's interface, a compile-time
 * dependency, and a services entry for a class that does not implement it makes JJava's loader fail. Registration
 * at class initialisation works the same in both kernels.
 */
package neuralmath.course.display;
