package neuralmath.course.plot;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import neuralmath.la.Matrix;

/**
 * Rows of a matrix drawn as small square pictures in a grid, each with a caption: digits with their labels,
 * or the weights of each hidden neuron. Java2D does this in a few lines where a chart library would add axes.
 */
final class PixelGrid {

    /** Pictures per row of the grid. */
    static final int COLUMNS = 10;
    private static final int GAP = 14;
    private static final int CAPTION = 24;
    private static final int TITLE = 40;

    private PixelGrid() {
    }

    /** The colour of pixel value v of picture i. */
    interface Palette {
        Color colorOf(int picture, double value);
    }

    /** The side of the square pictures that rows of {@code cols} pixels make, e.g. 8 for 64. */
    static int side(String what, int cols) {
        int side = (int) Math.round(Math.sqrt(cols));
        if (side * side != cols) {
            throw new IllegalArgumentException(what + ": " + cols + " pixels per picture do not make a square picture");
        }
        return side;
    }

    static ChartImage draw(String title, Matrix pictures, String[] captions, Color[] captionColors, Palette palette) {
        int n = pictures.rows();
        int side = side(title, pictures.cols());
        int scale = Math.max(3, 64 / side);
        int cell = side * scale;
        int columns = Math.min(COLUMNS, n);
        int rows = (n + columns - 1) / columns;
        int width = GAP + columns * (cell + GAP);
        int height = TITLE + rows * (CAPTION + cell + GAP);
        ChartImage image = ChartImage.blank(Math.max(width, 2 * GAP + titleWidth(title)), height, title);
        Graphics2D g = image.graphics();
        g.setColor(Style.BLACK);
        g.setFont(Style.TITLE);
        g.drawString(title, GAP, 28);
        g.setFont(Style.CAPTION);
        FontMetrics metrics = g.getFontMetrics();
        for (int p = 0; p < n; p++) {
            int x0 = GAP + (p % columns) * (cell + GAP);
            int y0 = TITLE + (p / columns) * (CAPTION + cell + GAP);
            g.setColor(captionColors[p]);
            g.drawString(captions[p], x0 + (cell - metrics.stringWidth(captions[p])) / 2, y0 + CAPTION - 6);
            for (int r = 0; r < side; r++) {
                for (int c = 0; c < side; c++) {
                    g.setColor(palette.colorOf(p, pictures.get(p, r * side + c)));
                    g.fillRect(x0 + c * scale, y0 + CAPTION + r * scale, scale, scale);
                }
            }
            g.setColor(new Color(0xBBBBBB));
            g.drawRect(x0 - 1, y0 + CAPTION - 1, cell + 1, cell + 1);
        }
        g.dispose();
        return image;
    }

    private static int titleWidth(String title) {
        Graphics2D g = ChartImage.blank(1, 1, "").graphics();
        int width = g.getFontMetrics(Style.TITLE).stringWidth(title);
        g.dispose();
        return width;
    }

    /** White for {@code min}, black for {@code max}: ink on paper. */
    static Color grey(double value, double min, double max) {
        double t = max > min ? (value - min) / (max - min) : 0.0;
        int level = (int) Math.round(255 * (1 - Math.max(0.0, Math.min(1.0, t))));
        return new Color(level, level, level);
    }

    /** Blue for −limit, white for 0, vermillion for +limit (Okabe-Ito's two most distinct colours). */
    static Color diverging(double value, double limit) {
        double t = limit > 0 ? Math.max(-1.0, Math.min(1.0, value / limit)) : 0.0;
        return Tiles.pale(t < 0 ? Style.BLUE : Style.VERMILLION, 1 - Math.abs(t));
    }
}
