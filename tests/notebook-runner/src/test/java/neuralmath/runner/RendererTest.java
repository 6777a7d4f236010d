package neuralmath.runner;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kernels' rendering rules, as the runner mirrors them. */
class RendererTest {

    @Test
    void aStringIsPlainTextUnlessAnotherTypeIsAskedFor() {
        assertEquals(List.of("text/plain"), List.copyOf(Renderer.render("<b>x</b>").data().keySet()));
        DisplayData html = Renderer.renderAs("<b>x</b>", List.of("text/html"));
        assertEquals(List.of("text/plain", "text/html"), List.copyOf(html.data().keySet()));
        assertEquals("<b>x</b>", html.data().get("text/html"));
    }

    @Test
    void anyOtherObjectIsItsStringValueEvenWhenHtmlIsAskedFor() {
        Object table = new Object() {
            @Override
            public String toString() {
                return "a table";
            }

            @SuppressWarnings("unused")
            public String toHtml() {
                return "<table></table>";
            }
        };
        DisplayData data = Renderer.renderAs(table, List.of("text/html"));
        assertEquals(List.of("text/plain"), List.copyOf(data.data().keySet()));
        assertEquals("a table", data.data().get("text/plain"));
    }

    @Test
    void anImageIsTheWholePngAndImageStarAsksForEveryImageType() throws IOException {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x123456);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);

        DisplayData data = Renderer.render(image);

        assertArrayEquals(png.toByteArray(), Base64.getDecoder().decode((String) data.data().get("image/png")));
        assertTrue(((String) data.data().get("text/plain")).startsWith("BufferedImage@"));
        DisplayData all = Renderer.renderAs(new ByteArrayInputStream(png.toByteArray()), List.of("image/*"));
        assertEquals(List.of("image/png", "image/jpeg", "image/gif", "text/plain"), List.copyOf(all.data().keySet()));
    }

    @Test
    void anImageThatCannotBeEncodedSaysWhy() {
        BufferedImage transparent = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Renderer.renderAs(transparent, List.of("image/jpeg")));
        assertTrue(e.getMessage().contains("as jpeg"), e.getMessage());
    }

    @Test
    void aDisplayDataResultStandsForItself() {
        DisplayData own = new DisplayData("text");
        own.putHTML("<i>text</i>");
        assertEquals(own, Renderer.renderResult(own));
    }
}
