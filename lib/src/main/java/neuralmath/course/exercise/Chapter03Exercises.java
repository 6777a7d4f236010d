package neuralmath.course.exercise;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import neuralmath.activations.Activation;
import neuralmath.la.Matrix;
import neuralmath.network.Initializer;
import neuralmath.network.Network;

/** Chapter 3, artificial networks: counting a dense network's parameters, and a convolution filter. */
final class Chapter03Exercises {

    /** Networks the counting function is tried on: none is shown in the notebook. */
    private static final List<int[]> SIZES = List.of(
            new int[] {64, 32, 16, 10}, new int[] {2, 1}, new int[] {5, 7, 7, 3, 1}, new int[] {784, 128, 10});

    /** The Sobel filter for vertical edges, as the chapter shows it: positive where the image gets lighter to the right. */
    private static final Matrix VERTICAL = Matrix.of(new double[][] {
            {-1, 0, 1},
            {-2, 0, 2},
            {-1, 0, 1}});

    private Chapter03Exercises() {
    }

    static List<Exercise<?>> all() {
        return List.of(parametersOfAnyNetwork(), horizontalEdgeFilter());
    }

    /** Σₗ (nₗ₋₁·nₗ + nₗ) for any layer sizes n₀, …, n_L, as {@link Network#parameterCount()} counts them. */
    @SuppressWarnings("unchecked")
    private static Exercise<ToIntFunction<int[]>> parametersOfAnyNetwork() {
        Class<ToIntFunction<int[]>> kind = (Class<ToIntFunction<int[]>>) (Class<?>) ToIntFunction.class;
        Exercise<ToIntFunction<int[]>> exercise = Exercise.function("03.parameters-of-any-network",
                "parameters of a dense network", 2, kind,
                sizes -> Network.of(sizes, Activation.relu(), Activation.softmax(), Initializer.HE, 1).parameterCount());
        for (int[] sizes : SIZES) {
            String name = Arrays.stream(sizes).mapToObj(String::valueOf).collect(Collectors.joining("-"));
            exercise.probe("parameters of a " + name + " network", f -> f.applyAsInt(sizes.clone()));
        }
        return exercise
                .tolerance(0)
                .mistake(() -> sizes -> weights(sizes), "your count has no biases: every neuron after the input layer"
                        + " has one bias besides its weights")
                .mistake(() -> sizes -> weights(sizes) + Arrays.stream(sizes).sum(), "your count gives the input"
                        + " layer biases too: the input layer only holds the inputs and computes nothing, so it has none")
                .mistake(() -> sizes -> weights(sizes) + Arrays.stream(sizes, 0, sizes.length - 1).sum(), "your count"
                        + " gives each layer as many biases as the layer before it has neurons: a layer has one bias"
                        + " per neuron of its own")
                .mistake(() -> sizes -> layers(sizes, 1, sizes.length - 1), "your count leaves out the last layer:"
                        + " with L + 1 sizes there are L layers of weights, the last one ending in the outputs")
                .mistake(() -> sizes -> layers(sizes, 2, sizes.length), "your count leaves out the first layer, the"
                        + " weights from the inputs to the first hidden layer")
                .hint("go through the layers from the first hidden one to the output: a layer from n_in to n_out"
                        + " neurons has n_in·n_out weights and n_out biases; add them all up");
    }

    /** The horizontal Sobel filter, the vertical one's transpose: positive where the image gets lighter downwards. */
    private static Exercise<Matrix> horizontalEdgeFilter() {
        Matrix horizontal = VERTICAL.transpose();
        return Exercise.matrix("03.horizontal-edge-filter", "the horizontal edge filter", 2, () -> horizontal)
                .called("filter")
                .mistake(() -> VERTICAL, "your filter is the vertical one: it compares the column on the left with"
                        + " the column on the right; a horizontal edge needs the row above against the row below")
                .mistake(() -> horizontal.times(-1), "your filter has its sign flipped: it answers positive where"
                        + " the image gets darker downwards; the negative weights belong on the side it comes from,"
                        + " the top")
                .mistake(() -> VERTICAL.times(-1), "your filter is the vertical one with its sign flipped: it still"
                        + " compares left with right")
                .mistake(() -> Matrix.of(new double[][] {{-1, -1, -1}, {0, 0, 0}, {1, 1, 1}}), "your filter weighs"
                        + " the three columns alike: in the vertical filter the middle row counts twice, so here the"
                        + " middle column does")
                .hint("turn the vertical filter so that it compares the row above with the row below, as it compares"
                        + " left with right: negative weights where the image comes from, positive where it goes");
    }

    /** Σₗ nₗ₋₁·nₗ, the weights alone. */
    private static int weights(int[] sizes) {
        int count = 0;
        for (int l = 1; l < sizes.length; l++) {
            count += sizes[l - 1] * sizes[l];
        }
        return count;
    }

    /** The weights and biases of the layers from..to−1 (layer l joins sizes l − 1 and l). */
    private static int layers(int[] sizes, int from, int to) {
        int count = 0;
        for (int l = from; l < to; l++) {
            count += sizes[l - 1] * sizes[l] + sizes[l];
        }
        return count;
    }
}
