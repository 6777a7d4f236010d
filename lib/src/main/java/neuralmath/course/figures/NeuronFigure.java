package neuralmath.course.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import neuralmath.course.plot.ChartImage;
import neuralmath.course.plot.Style;

/**
 * A neuron drawn with Java2D, its parts labelled: dendrites, soma with nucleus, axon hillock, axon with myelin
 * sheaths and nodes of Ranvier, axon terminals, and a synapse onto the next neuron's dendrite. Under it, the four
 * things a neuron does, left to right: receive, process, transmit, transfer.
 */
public final class NeuronFigure {

    public static final int WIDTH = 1000;
    public static final int HEIGHT = 570;

    /** The parts the figure labels, in the order it draws them. */
    public static final String[] PARTS = {"dendrites", "soma (cell body)", "nucleus", "axon hillock",
        "myelin sheath", "node of Ranvier", "axon", "axon terminals", "synapse", "dendrite of the next neuron"};

    private static final Color MEMBRANE = new Color(0x2F5D7C);
    private static final Color CELL = new Color(0xCFE6F5);
    private static final Color MYELIN = new Color(0xF6D9A8);
    private static final Color NEXT = new Color(0x7FBFA5);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);

    private static final double SOMA_X = 250;
    private static final double SOMA_Y = 260;
    private static final double SOMA_RX = 62;
    private static final double SOMA_RY = 54;
    private static final double AXON_START = 345;
    private static final double AXON_END = 770;
    private static final double[] DENDRITE_ANGLES = {100, 140, 180, 220, 260};

    private NeuronFigure() {
    }

    /** The labelled figure. */
    public static ChartImage draw() {
        return ChartImage.drawing(WIDTH, HEIGHT, "A neuron with its parts labelled: " + String.join(", ", PARTS),
                NeuronFigure::paint);
    }

    private static void paint(Graphics2D g) {
        g.setStroke(new BasicStroke(1f));
        g.setFont(TITLE);
        g.setColor(Style.BLACK);
        g.drawString("A neuron and its parts", 560, 36);
        nextNeuron(g);
        for (double angle : DENDRITE_ANGLES) {
            double a = Math.toRadians(angle);
            Point2D root = new Point2D.Double(SOMA_X + SOMA_RX * Math.cos(a), SOMA_Y - SOMA_RY * Math.sin(a));
            dendrite(g, root, angle, 80, 3);
        }
        axon(g);
        terminals(g);
        soma(g);
        labels(g);
        stages(g);
    }

    /** A dendrite: a segment, then two thinner branches spreading by ±25°, {@code depth} times. */
    private static void dendrite(Graphics2D g, Point2D from, double angle, double length, int depth) {
        double a = Math.toRadians(angle);
        Point2D to = new Point2D.Double(from.getX() + length * Math.cos(a), from.getY() - length * Math.sin(a));
        g.setColor(MEMBRANE);
        g.setStroke(new BasicStroke(1.5f + 2f * depth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(from, to));
        if (depth > 1) {
            dendrite(g, to, angle + 25, length * 0.65, depth - 1);
            dendrite(g, to, angle - 25, length * 0.65, depth - 1);
        }
    }

    private static void soma(Graphics2D g) {
        Polygon hillock = new Polygon(new int[] {300, (int) AXON_START, (int) AXON_START, 300},
                new int[] {(int) SOMA_Y - 26, (int) SOMA_Y - 5, (int) SOMA_Y + 5, (int) SOMA_Y + 26}, 4);
        outlined(g, hillock, CELL, MEMBRANE, 2.5f);
        outlined(g, new Ellipse2D.Double(SOMA_X - SOMA_RX, SOMA_Y - SOMA_RY, 2 * SOMA_RX, 2 * SOMA_RY), CELL,
                MEMBRANE, 2.5f);
        Color nucleolus = new Color(0x6B3F87);
        outlined(g, new Ellipse2D.Double(SOMA_X - 22, SOMA_Y - 20, 44, 40), new Color(0xB48CC8), nucleolus, 2.5f);
        g.fill(new Ellipse2D.Double(SOMA_X - 6, SOMA_Y - 6, 12, 12));
    }

    /** The axon: a line from the hillock to the terminals, wrapped in myelin sheaths with gaps (nodes) between. */
    private static void axon(Graphics2D g) {
        g.setColor(MEMBRANE);
        g.setStroke(new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(AXON_START, SOMA_Y, AXON_END, SOMA_Y));
        for (double x = 365; x + 78 <= 730; x += 92) {
            outlined(g, new RoundRectangle2D.Double(x, SOMA_Y - 13, 78, 26, 22, 22), MYELIN, Style.ORANGE.darker(), 2f);
        }
    }

    /** Four branches at the end of the axon, each ending in a bouton; the second one forms the synapse. */
    private static void terminals(Graphics2D g) {
        double[][] ends = {{850, 180}, {880, 235}, {878, 300}, {850, 350}};
        for (double[] end : ends) {
            Path2D branch = new Path2D.Double();
            branch.moveTo(AXON_END, SOMA_Y);
            branch.curveTo(AXON_END + 40, SOMA_Y, end[0] - 50, end[1], end[0], end[1]);
            g.setColor(MEMBRANE);
            g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(branch);
            outlined(g, new Ellipse2D.Double(end[0] - 9, end[1] - 9, 18, 18), CELL, MEMBRANE, 2.5f);
        }
        g.setColor(Style.VERMILLION);
        for (int k = 0; k < 5; k++) {
            g.fill(new Ellipse2D.Double(893 + (k % 2) * 7, 222 + k * 5, 4.5, 4.5));
        }
    }

    /** A shape filled with {@code fill} and outlined in {@code outline}; the pen keeps the outline's colour. */
    private static void outlined(Graphics2D g, Shape shape, Color fill, Color outline, float width) {
        g.setColor(fill);
        g.fill(shape);
        g.setColor(outline);
        g.setStroke(new BasicStroke(width));
        g.draw(shape);
    }

    /** A dendrite of the next neuron, receiving the synapse. */
    private static void nextNeuron(Graphics2D g) {
        Path2D dendrite = new Path2D.Double();
        dendrite.moveTo(960, 60);
        dendrite.curveTo(905, 160, 905, 300, 950, 460);
        g.setColor(NEXT);
        g.setStroke(new BasicStroke(14f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(dendrite);
    }

    private static void labels(Graphics2D g) {
        label(g, PARTS[0], 30, 62, 160, 192);
        label(g, PARTS[1], 300, 140, 282, 214);
        label(g, PARTS[2], 262, 425, 246, 268);
        label(g, PARTS[3], 330, 372, 326, 270);
        label(g, PARTS[4], 440, 190, 480, 247);
        label(g, PARTS[5], 400, 330, 450, 262);
        label(g, PARTS[6], 660, 335, 748, 264);
        label(g, PARTS[7], 700, 112, 842, 178);
        label(g, PARTS[8], 800, 420, 895, 236);
        label(g, "dendrite of the", 820, 72, 0, 0);
        label(g, "next neuron", 820, 92, 0, 0);
    }

    /** Text at (x, y) with a thin leader line from the text to the point (px, py); no line if px is 0. */
    private static void label(Graphics2D g, String text, int x, int y, double px, double py) {
        g.setFont(LABEL);
        int width = g.getFontMetrics().stringWidth(text);
        if (px > 0) {
            double lx = px < x ? x - 4 : (px > x + width ? x + width + 4 : x + width / 2.0);
            double ly = py < y - 14 ? y - 16 : (py > y ? y + 5 : y - 5);
            g.setColor(new Color(0x555555));
            g.setStroke(new BasicStroke(1.2f));
            g.draw(new Line2D.Double(lx, ly, px, py));
            g.fill(new Ellipse2D.Double(px - 2.5, py - 2.5, 5, 5));
        }
        g.setColor(Style.BLACK);
        g.drawString(text, x, y);
    }

    /** The signal's way through the cell, left to right. */
    private static void stages(Graphics2D g) {
        int y = 510;
        g.setColor(new Color(0x888888));
        g.setStroke(new BasicStroke(3f));
        g.draw(new Line2D.Double(40, y, 950, y));
        g.fill(new Polygon(new int[] {970, 948, 948}, new int[] {y, y - 9, y + 9}, 3));
        String[] stage = {"receive", "process", "transmit", "transfer"};
        String[] where = {"dendrites, synaptic inputs", "soma sums, hillock decides", "action potential along the axon",
            "neurotransmitters"};
        int[] at = {40, 250, 470, 790};
        for (int i = 0; i < stage.length; i++) {
            g.setColor(Color.WHITE);
            g.fillRect(at[i] - 6, y - 14, g.getFontMetrics(TITLE).stringWidth(stage[i]) + 12, 28);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
            g.setColor(Style.color(i));
            g.drawString(stage[i], at[i], y + 6);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            g.setColor(new Color(0x444444));
            g.drawString(where[i], at[i], y + 32);
        }
    }
}
