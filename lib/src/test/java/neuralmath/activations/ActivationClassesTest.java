package neuralmath.activations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import neuralmath.io.ModelFile;
import neuralmath.la.Matrix;
import neuralmath.network.Initializer;
import neuralmath.network.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model file finds an activation by the name of its class: {@link Softplus}, defined only in its own test file
 * in this package, is saved and loaded with no line about it anywhere else.
 */
class ActivationClassesTest {

    @TempDir
    Path dir;

    @Test
    void anActivationDefinedInOneFileRoundTripsThroughAModelFile() throws IOException {
        Network net = Network.of(new int[] {3, 4, 2}, new Softplus(2.5), Activation.softmax(), Initializer.XAVIER, 5);
        Path file = dir.resolve("softplus.json");
        ModelFile.save(file, net, null, null);

        Network loaded = ModelFile.load(file).network();
        Activation hidden = loaded.layers().get(0).activation();
        assertInstanceOf(Softplus.class, hidden);
        assertEquals(Map.of("beta", 2.5), hidden.parameters());
        Matrix x = Matrix.randn(5, 3, 11);
        assertArrayEquals(net.predict(x).toFlatArray(), loaded.predict(x).toFlatArray());
    }

    @Test
    void aNameFindsItsClassIgnoringCaseAndSpaces() {
        assertEquals(Map.of("alpha", 0.2), Activation.named("leaky relu", Map.of("alpha", 0.2)).parameters());
        assertInstanceOf(LeakyReLU.class, Activation.named("LeakyReLU", Map.of("alpha", 0.2)));
        assertInstanceOf(Softplus.class, Activation.named("softplus", Map.of("beta", 1.0)));
        assertInstanceOf(ReLU.class, Activation.named("relu", Map.of()));
    }

    @Test
    void aMissingParameterOrOneTheActivationDoesNotTakeIsNamed() {
        assertEquals("leaky relu: \"alpha\" is missing", assertThrows(IllegalArgumentException.class,
                () -> Activation.named("leaky relu", Map.of())).getMessage());
        assertEquals("elu: \"beta\" is not a parameter of it (it takes [alpha])", assertThrows(
                IllegalArgumentException.class, () -> Activation.named("elu", Map.of("alpha", 1.0, "beta", 2.0)))
                .getMessage());
        assertEquals("LeakyReLU: alpha must be a finite number >= 0, got -1.0", assertThrows(
                IllegalArgumentException.class, () -> Activation.named("leaky relu", Map.of("alpha", -1.0)))
                .getMessage());
    }

    @Test
    void aClassOfThePackageThatIsNoActivationIsNoActivationName() {
        for (String name : new String[] {"FusedKernels", "Activation", "ActivationClasses", "package-info", ".."}) {
            String message = assertThrows(IllegalArgumentException.class, () -> Activation.named(name, Map.of()))
                    .getMessage();
            assertEquals("unknown activation \"" + name + "\": neuralmath.activations has no activation class of "
                    + "that name (known: ELU, Identity, LeakyReLU, ReLU, Sigmoid, Softmax, Softplus, Tanh)", message);
        }
    }
}
