package neuralmath.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NotebookTest {

    @AfterEach
    void restore() {
        Notebook.use(null);
    }

    @Test
    void withoutAKernelThereIsNowhereToDisplayAndHtmlRegistrationIsHarmless() {
        assertTrue(Notebook.sink().isEmpty(), "no kernel running");
        Notebook.enableHtml();
        assertTrue(Notebook.sink().isEmpty());
    }

    @Test
    void anInstalledSinkReceivesEveryDisplay() {
        DisplaySink sink = new DisplaySink() {
            @Override
            public String display(Object value) {
                return "id";
            }

            @Override
            public void updateDisplay(String id, Object value) {
            }
        };
        Notebook.use(sink);
        assertSame(sink, Notebook.sink().orElseThrow());
        Notebook.use(null);
        assertTrue(Notebook.sink().isEmpty());
    }

    @Test
    void theLibraryRunsHeadless() {
        Headless.ensure();
        assertEquals("true", System.getProperty("java.awt.headless"));
        assertTrue(java.awt.GraphicsEnvironment.isHeadless());
    }
}
