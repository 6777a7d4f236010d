package neuralmath.course.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import neuralmath.course.display.Headless;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A finished picture: an image in memory that any Java notebook kernel shows as a PNG when a cell ends with it
 * (IJava and JJava render every {@link java.awt.image.RenderedImage} that way), and that prints as a one-line
 * description elsewhere.
 */
public final class ChartImage extends BufferedImage {

    static {
        Headless.ensure();
    }

    private static final int CAPTION_HEIGHT = 40;

    private final String description;

    private ChartImage(int width, int height, String description) {
        super(width, height, BufferedImage.TYPE_INT_RGB);
        this.description = description;
    }

    /** A white canvas to draw on with Java2D, anti-aliased. */
    static ChartImage blank(int width, int height, String description) {
        ChartImage image = new ChartImage(width, height, description);
        Graphics2D g = image.graphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /**
     * A picture drawn with Java2D: {@code painter} gets an anti-aliased pen on a white width×height canvas (a figure
     * of a neuron, a diagram of a network). {@code description} is the text shown where the image cannot be.
     */
    public static ChartImage drawing(int width, int height, String description, Consumer<Graphics2D> painter) {
        ChartImage image = blank(width, height, description);
        Graphics2D g = image.graphics();
        try {
            painter.accept(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The charts drawn side by side, each at its own size, in one image. */
    static ChartImage of(Chart<?, ?>... charts) {
        return of(null, charts);
    }

    /** The charts side by side under a caption line (none if {@code caption} is null). */
    static ChartImage of(String caption, Chart<?, ?>... charts) {
        if (charts.length == 0) {
            throw new IllegalArgumentException("image: give at least one chart");
        }
        int top = caption == null ? 0 : CAPTION_HEIGHT;
        int width = 0;
        int height = 0;
        List<String> titles = new ArrayList<>();
        for (Chart<?, ?> chart : charts) {
            width += chart.getWidth();
            height = Math.max(height, chart.getHeight());
            titles.add(chart.getTitle());
        }
        ChartImage image = blank(width, top + height, caption == null ? describe(titles) : caption);
        Graphics2D g = image.graphics();
        if (caption != null) {
            g.setColor(Style.BLACK);
            g.setFont(Style.CAPTION_LINE);
            g.drawString(caption, 16, CAPTION_HEIGHT - 12);
        }
        g.translate(0, top);
        for (Chart<?, ?> chart : charts) {
            chart.getStyler().setToolTipsEnabled(false); // XChart's bitmap painting fails with tooltips on
            chart.paint(g, chart.getWidth(), chart.getHeight());
            g.translate(chart.getWidth(), 0);
        }
        g.dispose();
        return image;
    }

    /**
     * The titles of charts side by side as one description, "A | B", a prefix they all share up to its colon said
     * once: "Bowl, first 40 steps: SGD, Momentum | AdaGrad, Adam", not the prefix twice.
     */
    static String describe(List<String> titles) {
        int colon = titles.get(0).indexOf(": ");
        String shared = colon < 0 ? "" : titles.get(0).substring(0, colon + 2);
        if (titles.size() > 1 && !shared.isEmpty()
                && titles.stream().allMatch(title -> title.startsWith(shared) && title.length() > shared.length())) {
            return shared + titles.stream().map(title -> title.substring(shared.length()))
                    .collect(Collectors.joining(" | "));
        }
        return String.join(" | ", titles);
    }

    /** A Java2D pen on this image with anti-aliased shapes and text. */
    Graphics2D graphics() {
        Graphics2D g = createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    /** The image as PNG bytes. */
    public byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(this, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode " + this + " as PNG", e);
        }
        return out.toByteArray();
    }

    /** Writes the image as a PNG file, creating missing folders; returns the file. */
    public Path save(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.write(file, png());
        } catch (IOException e) {
            throw new UncheckedIOException("could not save " + this + " to " + file, e);
        }
        return file;
    }

    /** What the picture shows and its size: the text a notebook shows where it cannot show the image. */
    @Override
    public String toString() {
        return description + " (" + getWidth() + "x" + getHeight() + " image)";
    }
}
