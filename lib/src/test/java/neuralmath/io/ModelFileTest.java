package neuralmath.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import neuralmath.activations.Activation;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import neuralmath.network.Dense;
import neuralmath.network.Initializer;
import neuralmath.network.Network;
import neuralmath.network.Parameter;
import neuralmath.optimizers.AdaGrad;
import neuralmath.optimizers.Adam;
import neuralmath.optimizers.Momentum;
import neuralmath.optimizers.Optimizer;
import neuralmath.optimizers.RMSProp;
import neuralmath.optimizers.SGD;
import neuralmath.training.History;
import neuralmath.training.Trainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModelFileTest {

    @TempDir
    Path dir;

    /** 40 examples of 4 features; the class is the largest of the first three features. */
    private static final Matrix X = Matrix.randn(40, 4, 7);
    private static final Matrix Y = oneHotOfLargest(X);

    /** A network with every kind of activation, so that each one must survive the file. */
    private static Network everyActivation(long seed) {
        Random random = new Random(seed);
        Activation[] hidden = {Activation.sigmoid(), Activation.tanh(), Activation.relu(), Activation.leakyRelu(0.1),
            Activation.elu(0.7), Activation.identity()};
        List<Dense> layers = new ArrayList<>();
        layers.add(new Dense(4, 6, hidden[0], Initializer.XAVIER, random, 1));
        for (int i = 1; i < hidden.length; i++) {
            layers.add(new Dense(6, 6, hidden[i], Initializer.XAVIER, random, i + 1));
        }
        layers.add(new Dense(6, 3, Activation.softmax(), Initializer.XAVIER, random, hidden.length + 1));
        return new Network(layers);
    }

    static Stream<Arguments> optimizers() {
        return Stream.<Supplier<Optimizer>>of(
                () -> new SGD(0.3),
                () -> new Momentum(0.1, 0.9),
                () -> new Momentum(0.1, 0.8, true),
                () -> new AdaGrad(0.1),
                () -> new RMSProp(0.01, 0.85, 1e-7),
                () -> new Adam(0.01, 0.8, 0.99, 1e-7)
        ).map(s -> Arguments.of(s.get().toString(), s));
    }

    private History train(Network net, Optimizer optimizer, int epochs) {
        return new Trainer(net, Loss.categoricalCrossEntropy(), optimizer).epochs(epochs).fit(X, Y);
    }

    @Test
    void aLoadedNetworkPredictsTheSameNumbersBitForBit() throws IOException {
        Network net = everyActivation(1);
        Optimizer adam = new Adam(0.01);
        History history = train(net, adam, 3);
        Path file = dir.resolve("model.json");

        ModelFile.save(file, net, adam, history);
        ModelFile.Saved saved = ModelFile.load(file);

        assertEquals(net.predict(X), saved.network().predict(X));
        assertEquals(net.toString(), saved.network().toString());
        assertEquals(adam.toString(), saved.optimizer().toString());
        assertEquals(history.epochs(), saved.history().epochs());
    }

    @Test
    void aNetworkAloneCanBeSavedWithoutOptimizerOrHistory() throws IOException {
        Network net = Network.of(new int[] {4, 3}, Activation.sigmoid(), Activation.softmax(), Initializer.HE, 3);
        Path file = dir.resolve("bare.json");
        ModelFile.save(file, net, null, null);
        ModelFile.Saved saved = ModelFile.load(file);
        assertEquals(net.predict(X), saved.network().predict(X));
        assertNull(saved.optimizer());
        assertNull(saved.history());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void fiveEpochsSavedLoadedAndFiveMoreEqualTenStraight(String name, Supplier<Optimizer> optimizer)
            throws IOException {
        Network straight = everyActivation(2);
        History ten = train(straight, optimizer.get(), 10);

        Network first = everyActivation(2);
        Optimizer firstOptimizer = optimizer.get();
        Path file = dir.resolve("half-way.json");
        ModelFile.save(file, first, firstOptimizer, train(first, firstOptimizer, 5));
        ModelFile.Saved resumed = ModelFile.load(file);
        History lastFive = train(resumed.network(), resumed.optimizer(), 5);

        List<Parameter> expected = straight.parameters();
        List<Parameter> actual = resumed.network().parameters();
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).value(), actual.get(i).value(), expected.get(i).name());
        }
        assertArrayEquals(java.util.Arrays.copyOfRange(ten.trainLoss(), 5, 10), lastFive.trainLoss());
        assertEquals(ten.epochs().subList(0, 5).stream().map(e -> e.trainLoss()).toList(),
                resumed.history().epochs().stream().map(e -> e.trainLoss()).toList());
    }

    @Test
    void aTruncatedFileFailsNamingTheFile() throws IOException {
        Path file = savedModel("truncated.json");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(file));
        assertTrue(e.getMessage().startsWith("model file " + file + " is not valid JSON, perhaps truncated or corrupted: "),
                e.getMessage());
    }

    @Test
    void aChangedNumberIsCaughtByTheChecksum() throws IOException {
        Path file = savedModel("corrupted.json");
        String text = Files.readString(file);
        int at = text.indexOf("\"weights\" : \"") + "\"weights\" : \"".length() + 5;
        char replacement = text.charAt(at) == 'A' ? 'B' : 'A';
        Files.writeString(file, text.substring(0, at) + replacement + text.substring(at + 1));

        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(file));
        assertTrue(e.getMessage().startsWith("model file " + file + " is corrupted: the checksum of its model is "),
                e.getMessage());
    }

    @Test
    void anUnknownVersionFailsSayingWhichVersionIsRead() throws IOException {
        Path file = savedModel("future.json");
        Files.writeString(file, Files.readString(file).replace("\"version\" : 1,", "\"version\" : 2,"));

        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(file));
        assertEquals("model file " + file + " has format version 2, but this library reads version 1",
                e.getMessage());
    }

    @Test
    void aMissingFileFailsNamingIt() {
        Path file = dir.resolve("nowhere.json");
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(file));
        assertEquals("model file " + file + " does not exist", e.getMessage());
    }

    @Test
    void aFailedSaveLeavesTheOldFileAsItWas() throws IOException {
        Path file = savedModel("kept.json");
        byte[] before = Files.readAllBytes(file);
        Optimizer unsaveable = new Optimizer() {
            @Override
            public void step(List<Parameter> parameters) {
            }

            @Override
            public double learningRate() {
                return 0.1;
            }
        };

        assertThrows(UnsupportedOperationException.class,
                () -> ModelFile.save(file, everyActivation(9), unsaveable, null));

        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file may be left behind");
        }
    }

    @Test
    void savingTheSameModelTwiceWritesTheSameBytes() throws IOException {
        Path a = savedModel("a.json");
        ModelFile.Saved saved = ModelFile.load(a);
        Path b = dir.resolve("b.json");
        ModelFile.save(b, saved.network(), saved.optimizer(), saved.history());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    private Path savedModel(String name) throws IOException {
        Network net = everyActivation(4);
        Optimizer optimizer = new Momentum(0.1, 0.9);
        History history = train(net, optimizer, 2);
        Path file = dir.resolve(name);
        ModelFile.save(file, net, optimizer, history);
        assertTrue(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains("\"version\" : 1,"));
        return file;
    }

    private static Matrix oneHotOfLargest(Matrix x) {
        int[] classes = x.slice(0, x.rows(), 0, 3).argMaxOfEachRow();
        Matrix y = Matrix.zeros(x.rows(), 3);
        for (int i = 0; i < classes.length; i++) {
            y.set(i, classes[i], 1.0);
        }
        return y;
    }

    /**
     * The largest model the library writes is one whose file is at most {@link ModelFile#MAX_BYTES}: here a
     * 784-7900-10 network (6,280,510 parameters) without optimizer, whose file fills more than 99% of that. It
     * loads back bit for bit.
     */
    @Test
    void theLargestModelAFileHoldsLoadsBackBitForBit() throws IOException {
        Network net = Network.of(new int[] {784, 7900, 10}, Activation.relu(), Activation.softmax(),
                Initializer.HE, 3);
        Path file = dir.resolve("largest.json");
        ModelFile.save(file, net, null, null);
        long size = Files.size(file);
        assertTrue(size <= ModelFile.MAX_BYTES && size > 0.99 * ModelFile.MAX_BYTES, size + " bytes");

        Network loaded = ModelFile.load(file).network();
        for (int i = 0; i < net.parameters().size(); i++) {
            assertArrayEquals(net.parameters().get(i).value().toFlatArray(), loaded.parameters().get(i).value().toFlatArray());
        }
    }

    @Test
    void aModelTooLargeForAFileIsRefusedAndNothingIsWritten() throws IOException {
        Path file = dir.resolve("too-large.json");
        Network parametersAlone = Network.of(new int[] {784, 7950, 10}, Activation.relu(), Activation.softmax(),
                Initializer.HE, 3);
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ModelFile.save(file, parametersAlone, null, null));
        assertEquals("model file " + file + " cannot be saved: the model takes at least 67416107 bytes, more than the 67108864 bytes (64 MiB) a model file holds: save a smaller network, or without its optimizer",
                e.getMessage());

        Network withItsOptimizer = Network.of(new int[] {784, 4000, 10}, Activation.relu(), Activation.softmax(),
                Initializer.HE, 3);
        Optimizer momentum = new Momentum(0.1, 0.9);
        Matrix x = Matrix.zeros(1, 784);
        Matrix y = Matrix.zeros(1, 10).mapInPlace(v -> 0.1);
        new Trainer(withItsOptimizer, Loss.categoricalCrossEntropy(), momentum).epochs(1).fit(x, y);
        ModelFileException twice = assertThrows(ModelFileException.class,
                () -> ModelFile.save(file, withItsOptimizer, momentum, null));
        assertTrue(twice.getMessage().startsWith("model file " + file + " cannot be saved: the model takes at least "),
                twice.getMessage());
        assertTrue(twice.getMessage().endsWith(" bytes, more than the 67108864 bytes (64 MiB) a model file holds: save a smaller network, or without its optimizer"), twice.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "nothing may be written");
        }
    }

    @Test
    void aFileLargerThanAnyModelFileIsNotRead() throws IOException {
        Path file = dir.resolve("huge.json");
        try (var out = Files.newOutputStream(file)) {
            out.write(new byte[ModelFile.MAX_BYTES + 1]);
        }
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(file));
        assertEquals("model file " + file + " is larger than 67108864 bytes (64 MiB), the most a model file holds: it is not one this library wrote", e.getMessage());
    }

    @Test
    void jsonNestedDeeperThanAModelFileFailsWithAMessage() throws IOException {
        Path file = dir.resolve("deep.json");
        Files.writeString(file, "[".repeat(5000) + "]".repeat(5000));
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(file));
        assertTrue(e.getMessage().startsWith("model file " + file + " is not valid JSON, perhaps truncated or corrupted: "), e.getMessage());
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
    }

    /** The layer is deleted by hand and the checksum redone, so that only the model itself can tell. */
    @Test
    void aDeletedLayerIsNamedNotBlamedOnTheOptimizer() throws IOException {
        Network net = everyActivation(4);
        Optimizer adam = new Adam(0.01);
        train(net, adam, 2);
        Path file = dir.resolve("deleted.json");
        ModelFile.save(file, net, adam, null);
        rewrite(file, model -> ((ArrayNode) model.get("layers")).remove(2));

        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(file));
        assertEquals("model file " + file + " holds a model that cannot be built: model: layer 3 (6 inputs, 6 outputs) is missing: the sizes are 4-6-6-6-6-6-6-3, but the file holds 6 of the 7 layers", e.getMessage());
    }

    /** An activation no class of neuralmath.activations is named for: the file, the name and the known ones. */
    @Test
    void anUnknownActivationIsNamedWithTheFileAndTheKnownActivations() throws IOException {
        Path file = dir.resolve("swish.json");
        ModelFile.save(file, everyActivation(4), null, null);
        rewrite(file, model -> ((ObjectNode) model.get("layers").get(1).get("activation")).put("name", "swish"));

        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(file));
        assertEquals("model file " + file + " holds a model that cannot be built: unknown activation \"swish\": neuralmath.activations has no activation class of that name (known: ELU, Identity, LeakyReLU, ReLU, Sigmoid, Softmax, Softplus, Tanh)", e.getMessage());
    }

    /** Changes the model in {@code file} by hand and redoes its checksum, so that only the model itself can tell. */
    private static void rewrite(Path file, Consumer<ObjectNode> edit) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(file.toFile());
        ObjectNode model = (ObjectNode) root.get("model");
        edit.accept(model);
        root.put("sha256", HexFormat.of().formatHex(sha256(json.writeValueAsBytes(model))));
        Files.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
