package neuralmath.course.figures;

import static neuralmath.ErrorMessages.assertNames;
import static neuralmath.ErrorMessages.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import neuralmath.course.plot.ChartImage;
import org.junit.jupiter.api.Test;

class ComputationGraphTest {

    /** A node of a test expression: the library reads it only through the four functions. */
    private static final class Node {
        final String name;
        final double value;
        final double gradient;
        final List<Node> inputs = new ArrayList<>();

        Node(String name, double value, double gradient, Node... inputs) {
            this.name = name;
            this.value = value;
            this.gradient = gradient;
            this.inputs.addAll(List.of(inputs));
        }
    }

    private static ChartImage draw(Node output) {
        return ComputationGraph.draw("f = (a + b)·b", output, n -> n.inputs, n -> n.name, n -> n.value, n -> n.gradient);
    }

    @Test
    void everyNodeIsDescribedOnceWithItsValueAndGradient() {
        Node a = new Node("a", 3, -2);
        Node b = new Node("b", -2, -1);
        Node f = new Node("·", -2, 1, new Node("+", 1, -2, a, b), b);
        String text = draw(f).toString();
        assertNames(text, "f = (a + b)·b", "4 nodes", "a = 3 (gradient −2)", "b = −2 (gradient −1)",
                "+ = 1 (gradient −2)", "· = −2 (gradient 1)");
        assertEquals(1, text.split("b = ", -1).length - 1, text);
    }

    @Test
    void aLongerChainIsWiderAndMoreInputsMakeItTaller() {
        Node x = new Node("x", 1, 1);
        Node chain = new Node("tanh", 0.76, 1, new Node("exp", 1, 1, x));
        Node wide = new Node("+", 3, 1, new Node("x", 1, 1), new Node("y", 2, 1));
        ChartImage longer = draw(chain);
        ChartImage shorter = draw(new Node("exp", 1, 1, x));
        assertTrue(longer.getWidth() > shorter.getWidth());
        assertTrue(draw(wide).getHeight() > shorter.getHeight());
    }

    @Test
    void anArrowThatSkipsAColumnGetsALaneOfItsOwnOutsideTheBoxes() {
        Node a = new Node("a", 3, -2);
        Node b = new Node("b", -2, -1);
        Node shared = new Node("·", -2, 1, new Node("+", 1, -2, a, b), b);
        Node separate = new Node("·", -2, 1, new Node("+", 1, -2, a, b), new Node("c", -2, -1));
        assertTrue(draw(shared).getHeight() > draw(separate).getHeight());
        assertEquals(draw(shared).getWidth(), draw(separate).getWidth());
    }

    @Test
    void numbersAreShownWithAtMostFourDecimalsAndATrueMinus() {
        assertEquals("0.5", ComputationGraph.shown(0.5));
        assertEquals("−1.1182", ComputationGraph.shown(-1.11817));
        assertEquals("3", ComputationGraph.shown(3.0));
        assertEquals("0", ComputationGraph.shown(-0.00001));
    }

    @Test
    void aGraphTooLargeToReadIsRefused() {
        Node sum = new Node("x0", 0, 1);
        for (int i = 1; i <= 20; i++) {
            sum = new Node("+", i, 1, sum, new Node("x" + i, i, 1));
        }
        Node tooLarge = sum;
        assertNames(message(() -> draw(tooLarge)),
                "computation graph: draws at most 30 nodes, this graph has more: draw a smaller expression");
    }

    @Test
    void aCycleIsRefused() {
        Node a = new Node("a", 1, 1);
        Node b = new Node("+", 2, 1, a);
        a.inputs.add(b);
        assertNames(message(() -> draw(b)), "computation graph: a node is among its own inputs (a cycle)");
    }
}
