package neuralmath.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.function.Consumer;
import neuralmath.activations.Activation;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import neuralmath.network.Initializer;
import neuralmath.network.Network;
import neuralmath.optimizers.Adam;
import neuralmath.training.Trainer;
import org.junit.jupiter.api.Test;

/** A model whose JSON is well formed but does not describe a model fails naming the part that is wrong. */
class ModelJsonTest {

    /** A 3-4-2 network trained one epoch with Adam, as JSON, changed by {@code edit}. */
    private static String problemAfter(Consumer<ObjectNode> edit) {
        Network net = Network.of(new int[] {3, 4, 2}, Activation.tanh(), Activation.softmax(), Initializer.XAVIER, 5);
        Adam adam = new Adam(0.01);
        Matrix x = Matrix.randn(6, 3, 1);
        Matrix y = Matrix.zeros(6, 2).mapInPlace(v -> 0.5);
        ObjectNode model = ModelJson.model(net, adam, new Trainer(net, Loss.categoricalCrossEntropy(), adam)
                .epochs(1).fit(x, y));
        edit.accept(model);
        return assertThrows(IllegalArgumentException.class, () -> ModelJson.saved(model)).getMessage();
    }

    private static ObjectNode layer(ObjectNode model, int index) {
        return (ObjectNode) model.get("layers").get(index);
    }

    @Test
    void weightsOfTheWrongSize() {
        assertEquals("layer 2: \"weights\" should hold 8 numbers (64 bytes), but holds 56 bytes",
                problemAfter(m -> layer(m, 1).put("weights", Base64.getEncoder().encodeToString(new byte[56]))));
    }

    @Test
    void layersThatDoNotChain() {
        assertEquals("Network: layer 2 takes 5 inputs but layer 1 gives 4 outputs",
                problemAfter(m -> layer(m, 1).put("inputs", 5).put("weights",
                        Base64.getEncoder().encodeToString(new byte[5 * 2 * 8]))));
    }

    @Test
    void anUnknownActivation() {
        assertEquals("unknown activation \"swish\": neuralmath.activations has no activation class of that name (known: "
                        + "ELU, Identity, LeakyReLU, ReLU, Sigmoid, Softmax, Softplus, Tanh)",
                problemAfter(m -> ((ObjectNode) layer(m, 0).get("activation")).put("name", "swish")));
    }

    @Test
    void anUnknownOptimizer() {
        String unknown = "unknown optimizer type \"%s\": neuralmath.optimizers has no optimizer class of that name (it "
                + "has, e.g., SGD, Momentum, AdaGrad, RMSProp, Adam; Nesterov is Momentum's)";
        assertEquals(String.format(unknown, "Lion"),
                problemAfter(m -> ((ObjectNode) m.get("optimizer")).put("type", "Lion")));
        // A class of the package that is no optimizer, one that is abstract, and a name that is no class name
        for (String type : new String[] {"Hyperparameters", "StatefulOptimizer", "OptimizerState", "../Adam", "adam"}) {
            assertEquals(String.format(unknown, type),
                    problemAfter(m -> ((ObjectNode) m.get("optimizer")).put("type", type)));
        }
    }

    @Test
    void aMissingHyperparameter() {
        assertEquals("Adam: hyperparameter beta2 is missing",
                problemAfter(m -> ((ObjectNode) m.get("optimizer").get("hyperparameters")).remove("beta2")));
    }

    @Test
    void optimizerStateForAParameterTheNetworkDoesNotHave() {
        assertEquals("Adam: state holds \"m W3\", which is none of [m W1, v W1, m b1, v b1, m W2, v W2, m b2, v b2]",
                problemAfter(m -> {
                    ObjectNode buffers = (ObjectNode) m.get("optimizer").get("buffers");
                    buffers.set("m W3", buffers.get("m W2"));
                }));
    }

    @Test
    void aDeletedLayerIsNamedByItsNumberAndSizes() {
        assertEquals("model: layer 2 (4 inputs, 2 outputs) is missing: the sizes are 3-4-2, but the file holds 1 of the 2 layers", problemAfter(m -> ((ArrayNode) m.get("layers")).remove(1)));
        assertEquals("model: layer 1 (3 inputs, 4 outputs) is missing: the sizes are 3-4-2, but the file holds 1 of the 2 layers", problemAfter(m -> ((ArrayNode) m.get("layers")).remove(0)));
        assertEquals("model: the file holds 3 layers, but its sizes 3-4-2 describe 2",
                problemAfter(m -> ((ArrayNode) m.get("layers")).add(layer(m, 1).deepCopy())));
    }

    @Test
    void aLayerTooLargeForAMatrixIsRefusedBeforeItsWeightsAreRead() {
        assertEquals("layer 1 weights: a (65536x65536) matrix is too large: 4294967296 elements (32.0 GiB of doubles), but one matrix holds at most 2147483639", problemAfter(m -> {
                    ((ArrayNode) m.get("layers")).remove(1);
                    m.remove("sizes");
                    layer(m, 0).put("inputs", 65536).put("outputs", 65536).put("weights", "");
                }));
        assertEquals("optimizer Adam m W1: a (65536x32768) matrix is too large: 2147483648 elements (16.0 GiB of doubles), but one matrix holds at most 2147483639", problemAfter(m ->
                        ((ObjectNode) m.get("optimizer").get("buffers").get("m W1")).put("rows", 65536)
                                .put("cols", 32768).put("values", "")));
    }

    @Test
    void sizesThatAreNotLayerSizes() {
        assertEquals("model: sizes must be an array of at least two layer sizes, got [3]",
                problemAfter(m -> m.putArray("sizes").add(3)));
        assertEquals("model: sizes[1] must be a whole number > 0, got -4",
                problemAfter(m -> m.putArray("sizes").add(3).add(-4).add(2)));
    }
}
