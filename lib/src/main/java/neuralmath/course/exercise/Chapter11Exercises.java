package neuralmath.course.exercise;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import neuralmath.activations.Activation;
import neuralmath.network.Initializer;
import neuralmath.network.Network;

/** Chapter 11, deeper and better: the sizes of a deeper network, and He's standard deviation. */
final class Chapter11Exercises {

    private Chapter11Exercises() {
    }

    static List<Exercise<?>> all() {
        return List.of(threeHiddenLayers(), heStandardDeviation());
    }

    /** 64 inputs, three hidden layers of 32, 10 outputs: the sizes the library's Network.of reads. */
    private static Exercise<int[]> threeHiddenLayers() {
        return Exercise.integers("11.three-hidden-layers", "sizes of a network with three hidden layers", 1,
                        () -> Network.of(new int[] {64, 32, 32, 32, 10}, Activation.relu(), Activation.softmax(),
                                Initializer.HE, 0).sizes())
                .called("sizes")
                .mistake(() -> new int[] {32, 32, 32}, "your sizes list the hidden layers only: the array starts with"
                        + " the 64 inputs and ends with the 10 outputs")
                .mistake(() -> new int[] {32, 32, 32, 10}, "your sizes leave out the inputs: the array starts with"
                        + " the 64 inputs")
                .mistake(() -> new int[] {64, 32, 32, 32}, "your sizes leave out the outputs: the array ends with the"
                        + " 10 outputs")
                .mistake(() -> new int[] {64, 32, 32, 10}, "your network has two hidden layers: every size between the"
                        + " inputs and the outputs is one hidden layer")
                .mistake(() -> new int[] {64, 32, 32, 32, 32, 10}, "your network has four hidden layers: every size"
                        + " between the inputs and the outputs is one hidden layer")
                .mistake(() -> new int[] {64, 96, 10}, "your network has one hidden layer of 96: three layers of 32"
                        + " are three sizes of 32")
                .hint("the array lists the size of every layer in order, from the inputs to the outputs");
    }

    /** He (2015): W ~ N(0, 2/n_in), so σ = √(2/n_in), tried for several numbers of inputs. */
    private static Exercise<IntToDoubleFunction> heStandardDeviation() {
        int[] inputs = {1, 3, 50, 300};
        Exercise<IntToDoubleFunction> exercise = Exercise.function("11.he-standard-deviation",
                "He's standard deviation", 2, IntToDoubleFunction.class, nIn -> Math.sqrt(2.0 / nIn));
        for (int nIn : inputs) {
            exercise.probe("σ for nIn = " + nIn, f -> f.applyAsDouble(nIn));
        }
        return exercise
                .mistake(() -> nIn -> Math.sqrt(2 / nIn), "your σ is right for nIn = 1 and 0 from nIn = 3 on: 2 / nIn"
                        + " with an int nIn is integer division in Java (2 / 3 = 0); write 2.0 / nIn")
                .mistake(() -> nIn -> 2.0 / nIn, "that is the variance 2 / nIn: the standard deviation is its square"
                        + " root")
                .mistake(() -> nIn -> Math.sqrt(1.0 / nIn), "that is √(1/nIn), LeCun's scale: He's variance has the"
                        + " factor 2 that makes up for the half of its inputs ReLU zeroes")
                .mistake(() -> nIn -> Math.sqrt(nIn / 2.0), "your σ is upside down: √(nIn/2) grows with the inputs;"
                        + " the variance is 2 / nIn")
                .mistake(() -> nIn -> Math.sqrt(2) / nIn, "your σ divides √2 by nIn: the square root is over the"
                        + " whole 2 / nIn")
                .mistake(() -> nIn -> 2 / Math.sqrt(nIn), "your σ divides 2 by √nIn: the square root is over the"
                        + " whole 2 / nIn")
                .hint("He's variance is 2 / nIn; the standard deviation is the square root of the variance. Mind"
                        + " what 2 / nIn gives in Java when both are int");
    }
}
