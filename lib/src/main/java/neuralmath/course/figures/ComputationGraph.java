package neuralmath.course.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import neuralmath.course.plot.ChartImage;
import neuralmath.course.plot.Style;

/**
 * The computation graph of an expression, drawn with Java2D: one box per node with its name (an input's name or the
 * operation that made it), its value and its gradient ∂output/∂node; an arrow from each input to the node computed
 * from it. Inputs stand on the left, the output on the right; a node used twice is drawn once, with two arrows out.
 *
 * <p>The library does not know the notebook's node class: {@link #draw} takes the output node and four functions
 * that read a node's inputs, name, value and gradient.
 */
public final class ComputationGraph {

    /** The most nodes one drawing holds; a larger graph would not be readable. */
    public static final int MAX_NODES = 30;

    private static final Font NAME = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font NUMBER = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    private static final Color ARROW = new Color(0x9AA5AE);
    private static final int BOX_WIDTH = 150;
    private static final int BOX_HEIGHT = 66;
    private static final int COLUMN = 215;
    private static final int ROW = 92;
    private static final int TOP = 70;
    private static final int LANE = 12;

    private ComputationGraph() {
    }

    /**
     * The graph that computes {@code output}, each node with its value and gradient.
     *
     * @param title    the line above the drawing, e.g. the expression
     * @param output   the node the graph ends in
     * @param inputs   a node's inputs, empty for a leaf (an input, a weight, a constant)
     * @param name     what a node shows as its name: a leaf's name, or the operation that made it ("+", "·", "tanh")
     * @param value    a node's value
     * @param gradient a node's gradient, ∂output/∂node after backpropagation
     * @throws IllegalArgumentException if the graph has more than {@link #MAX_NODES} nodes or a cycle
     */
    public static <N> ChartImage draw(String title, N output, Function<N, ? extends Collection<? extends N>> inputs,
                                      Function<N, String> name, ToDoubleFunction<N> value,
                                      ToDoubleFunction<N> gradient) {
        List<N> inputsFirst = new ArrayList<>();
        collect(output, inputs, inputsFirst, new IdentityHashMap<>());
        Map<N, Integer> stepsToOutput = stepsToOutput(inputsFirst, inputs);
        List<List<N>> byColumn = columns(output, inputs, stepsToOutput);
        BiPredicate<N, N> skipsAColumn = (in, node) -> stepsToOutput.get(in) - stepsToOutput.get(node) > 1;
        Map<N, Boolean> inUpperHalf = new IdentityHashMap<>();
        for (List<N> column : byColumn) {
            for (int i = 0; i < column.size(); i++) {
                inUpperHalf.put(column.get(i), 2 * i + 1 <= column.size());
            }
        }
        int tallest = byColumn.stream().mapToInt(List::size).max().orElse(1);
        int bottom = TOP + tallest * ROW;
        Map<N, double[]> centres = new IdentityHashMap<>();
        for (int c = 0; c < byColumn.size(); c++) {
            List<N> column = byColumn.get(c);
            double y0 = TOP + (tallest - column.size()) * ROW / 2.0 + ROW / 2.0;
            for (int i = 0; i < column.size(); i++) {
                centres.put(column.get(i), new double[] {40 + BOX_WIDTH / 2.0 + c * COLUMN, y0 + i * ROW});
            }
        }
        List<double[]> arrows = new ArrayList<>();
        int over = 0;
        int under = 0;
        for (N node : inputsFirst) {
            double[] to = centres.get(node);
            for (N in : inputs.apply(node)) {
                double[] from = centres.get(in);
                double lane = !skipsAColumn.test(in, node) ? Double.NaN
                        : inUpperHalf.get(in) ? TOP + 4 - LANE * over++ : bottom - 4 + LANE * under++;
                arrows.add(new double[] {from[0] + BOX_WIDTH / 2.0, from[1], to[0] - BOX_WIDTH / 2.0, to[1], lane});
            }
        }
        int lanesOver = over;
        String description = title + ": a computation graph of " + inputsFirst.size()
                + " nodes, inputs on the left, output on the right; each node with its value and gradient: "
                + inputsFirst.stream().map(n -> name.apply(n) + " = " + shown(value.applyAsDouble(n)) + " (gradient "
                + shown(gradient.applyAsDouble(n)) + ")").collect(Collectors.joining(", "));
        int width = 40 + (byColumn.size() - 1) * COLUMN + BOX_WIDTH + 40;
        return ChartImage.drawing(width, bottom + LANE * (over + under) + 10, description, g -> {
            g.setFont(TITLE);
            g.setColor(Style.BLACK);
            g.drawString(title, 20, 32);
            g.setFont(NUMBER);
            g.setColor(Style.VERMILLION);
            g.drawString("grad = ∂(output)/∂(node); the output has the thick border", 20, 56);
            g.translate(0, LANE * lanesOver);   // room for the lanes over the boxes
            for (double[] a : arrows) {
                arrow(g, a[0], a[1], a[2], a[3], a[4]);
            }
            for (N node : inputsFirst) {
                double[] c = centres.get(node);
                boolean leaf = inputs.apply(node).isEmpty();
                box(g, c[0], c[1], leaf ? Style.SKY_BLUE : Style.ORANGE, node == output, name.apply(node),
                        value.applyAsDouble(node), gradient.applyAsDouble(node));
            }
        });
    }

