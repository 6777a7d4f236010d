package neuralmath.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import neuralmath.network.Network;
import neuralmath.optimizers.Optimizer;
import neuralmath.training.History;

/**
 * Saves a trained network, its optimizer and its training history to one JSON file, and loads them back exactly:
 * the loaded network predicts the same numbers bit for bit, and the loaded optimizer continues training as the
 * saved one would have.
 *
 * <pre>{@code
 * ModelFile.save(Path.of("digits.model.json"), net, optimizer, history);
 * ModelFile.Saved saved = ModelFile.load(Path.of("digits.model.json"));
 * saved.network().classify(x);
 * }</pre>
 *
 * <p>The file carries its format version and a SHA-256 checksum of the model. Loading a file that is missing,
 * truncated, corrupted or of another version throws a {@link ModelFileException} that names the file and the
 * problem; it never returns part of a model. Saving replaces the file atomically ({@link AtomicFile}).
 *
 * <p>A model file holds at most {@link #MAX_BYTES} (64 MiB). The numbers take 32/3 bytes each as Base64, so that is
 * at most 6.29 million parameters without optimizer state (784-7900-10 has 6.28 million), or 2.1 million with
 * Adam's two averages per parameter (784-2400-10 with Adam is 61 MB). Saving a larger model fails before it writes anything,
 * and loading reads no more than that from any file.
 *
 * <p>Full-batch training resumed from a file continues bit for bit as if it had never stopped. Mini-batch
 * training does too, except for the order of the batches: a new {@code Trainer} shuffles from its seed afresh.
 */
public final class ModelFile {

    /** The format version this library writes and reads. */
    public static final int VERSION = 1;

    /** The largest model file this library writes and reads, in bytes: 64 MiB. */
    public static final int MAX_BYTES = 64 << 20;

    private static final String FORMAT = "neuralmath model";
    /** Base64 writes 3 bytes as 4 characters: a double takes 32/3 of them. */
    private static final double BYTES_PER_NUMBER = Double.BYTES * 4 / 3.0;
    /** Nesting: file, model, optimizer, buffers, one buffer; a few levels to spare. */
    private static final int MAX_DEPTH = 16;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(MAX_BYTES)
                    .maxDocumentLength(MAX_BYTES)
                    .maxNestingDepth(MAX_DEPTH)
                    .build())
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * What a model file holds.
     *
     * @param network   the network, with its weights and biases
     * @param optimizer the optimizer with its state, or null if none was saved
     * @param history   the training history, or null if none was saved
     */
    public record Saved(Network network, Optimizer optimizer, History history) {
    }

    private ModelFile() {
    }

    /**
     * Writes the network, and the optimizer and history if they are not null, to {@code file}, replacing it
     * atomically. Throws a {@link ModelFileException}, and writes nothing, if the file would be larger than
     * {@link #MAX_BYTES}.
     */
    public static void save(Path file, Network network, Optimizer optimizer, History history) throws IOException {
        long atLeast = (long) Math.ceil(network.parameterCount() * BYTES_PER_NUMBER);
        if (atLeast > MAX_BYTES) { // checked first, so that no single encoded matrix can outgrow an array
            throw tooLarge(file, atLeast);
        }
        ObjectNode model = ModelJson.model(network, optimizer, history);
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("sha256", sha256(model));
        root.set("model", model);
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(file, bytes.length);
        }
        AtomicFile.write(file, out -> out.write(bytes));
    }

    /** Reads a model file written by {@link #save}. */
    public static Saved load(Path file) throws IOException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ModelFileException(file, "is larger than " + MAX_BYTES + " bytes (64 MiB), the most a "
                        + "model file holds: it is not one this library wrote", null);
            }
            root = JSON.readTree(bytes);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, "does not exist", e);
        } catch (JsonProcessingException e) {
            throw new ModelFileException(file, "is not valid JSON, perhaps truncated or corrupted: "
                    + e.getOriginalMessage() + at(e.getLocation()), e);
        }
        if (root == null || !root.isObject()) {
            throw new ModelFileException(file, "is empty or not a JSON object", null);
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new ModelFileException(file, "is not a neuralmath model file (its \"format\" is "
                    + root.get("format") + ", expected \"" + FORMAT + "\")", null);
        }
        if (!root.path("version").isInt() || root.get("version").intValue() != VERSION) {
            throw new ModelFileException(file, "has format version " + root.get("version")
                    + ", but this library reads version " + VERSION, null);
        }
        JsonNode model = root.get("model");
        if (model == null || !model.isObject()) {
            throw new ModelFileException(file, "holds no model", null);
        }
        String expected = root.path("sha256").asText();
        String actual = sha256(model);
        if (!actual.equals(expected)) {
            throw new ModelFileException(file, "is corrupted: the checksum of its model is " + actual
                    + " but the file says " + expected, null);
        }
        try {
            return ModelJson.saved(model);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "holds a model that cannot be built: " + e.getMessage(), e);
        }
    }

    /** {@code " at line L, column C"}, or nothing when the parser knows no location. */
    private static String at(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static ModelFileException tooLarge(Path file, long bytes) {
        return new ModelFileException(file, "cannot be saved: the model takes at least " + bytes + " bytes, more "
                + "than the " + MAX_BYTES + " bytes (64 MiB) a model file holds: save a smaller network, or without "
                + "its optimizer", null);
    }

    /** The SHA-256 of the model's compact JSON, in hex. */
    private static String sha256(JsonNode model) throws JsonProcessingException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsBytes(model)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
