package neuralmath.course.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Arrays;
import java.util.stream.Collectors;
import neuralmath.course.plot.ChartImage;
import neuralmath.course.plot.Style;

/**
 * Diagrams of networks drawn with Java2D: the layers of a feed-forward network, neuron by neuron, and the two
 * players of a generative adversarial network.
 */
public final class Diagrams {

    /** The most neurons one layer of {@link #network} draws. */
    public static final int MAX_NEURONS = 10;

    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    private static final Font BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    private static final Color EDGE = new Color(0x9AA5AE);
    private static final Color[] LAYER_COLORS = {Style.SKY_BLUE, Style.ORANGE, Style.GREEN};
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private static final int RADIUS = 24;
    private static final int ROW = 70;
    private static final int COLUMN = 230;

    private Diagrams() {
    }

    /**
     * A feed-forward network with the given layer sizes, e.g. {3, 4, 2}: inputs x₁…, hidden neurons h₁…, outputs
     * ŷ₁…, every neuron joined to every neuron of the next layer by a weight (a line). Under each gap between
     * layers: the weights Wˡ (n_in × n_out) and biases bˡ that the gap holds.
     */
    public static ChartImage network(int... sizes) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("network: needs at least an input and an output layer, got "
                    + Arrays.toString(sizes));
        }
        for (int s : sizes) {
            if (s < 1 || s > MAX_NEURONS) {
                throw new IllegalArgumentException("network: draws 1 to " + MAX_NEURONS + " neurons per layer, got "
                        + Arrays.toString(sizes));
            }
        }
        int tallest = Arrays.stream(sizes).max().getAsInt();
        int width = 120 + (sizes.length - 1) * COLUMN + 120;
        int top = 100;
        int height = top + tallest * ROW + 50;
        String shape = Arrays.stream(sizes).mapToObj(String::valueOf).collect(Collectors.joining("-"));
        return ChartImage.drawing(width, height, "Diagram of a " + shape + " network", g -> {
            g.setFont(TITLE);
            g.setColor(Style.BLACK);
            g.drawString("A " + shape + " network", 20, 32);
            double[][][] centres = new double[sizes.length][][];
            for (int l = 0; l < sizes.length; l++) {
                centres[l] = new double[sizes[l]][];
                double x = 120 + l * COLUMN;
                double y0 = top + (tallest - sizes[l]) * ROW / 2.0 + ROW / 2.0;
                for (int i = 0; i < sizes[l]; i++) {
                    centres[l][i] = new double[] {x, y0 + i * ROW};
                }
            }
            for (int l = 1; l < sizes.length; l++) {
                g.setColor(EDGE);
                g.setStroke(new BasicStroke(1.6f));
                for (double[] from : centres[l - 1]) {
                    for (double[] to : centres[l]) {
                        g.draw(new Line2D.Double(from[0] + RADIUS, from[1], to[0] - RADIUS, to[1]));
                    }
                }
                String weights = "W" + superscript(l) + " (" + sizes[l - 1] + "×" + sizes[l] + "), b" + superscript(l);
                centred(g, SMALL, new Color(0x444444), weights, 120 + (l - 0.5) * COLUMN, height - 18);
            }
            for (int l = 0; l < sizes.length; l++) {
                boolean input = l == 0;
                boolean output = l == sizes.length - 1;
                String symbol = input ? "x" : output ? "ŷ" : "h";
                String layer = input ? "input layer" : output ? "output layer"
                        : sizes.length > 3 ? "hidden layer " + l : "hidden layer";
                Color color = LAYER_COLORS[input ? 0 : output ? 2 : 1];
                centred(g, BOLD, Style.BLACK, layer, centres[l][0][0], top - 30);
                for (int i = 0; i < sizes[l]; i++) {
                    double[] c = centres[l][i];
                    Ellipse2D circle = new Ellipse2D.Double(c[0] - RADIUS, c[1] - RADIUS, 2 * RADIUS, 2 * RADIUS);
                    g.setColor(pale(color));
                    g.fill(circle);
                    g.setColor(color.darker());
                    g.setStroke(new BasicStroke(2.5f));
                    g.draw(circle);
                    centred(g, LABEL, Style.BLACK, symbol + subscript(i + 1), c[0], c[1] + 6);
                }
            }
        });
    }

    /**
     * A generative adversarial network: the generator G turns random noise z into a fake example G(z); the
     * discriminator D sees real and fake examples and says how likely each is real. D learns to tell them apart,
     * G learns to fool D.
     */
    public static ChartImage gan() {
        return ChartImage.drawing(980, 400, "Diagram of a generative adversarial network (GAN)", g -> {
            g.setFont(TITLE);
            g.setColor(Style.BLACK);
            g.drawString("A generative adversarial network", 20, 32);
            box(g, 20, 230, 150, 70, new Color(0xEEEEEE), "noise z", "random numbers");
            box(g, 220, 230, 170, 70, pale(Style.ORANGE), "generator G", "a network");
            box(g, 440, 230, 150, 70, new Color(0xEEEEEE), "fake G(z)", "e.g. a digit");
            box(g, 440, 90, 150, 70, new Color(0xEEEEEE), "real x", "from the data");
            box(g, 640, 160, 170, 70, pale(Style.SKY_BLUE), "discriminator D", "a network");
            box(g, 850, 160, 110, 70, new Color(0xEEEEEE), "D(·)", "P(real)");
            arrow(g, 170, 265, 220, 265);
            arrow(g, 390, 265, 440, 265);
            arrow(g, 590, 265, 640, 215);
            arrow(g, 590, 125, 640, 175);
            arrow(g, 810, 195, 850, 195);
            g.setColor(Style.VERMILLION);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
            g.draw(new Line2D.Double(905, 230, 905, 350));
            g.draw(new Line2D.Double(905, 350, 305, 350));
            arrowHead(g, 305, 300, 305, 350);
            g.draw(new Line2D.Double(305, 350, 305, 306));
            centred(g, SMALL, Style.VERMILLION, "G learns from D's verdict on its fakes: make D say \"real\"",
                    605, 375);
            centred(g, SMALL, Style.BLUE, "D learns: real → 1, fake → 0", 745, 135);
        });
    }

    private static void box(Graphics2D g, double x, double y, double w, double h, Color fill, String name,
                            String note) {
        RoundRectangle2D r = new RoundRectangle2D.Double(x, y, w, h, 16, 16);
        g.setColor(fill);
        g.fill(r);
        g.setColor(new Color(0x555555));
        g.setStroke(new BasicStroke(2f));
        g.draw(r);
        centred(g, BOLD, Style.BLACK, name, x + w / 2, y + h / 2 - 2);
        centred(g, SMALL, new Color(0x444444), note, x + w / 2, y + h / 2 + 20);
    }

    private static void arrow(Graphics2D g, double x1, double y1, double x2, double y2) {
        g.setColor(new Color(0x333333));
        g.setStroke(new BasicStroke(2.5f));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
        arrowHead(g, x2, y2, x1, y1);
    }

    /** A filled arrow head with its tip at (x, y), pointing away from (fromX, fromY). */
    static void arrowHead(Graphics2D g, double x, double y, double fromX, double fromY) {
        double a = Math.atan2(y - fromY, x - fromX);
        int[] xs = {(int) Math.round(x), (int) Math.round(x - 14 * Math.cos(a - 0.4)),
            (int) Math.round(x - 14 * Math.cos(a + 0.4))};
        int[] ys = {(int) Math.round(y), (int) Math.round(y - 14 * Math.sin(a - 0.4)),
            (int) Math.round(y - 14 * Math.sin(a + 0.4))};
        g.fill(new Polygon(xs, ys, 3));
    }

    static void centred(Graphics2D g, Font font, Color color, String text, double x, double baseline) {
        g.setFont(font);
        g.setColor(color);
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, (float) (x - metrics.stringWidth(text) / 2.0), (float) baseline);
    }

    static Color pale(Color c) {
        return new Color((c.getRed() + 3 * 255) / 4, (c.getGreen() + 3 * 255) / 4, (c.getBlue() + 3 * 255) / 4);
    }

    /** n written in subscript digits, e.g. 12 → ₁₂. */
    static String subscript(int n) {
        return digits(n, SUBSCRIPTS);
    }

    /** n written in superscript digits, e.g. 2 → ². */
    static String superscript(int n) {
        return digits(n, SUPERSCRIPTS);
    }

    private static String digits(int n, String glyphs) {
        StringBuilder out = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) {
            out.append(glyphs.charAt(c - '0'));
        }
        return out.toString();
    }
}
