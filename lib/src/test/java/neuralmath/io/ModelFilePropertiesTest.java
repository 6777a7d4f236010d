package neuralmath.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import neuralmath.activations.Activation;
import neuralmath.network.Initializer;
import neuralmath.network.Network;
import neuralmath.optimizers.Adam;
import neuralmath.optimizers.OptimizerState;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Positive;

/**
 * Hyperparameters are written as JSON numbers (Jackson writes the shortest decimal that reads back as the same
 * double); any value, however many digits it needs, must come back bit for bit.
 */
class ModelFilePropertiesTest {

    @Property(tries = 100)
    void hyperparametersComeBackBitForBit(@ForAll @Positive double learningRate,
                                          @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double beta1,
                                          @ForAll @Positive double epsilon, @ForAll double alpha) throws IOException {
        Network net = Network.of(new int[] {2, 2}, Activation.elu(Math.abs(alpha)), Activation.elu(Math.abs(alpha)),
                Initializer.HE, 1);
        Adam adam = new Adam(learningRate, beta1, beta1, epsilon);
        Path file = Files.createTempFile("hyperparameters", ".json");
        try {
            ModelFile.save(file, net, adam, null);
            ModelFile.Saved saved = ModelFile.load(file);
            OptimizerState state = saved.optimizer().state(saved.network().parameters());
            assertEquals(adam.state(net.parameters()).hyperparameters(), state.hyperparameters());
            assertEquals(net.toString(), saved.network().toString());
        } finally {
            Files.delete(file);
        }
    }
}
