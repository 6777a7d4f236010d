package neuralmath.course.progress;

import java.io.PrintStream;
import java.util.Locale;
import neuralmath.course.display.DisplaySink;
import neuralmath.course.display.HtmlRenderable;
import neuralmath.course.display.NotebookDisplay;
import neuralmath.data.DownloadListener;

/**
 * A download's progress bar: in a notebook, one bar below the cell, updated in place; outside one, a line on the
 * terminal rewritten with {@code \r}. E.g. {@code [########----------------] train-images-idx3-ubyte.gz 8.8 of 26.4
 * MB}.
 */
public final class DownloadProgress implements DownloadListener {

    /** The bar is redrawn at most this often (the last state is always drawn). */
    private static final long MIN_NANOS_BETWEEN_UPDATES = 250_000_000L;
    private static final int BAR = 24;

    private final PrintStream terminal;
    private DisplaySink sink;
    private String displayId;
    private String file;
    private long total;
    private long received;
    private long lastUpdate;

    /** Progress in the notebook if there is one, else on {@code System.out}. */
    public DownloadProgress() {
        this(System.out);
    }

    DownloadProgress(PrintStream terminal) {
        this.terminal = terminal;
    }

    @Override
    public void started(String file, long totalBytes) {
        this.file = file;
        this.total = totalBytes;
        this.received = 0;
        sink = NotebookDisplay.sink().orElse(null);
        displayId = null;
        show();
    }

    @Override
    public void advanced(long bytesSoFar) {
        received = bytesSoFar;
        if (System.nanoTime() - lastUpdate >= MIN_NANOS_BETWEEN_UPDATES) {
            show();
        }
    }

    @Override
    public void ended() {
        show();
        if (sink == null) {
            terminal.println();
        }
    }

    private void show() {
        Bar bar = new Bar(line(), total > 0 ? (double) received / total : 0);
        if (sink == null) {
            terminal.print("\r" + bar);
            terminal.flush();
        } else if (displayId == null) {
            displayId = sink.display(bar);
        } else {
            sink.updateDisplay(displayId, bar);
        }
        lastUpdate = System.nanoTime();
    }

    /** E.g. "train-images-idx3-ubyte.gz 8.8 of 26.4 MB", or "... 8.8 MB" when the size is not known. */
    String line() {
        return String.format(Locale.ROOT, "%s %.1f%s MB", file, received / 1e6,
                total > 0 ? String.format(Locale.ROOT, " of %.1f", total / 1e6) : "");
    }

    /** The bar as text for a terminal and as an HTML {@code <progress>} element for a notebook. */
    record Bar(String line, double done) implements HtmlRenderable {

        static {
            NotebookDisplay.enableHtml();
        }

        @Override
        public String toHtml() {
            return String.format(Locale.ROOT, "<div><progress value=\"%.3f\" max=\"1\" style=\"width:16em\"></progress>"
                    + " <code>%s</code></div>", done, line.replace("&", "&amp;").replace("<", "&lt;"));
        }

        @Override
        public String toString() {
            int filled = (int) Math.round(BAR * Math.min(1, done));
            return "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + line;
        }
    }
}
