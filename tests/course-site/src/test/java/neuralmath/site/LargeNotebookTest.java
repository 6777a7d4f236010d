package neuralmath.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notebooks beyond Jackson's default limits (20 million characters in one string): the largest a chapter holds
 * export whole. The limits that remain are the notebook model's (NotebookTest in notebook-format).
 */
class LargeNotebookTest {

    @Test
    void aThirtyMegabyteOutputLineIsExportedWhole(@TempDir Path dir) throws IOException {
        String line = "0123456789".repeat(3_000_000) + " end of the long line";
        new NotebookJson().markdown("# Long output").stdout(line).writeTo(dir.resolve("in/01-long.ipynb"));

        CourseSite.Exported course = CourseSite.build(dir.resolve("in"), dir.resolve("out"));

        String page = Files.readString(course.sitePages().get(1));
        assertTrue(page.contains("<pre class=\"output stream stdout\">" + line + "</pre>"), "the whole line");
        assertTrue(Files.readString(course.slideDecks().get(0)).contains(line));
    }

    @Test
    void aThreeThousandPixelSquarePngIsExportedWhole(@TempDir Path dir) throws IOException {
        BufferedImage noise = new BufferedImage(3000, 3000, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(14);
        for (int y = 0; y < 3000; y++) {
            for (int x = 0; x < 3000; x++) {
                noise.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(noise, "png", png);
        String base64 = Base64.getEncoder().encodeToString(png.toByteArray());
        assertTrue(base64.length() > 20_000_000, "beyond Jackson's default: " + base64.length());
        new NotebookJson().markdown("# Big plot").display("image/png", base64)
                .writeTo(dir.resolve("in/01-plot.ipynb"));

        CourseSite.Exported course = CourseSite.build(dir.resolve("in"), dir.resolve("out"));

        assertTrue(Files.readString(course.sitePages().get(1)).contains("<img src=\"data:image/png;base64,"
                + base64 + "\" alt=\"plot\">"));
    }
}