    /** Adds every node the output depends on to {@code order}, each after its inputs (a topological order). */
    private static <N> void collect(N node, Function<N, ? extends Collection<? extends N>> inputs, List<N> order,
                                    Map<N, Boolean> finished) {
        Boolean done = finished.get(node);
        if (Boolean.TRUE.equals(done)) {
            return;
        }
        if (done != null) {
            throw new IllegalArgumentException("computation graph: a node is among its own inputs (a cycle)");
        }
        finished.put(node, false);
        for (N in : inputs.apply(node)) {
            collect(in, inputs, order, finished);
        }
        finished.put(node, true);
        order.add(node);
        if (order.size() > MAX_NODES) {
            throw new IllegalArgumentException("computation graph: draws at most " + MAX_NODES
                    + " nodes, this graph has more: draw a smaller expression");
        }
    }

    /** The nodes column by column: a node's column is the last minus its longest path to the output. */
    private static <N> List<List<N>> columns(N output, Function<N, ? extends Collection<? extends N>> inputs,
                                             Map<N, Integer> stepsToOutput) {
        int columns = 1 + stepsToOutput.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<List<N>> byColumn = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            byColumn.add(new ArrayList<>());
        }
        for (N node : topDown(output, inputs)) {
            byColumn.get(columns - 1 - stepsToOutput.get(node)).add(node);
        }
        return byColumn;
    }

    /**
     * The longest path from each node to the output: the output's column is the last, and every node stands left of
     * all the nodes computed from it.
     */
    private static <N> Map<N, Integer> stepsToOutput(List<N> inputsFirst,
                                                      Function<N, ? extends Collection<? extends N>> inputs) {
        Map<N, Integer> steps = new IdentityHashMap<>();
        steps.put(inputsFirst.get(inputsFirst.size() - 1), 0);
        for (int i = inputsFirst.size() - 1; i >= 0; i--) {
            N node = inputsFirst.get(i);
            int s = steps.get(node);
            for (N in : inputs.apply(node)) {
                steps.merge(in, s + 1, Math::max);
            }
        }
        return steps;
    }

    /** The nodes in the order a walk from the output meets them, inputs in their order: the rows of each column. */
    private static <N> List<N> topDown(N output, Function<N, ? extends Collection<? extends N>> inputs) {
        List<N> order = new ArrayList<>();
        Map<N, Boolean> seen = new IdentityHashMap<>();
        List<N> stack = new ArrayList<>(List.of(output));
        while (!stack.isEmpty()) {
            N node = stack.remove(stack.size() - 1);
            if (seen.put(node, true) == null) {
                order.add(node);
                List<N> in = new ArrayList<>(inputs.apply(node));
                for (int i = in.size() - 1; i >= 0; i--) {
                    stack.add(in.get(i));
                }
            }
        }
        return order;
    }

    private static void box(Graphics2D g, double cx, double cy, Color color, boolean output, String name,
                            double value, double gradient) {
        RoundRectangle2D r = new RoundRectangle2D.Double(cx - BOX_WIDTH / 2.0, cy - BOX_HEIGHT / 2.0, BOX_WIDTH,
                BOX_HEIGHT, 14, 14);
        g.setColor(Diagrams.pale(color));
        g.fill(r);
        g.setColor(color.darker());
        g.setStroke(new BasicStroke(output ? 4f : 2f));
        g.draw(r);
        Diagrams.centred(g, NAME, Style.BLACK, name, cx, cy - 10);
        Diagrams.centred(g, NUMBER, Style.BLACK, "data " + shown(value), cx, cy + 9);
        Diagrams.centred(g, NUMBER, Style.VERMILLION, "grad " + shown(gradient), cx, cy + 27);
    }

    /**
     * An arrow from (x1, y1) to (x2, y2): straight to the next column; when it skips a column, over or under the
     * boxes along the lane at height {@code laneY} (NaN: straight), so that it crosses no box on the way.
     */
    private static void arrow(Graphics2D g, double x1, double y1, double x2, double y2, double laneY) {
        g.setColor(ARROW);
        g.setStroke(new BasicStroke(2f));
        Path2D path = new Path2D.Double();
        path.moveTo(x1, y1);
        double gap = COLUMN - BOX_WIDTH;
        if (Double.isNaN(laneY)) {
            path.lineTo(x2 - 4, y2);
        } else {
            path.curveTo(x1 + gap / 2, y1, x1 + gap / 2, laneY, x1 + gap, laneY);
            path.lineTo(x2 - gap, laneY);
            path.curveTo(x2 - gap / 2, laneY, x2 - gap / 2, y2, x2 - 4, y2);
        }
        g.draw(path);
        Diagrams.arrowHead(g, x2, y2, Double.isNaN(laneY) ? x1 : x2 - gap / 2, Double.isNaN(laneY) ? y1 : y2);
    }

    /** A number with at most four decimals and no trailing zeros, with a true minus sign: 0.5, −1.1182, 3. */
    static String shown(double x) {
        String s = String.format(Locale.ROOT, "%.4f", x).replaceAll("0+$", "").replaceAll("\\.$", "");
        s = s.equals("-0") ? "0" : s;
        return s.replace('-', '−');
    }
}
