package neuralmath.course.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NotebookTest {

    @AfterEach
    void restore() {
        NotebookDisplay.use(null);
    }

    @Test
    void withoutAKernelThereIsNowhereToDisplayAndHtmlRegistrationIsHarmless() {
        assertTrue(NotebookDisplay.sink().isEmpty(), "no kernel running");
        NotebookDisplay.enableHtml();
        assertTrue(NotebookDisplay.sink().isEmpty());
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
        NotebookDisplay.use(sink);
        assertSame(sink, NotebookDisplay.sink().orElseThrow());
        NotebookDisplay.use(null);
        assertTrue(NotebookDisplay.sink().isEmpty());
    }

    @Test
    void theLibraryRunsHeadless() {
        Headless.ensure();
        assertEquals("true", System.getProperty("java.awt.headless"));
        assertTrue(java.awt.GraphicsEnvironment.isHeadless());
    }
}
