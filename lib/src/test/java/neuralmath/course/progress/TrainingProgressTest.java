package neuralmath.course.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import neuralmath.course.display.DisplaySink;
import neuralmath.course.display.NotebookDisplay;
import neuralmath.training.EpochResult;
import neuralmath.training.History;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrainingProgressTest {

    /** Records what a notebook would be sent. */
    private static final class FakeNotebook implements DisplaySink {
        final List<String> ids = new ArrayList<>();
        final List<Object> shown = new ArrayList<>();
        int displays;

        @Override
        public String display(Object value) {
            displays++;
            ids.add("display-" + displays);
            shown.add(value);
            return "display-" + displays;
        }

        @Override
        public void updateDisplay(String id, Object value) {
            ids.add(id);
            shown.add(value);
        }
    }

    private final ByteArrayOutputStream terminalBytes = new ByteArrayOutputStream();
    private final PrintStream terminal = new PrintStream(terminalBytes, true, StandardCharsets.UTF_8);

    @AfterEach
    void restore() {
        NotebookDisplay.use(null);
        TrainingProgress.setEnabled(true);
    }

    private static History train(TrainingProgress progress, int epochs) {
        History history = new History();
        progress.trainingStarted(epochs);
        for (int e = 1; e <= epochs; e++) {
            EpochResult r = new EpochResult(e, 1.0 / e, 0.5 + 0.04 * e, 1.2 / e, 0.45 + 0.04 * e, 2.0);
            history.add(r);
            progress.epochEnded(r);
        }
        progress.trainingEnded(history);
        return history;
    }

    @Test
    void inANotebookEveryEpochUpdatesOneDisplayInPlace() {
        FakeNotebook notebook = new FakeNotebook();
        NotebookDisplay.use(notebook);
        train(new TrainingProgress(terminal, 0), 5);
        assertEquals(1, notebook.displays, "one display, then updates");
        assertEquals(5, notebook.ids.size());
        assertTrue(notebook.ids.stream().allMatch("display-1"::equals), notebook.ids.toString());
        assertTrue(notebook.shown.get(4) instanceof java.awt.image.RenderedImage, "a picture every kernel shows");
        assertTrue(notebook.shown.get(4).toString().startsWith("Epoch 5/5 · loss 0.2000 (test 0.2400)"),
                notebook.shown.get(4).toString());
        assertEquals("", terminalBytes.toString(StandardCharsets.UTF_8), "nothing on the terminal");
    }

    @Test
    void picturesAreThrottledButTheLastEpochIsAlwaysShown() {
        FakeNotebook notebook = new FakeNotebook();
        NotebookDisplay.use(notebook);
        train(new TrainingProgress(terminal, Long.MAX_VALUE), 30);
        assertEquals(List.of("display-1", "display-1"), notebook.ids, "the first epoch and the last");
        assertTrue(notebook.shown.get(1).toString().startsWith("Epoch 30/30"));
    }

    @Test
    void theChartANotebookKeepsHasNoTimeLeftInItsCaption() {
        FakeNotebook notebook = new FakeNotebook();
        NotebookDisplay.use(notebook);
        train(new TrainingProgress(terminal, 0), 3);
        assertTrue(notebook.shown.get(0).toString().contains(" left"), notebook.shown.get(0).toString());
        String last = notebook.shown.get(notebook.shown.size() - 1).toString();
        assertTrue(last.startsWith("Epoch 3/3 · loss") && !last.contains(" left"), last);
    }

    @Test
    void theLineGivesEpochLossesAccuracyAndTimeLeft() {
        TrainingProgress progress = new TrainingProgress(terminal, 0);
        progress.trainingStarted(10);
        EpochResult first = new EpochResult(1, 0.41234, 0.881, 0.45111, 0.86, 3.0);
        progress.epochEnded(first);
        assertEquals("Epoch 1/10 · loss 0.4123 (test 0.4511) · accuracy 88.1% (test 86.0%) · 27 s left",
                progress.line(first));
        EpochResult noTest = new EpochResult(2, 0.3, 0.9, Double.NaN, Double.NaN, 37.0);
        progress.epochEnded(noTest);
        assertEquals("Epoch 2/10 · loss 0.3000 · accuracy 90.0% · 2 min 40 s left", progress.line(noTest));
    }

    @Test
    void outsideANotebookOneTerminalLineIsRewrittenWithABar() {
        train(new TrainingProgress(terminal, 0), 4);
        String out = terminalBytes.toString(StandardCharsets.UTF_8);
        assertEquals(4, out.chars().filter(c -> c == '\r').count(), out);
        assertEquals(1, out.chars().filter(c -> c == '\n').count(), "one line, ended once training ends");
        assertTrue(out.contains("\r[######------------------] Epoch 1/4"), out);
        assertTrue(out.contains("\r[########################] Epoch 4/4"), out);
        assertTrue(out.endsWith("\n"));
    }

    @Test
    void oneSwitchTurnsProgressOffEverywhere() {
        TrainingProgress.setEnabled(false);
        train(new TrainingProgress(terminal, 0), 3);
        assertEquals("", terminalBytes.toString(StandardCharsets.UTF_8));
        FakeNotebook notebook = new FakeNotebook();
        NotebookDisplay.use(notebook);
        train(new TrainingProgress(terminal, 0), 3);
        assertEquals(0, notebook.ids.size());
    }
}
