package neuralmath.course.progress;

import java.io.PrintStream;
import java.util.Locale;
import neuralmath.course.display.DisplaySink;
import neuralmath.course.display.NotebookDisplay;
import neuralmath.course.plot.Plots;
import neuralmath.training.EpochResult;
import neuralmath.training.History;
import neuralmath.training.TrainingListener;

/**
 * Live progress of a training run: {@code trainer.listener(new TrainingProgress())}.
 *
 * <p>In a notebook, one picture below the cell (a line with the epoch, losses, accuracy and time left, over the loss
 * and accuracy curves so far) is updated in place after each epoch, through the kernel's {@code updateDisplay}. Outside
 * a notebook, one line on the terminal is rewritten ({@code \r}) with a bar. {@link #setEnabled(boolean)
 * setEnabled(false)}, or {@code -Dneuralmath.progress=off}, turns every progress display off.
 */
public final class TrainingProgress implements TrainingListener {

    /** The notebook picture is redrawn at most this often (the last epoch is always drawn). */
    static final long MIN_NANOS_BETWEEN_PICTURES = 500_000_000L;
    private static final int BAR = 24;

    private static volatile boolean enabled = !"off".equals(System.getProperty("neuralmath.course.progress"));

    private final PrintStream terminal;
    private final long minNanosBetweenPictures;
    private History seen = new History();
    private int epochs;
    private DisplaySink sink;
    private String displayId;
    private long lastPicture;
    private boolean lastShown;
    private boolean ended;

    /** Progress on the notebook if there is one, else on {@code System.out}. */
    public TrainingProgress() {
        this(System.out, MIN_NANOS_BETWEEN_PICTURES);
    }

    TrainingProgress(PrintStream terminal, long minNanosBetweenPictures) {
        this.terminal = terminal;
        this.minNanosBetweenPictures = minNanosBetweenPictures;
    }

    /** The one switch: false turns live progress off everywhere (notebook and terminal). */
    public static void setEnabled(boolean on) {
        enabled = on;
    }

    @Override
    public void trainingStarted(int epochs) {
        this.epochs = epochs;
        seen = new History();
        sink = NotebookDisplay.sink().orElse(null);
        displayId = null;
        ended = false;
    }

    @Override
    public void epochEnded(EpochResult result) {
        seen.add(result);
        lastShown = false;
        if (!enabled) {
            return;
        }
        if (sink == null) {
            int done = BAR * result.epoch() / Math.max(1, epochs);
            terminal.print("\r[" + "#".repeat(done) + "-".repeat(BAR - done) + "] " + line(result) + "   ");
            terminal.flush();
            lastShown = true;
        } else if (displayId == null || result.epoch() == epochs
                || System.nanoTime() - lastPicture >= minNanosBetweenPictures) {
            showPicture();
        }
    }

    @Override
    public void trainingEnded(History history) {
        ended = true;
        if (!enabled || seen.size() == 0) {
            return;
        }
        if (sink == null) {
            terminal.println();
        } else if (!lastShown) {
            showPicture(); // training stopped early, or the last epochs came faster than the picture interval
        }
    }

    private void showPicture() {
        Object picture = Plots.image(line(seen.last()), Plots.loss(seen), Plots.accuracy(seen));
        if (displayId == null) {
            displayId = sink.display(picture);
        } else {
            sink.updateDisplay(displayId, picture);
        }
        lastPicture = System.nanoTime();
        lastShown = true;
    }

    /**
     * E.g. "Epoch 3/10 · loss 0.4123 (test 0.4511) · accuracy 88.1% (test 86.0%) · 12 s left"; the line of the last
     * epoch, or of a run that stopped early, has no time left: it is the caption of the chart a notebook keeps.
     */
    String line(EpochResult r) {
        double secondsLeft = seen.seconds() / seen.size() * (epochs - r.epoch());
        String left = ended || r.epoch() >= epochs ? "" : " · " + duration(secondsLeft) + " left";
        return String.format(Locale.ROOT, "Epoch %d/%d · loss %.4f%s · accuracy %.1f%%%s%s",
                r.epoch(), epochs, r.trainLoss(),
                r.hasTest() ? String.format(Locale.ROOT, " (test %.4f)", r.testLoss()) : "",
                100 * r.trainAccuracy(),
                r.hasTest() ? String.format(Locale.ROOT, " (test %.1f%%)", 100 * r.testAccuracy()) : "",
                left);
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
    }

    @Override
    public String toString() {
        return "TrainingProgress(" + (enabled ? (sink != null ? "notebook" : "terminal") : "off") + ")";
    }
}
