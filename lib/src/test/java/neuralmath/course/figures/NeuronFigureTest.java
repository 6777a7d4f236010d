package neuralmath.course.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import neuralmath.course.plot.ChartImage;
import org.junit.jupiter.api.Test;

class NeuronFigureTest {

    @Test
    void drawsAFigureThatNamesEveryPart() {
        ChartImage figure = NeuronFigure.draw();
        assertEquals(NeuronFigure.WIDTH, figure.getWidth());
        assertEquals(NeuronFigure.HEIGHT, figure.getHeight());
        for (String part : NeuronFigure.PARTS) {
            assertTrue(figure.toString().contains(part), part);
        }
    }

    @Test
    void theFigureIsMoreThanABlankCanvas() {
        BufferedImage figure = NeuronFigure.draw();
        int white = 0xFFFFFFFF;
        long inked = 0;
        for (int y = 0; y < figure.getHeight(); y += 2) {
            for (int x = 0; x < figure.getWidth(); x += 2) {
                inked += figure.getRGB(x, y) == white ? 0 : 1;
            }
        }
        long pixels = (long) figure.getWidth() * figure.getHeight() / 4;
        assertTrue(inked > pixels / 20 && inked < pixels / 2, inked + " of " + pixels + " sampled pixels inked");
        // the soma's centre holds the nucleus, drawn in colour
        assertTrue(figure.getRGB(250, 260) != white);
    }
}
