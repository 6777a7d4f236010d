package neuralmath.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import neuralmath.la.Matrix;
import neuralmath.network.Dense;
import neuralmath.optimizers.Adam;
import org.junit.jupiter.api.Test;

/**
 * A model file written by an earlier version of the library still loads, and predicts what that version
 * predicted. {@code model-of-944fa41.json} was written by the library at commit 944fa41 (1 December 2026, when a
 * table in {@code Activation.named} listed the activations a model file could name): a 3-5-5-5-5-5-5-2 network
 * with one layer of each activation (leaky ReLU α = 0.05, ELU α = 0.7), Xavier weights from {@code new Random(16)},
 * trained two epochs with Adam(0.01) on {@code Matrix.randn(8, 3, 1)} against targets of 0.5, saved with
 * {@code ModelFile.save}. {@code model-of-944fa41-predictions.txt} holds, in {@link Double#toHexString} form, what
 * that version's {@code predict} gave on {@code Matrix.randn(4, 3, 2)}.
 */
class OlderModelFilesTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(OlderModelFilesTest.class.getResource(name).toURI());
    }

    @Test
    void aModelFileOf944fa41LoadsWithItsActivationsAndPredictsAsItDid() throws IOException, URISyntaxException {
        ModelFile.Saved saved = ModelFile.load(resource("model-of-944fa41.json"));

        List<Dense> layers = saved.network().layers();
        assertEquals(List.of("sigmoid", "tanh", "relu", "leaky relu", "elu", "identity", "softmax"),
                layers.stream().map(l -> l.activation().name()).toList());
        assertEquals(Map.of("alpha", 0.05), layers.get(3).activation().parameters());
        assertEquals(Map.of("alpha", 0.7), layers.get(4).activation().parameters());
        assertEquals(2, ((Adam) saved.optimizer()).steps());
        assertEquals(2, saved.history().size());

        double[] then = Files.readAllLines(resource("model-of-944fa41-predictions.txt")).stream()
                .mapToDouble(Double::parseDouble).toArray();
        assertArrayEquals(then, saved.network().predict(Matrix.randn(4, 3, 2)).toFlatArray());
    }
}
