package neuralmath.course.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import neuralmath.course.display.DisplaySink;
import neuralmath.course.display.HtmlRenderable;
import neuralmath.course.display.NotebookDisplay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DownloadProgressTest {

    private final ByteArrayOutputStream terminalBytes = new ByteArrayOutputStream();
    private final PrintStream terminal = new PrintStream(terminalBytes, true, StandardCharsets.UTF_8);

    @AfterEach
    void restore() {
        NotebookDisplay.use(null);
    }

    @Test
    void onATerminalOneLineIsRewrittenWithABarAndTheMegabytes() {
        DownloadProgress progress = new DownloadProgress(terminal);
        progress.started("t10k-labels-idx1-ubyte.gz", 4_000_000);
        progress.advanced(1_000_000);
        progress.advanced(4_000_000);
        progress.ended();
        String printed = terminalBytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("\r[------------------------] t10k-labels-idx1-ubyte.gz 0.0 of 4.0 MB"), printed);
        assertTrue(printed.endsWith("\r[########################] t10k-labels-idx1-ubyte.gz 4.0 of 4.0 MB"
                + System.lineSeparator()), printed);
    }

    @Test
    void inANotebookOneBarIsShownAndUpdatedInPlaceAsHtml() {
        List<String> ids = new ArrayList<>();
        List<Object> shown = new ArrayList<>();
        NotebookDisplay.use(new DisplaySink() {
            @Override
            public String display(Object value) {
                ids.add("bar");
                shown.add(value);
                return "bar";
            }

            @Override
            public void updateDisplay(String id, Object value) {
                ids.add(id);
                shown.add(value);
            }
        });
        DownloadProgress progress = new DownloadProgress(terminal);
        progress.started("a<b.gz", -1);
        progress.advanced(2_500_000);
        progress.ended();
        assertEquals("bar", ids.get(ids.size() - 1));
        assertTrue(ids.stream().allMatch("bar"::equals), "one display, updated in place: " + ids);
        String html = ((HtmlRenderable) shown.get(shown.size() - 1)).toHtml();
        assertEquals("<div><progress value=\"0.000\" max=\"1\" style=\"width:16em\"></progress> <code>a&lt;b.gz 2.5 MB"
                + "</code></div>", html);
        assertEquals("", terminalBytes.toString(StandardCharsets.UTF_8), "nothing on the terminal");
    }
}
