package neuralmath.course.figures;

import static neuralmath.ErrorMessages.assertNames;
import static neuralmath.ErrorMessages.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import neuralmath.course.plot.ChartImage;
import org.junit.jupiter.api.Test;

class DiagramsTest {

    @Test
    void aNetworkDiagramGrowsWithItsLayers() {
        ChartImage small = Diagrams.network(3, 4, 2);
        ChartImage deeper = Diagrams.network(3, 4, 4, 2);
        ChartImage taller = Diagrams.network(3, 8, 2);
        assertTrue(small.toString().contains("3-4-2"), small.toString());
        assertTrue(deeper.getWidth() > small.getWidth());
        assertTrue(taller.getHeight() > small.getHeight());
        assertEquals(small.getHeight(), deeper.getHeight());
    }

    @Test
    void unreadableDiagramsAreRefusedWithTheSizes() {
        assertNames(message(() -> Diagrams.network(64, 10, 10)), "[64, 10, 10]", "1 to " + Diagrams.MAX_NEURONS);
        assertNames(message(() -> Diagrams.network(3)), "[3]");
        assertNames(message(() -> Diagrams.network(3, 0, 2)), "[3, 0, 2]");
    }

    @Test
    void indicesAreWrittenAsSubscriptsAndSuperscripts() {
        assertEquals("₁₂", Diagrams.subscript(12));
        assertEquals("²", Diagrams.superscript(2));
    }

    @Test
    void theGanDiagramSaysWhatItIs() {
        ChartImage gan = Diagrams.gan();
        assertTrue(gan.toString().contains("GAN"), gan.toString());
        assertTrue(gan.getWidth() > 0 && gan.getHeight() > 0);
    }
}
