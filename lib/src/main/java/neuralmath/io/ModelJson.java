package neuralmath.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import neuralmath.activations.Activation;
import neuralmath.la.Matrix;
import neuralmath.network.Dense;
import neuralmath.network.Network;
import neuralmath.optimizers.Optimizer;
import neuralmath.optimizers.OptimizerState;
import neuralmath.training.EpochResult;
import neuralmath.training.History;

/**
 * The JSON of a model file's {@code "model"}: layers, optimizer state and history. Matrices are stored as the
 * Base64 of their doubles' 8 bytes each, so every number, NaN included, comes back bit for bit.
 */
final class ModelJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] HISTORY_COLUMNS = {"trainLoss", "trainAccuracy", "testLoss", "testAccuracy",
        "seconds"};

    private ModelJson() {
    }

    // ----------------------------------------------------------------------------------------------
    // Writing

    static ObjectNode model(Network network, Optimizer optimizer, History history) {
        if (!network.features().isEmpty()) {
            throw new IllegalArgumentException("model file: cannot save a network with feature layers ("
                    + network.features().get(0) + ", ...): a model file keeps dense layers only, and would lose them");
        }
        ObjectNode model = NODES.objectNode();
        ArrayNode sizes = model.putArray("sizes");
        for (int size : network.sizes()) {
            sizes.add(size);
        }
        ArrayNode layers = model.putArray("layers");
        for (Dense layer : network.layers()) {
            ObjectNode l = layers.addObject();
            l.put("number", layers.size());
            l.put("inputs", layer.inputs());
            l.put("outputs", layer.outputs());
            l.set("activation", activation(layer.activation()));
            l.put("weights", encode(layer.weights().value().toFlatArray()));
            l.put("bias", encode(layer.bias().value().toFlatArray()));
        }
        model.set("optimizer", optimizer == null ? NODES.nullNode() : optimizer(optimizer.state(network.parameters())));
        model.set("history", history == null ? NODES.nullNode() : history(history));
        return model;
    }

    private static ObjectNode activation(Activation f) {
        ObjectNode node = NODES.objectNode().put("name", f.name());
        f.parameters().forEach(node::put);
        toActivation(node); // fails now, on saving, for an activation that could not be loaded
        return node;
    }

    private static ObjectNode optimizer(OptimizerState state) {
        ObjectNode node = NODES.objectNode().put("type", state.type()).put("steps", state.steps());
        ObjectNode hyperparameters = node.putObject("hyperparameters");
        new TreeMap<>(state.hyperparameters()).forEach(hyperparameters::put);
        ObjectNode buffers = node.putObject("buffers");
        state.buffers().forEach((name, m) -> buffers.putObject(name)
                .put("rows", m.rows()).put("cols", m.cols()).put("values", encode(m.toFlatArray())));
        return node;
    }

    private static ObjectNode history(History history) {
        ObjectNode node = NODES.objectNode().put("epochs", history.size());
        double[][] columns = {history.trainLoss(), history.trainAccuracy(), history.testLoss(),
            history.testAccuracy(), history.epochs().stream().mapToDouble(EpochResult::seconds).toArray()};
        for (int c = 0; c < columns.length; c++) {
            node.put(HISTORY_COLUMNS[c], encode(columns[c]));
        }
        return node;
    }

    private static String encode(double[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Double.BYTES);
        bytes.asDoubleBuffer().put(values);
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    // ----------------------------------------------------------------------------------------------
    // Reading: every check throws an IllegalArgumentException that says where the problem is

    static ModelFile.Saved saved(JsonNode model) {
        JsonNode layersNode = required(model, "layers", "model");
        if (!layersNode.isArray() || layersNode.isEmpty()) {
            throw new IllegalArgumentException("model: \"layers\" must be a non-empty array");
        }
        List<Dense> layers = new ArrayList<>();
        for (int i = 0; i < layersNode.size(); i++) {
            JsonNode l = layersNode.get(i);
            String where = "layer " + (i + 1);
            int inputs = positiveInt(l, "inputs", where);
            int outputs = positiveInt(l, "outputs", where);
            int weights = Matrix.elements(where + " weights", inputs, outputs);
            Matrix w = Matrix.wrap(inputs, outputs, decode(l, "weights", weights, where));
            Matrix b = Matrix.wrap(1, outputs, decode(l, "bias", outputs, where));
            layers.add(new Dense(w, b, toActivation(required(l, "activation", where)), i + 1));
        }
        if (model.has("sizes")) { // files written before "sizes" was added have none
            requireEveryLayer(model.get("sizes"), layersNode, layers);
        }
        Network network = new Network(layers);
        JsonNode o = required(model, "optimizer", "model");
        Optimizer optimizer = o.isNull() ? null : optimizerState(o).toOptimizer(network.parameters());
        JsonNode h = required(model, "history", "model");
        return new ModelFile.Saved(network, optimizer, h.isNull() ? null : history(h));
    }

    /**
     * Throws, naming the first missing layer by its number and sizes, if {@code "layers"} holds fewer or more
     * layers than the model's {@code "sizes"} describe. The missing one is the first whose place holds a layer of
     * another shape or another {@code "number"}.
     */
    private static void requireEveryLayer(JsonNode sizesNode, JsonNode layersNode, List<Dense> layers) {
        if (!sizesNode.isArray() || sizesNode.size() < 2) {
            throw new IllegalArgumentException("model: sizes must be an array of at least two layer sizes, got "
                    + sizesNode);
        }
        int[] sizes = new int[sizesNode.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = positiveInt(sizesNode, i, "model: sizes");
        }
        int described = sizes.length - 1;
        if (layers.size() > described) {
            throw new IllegalArgumentException("model: the file holds " + layers.size() + " layers, but its sizes "
                    + sizesText(sizes) + " describe " + described);
        }
        for (int l = 1; l <= described && layers.size() < described; l++) {
            boolean present = l <= layers.size() && layers.get(l - 1).inputs() == sizes[l - 1]
                    && layers.get(l - 1).outputs() == sizes[l] && layersNode.get(l - 1).path("number").asInt(l) == l;
            if (!present) {
                throw new IllegalArgumentException("model: layer " + l + " (" + sizes[l - 1] + " inputs, " + sizes[l]
                        + " outputs) is missing: the sizes are " + sizesText(sizes) + ", but the file holds "
                        + layers.size() + " of the " + described + " layers");
            }
        }
    }

    private static String sizesText(int[] sizes) {
        return java.util.Arrays.stream(sizes).mapToObj(Integer::toString)
                .collect(java.util.stream.Collectors.joining("-"));
    }

    private static Activation toActivation(JsonNode node) {
        String name = required(node, "name", "activation").asText();
        Map<String, Double> parameters = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("name")) {
                parameters.put(e.getKey(), number(e.getValue(), name + " " + e.getKey()));
            }
        });
        return Activation.named(name, parameters);
    }

    private static OptimizerState optimizerState(JsonNode node) {
        String type = required(node, "type", "optimizer").asText();
        String where = "optimizer " + type;
        Map<String, Double> hyperparameters = new LinkedHashMap<>();
        required(node, "hyperparameters", where).fields()
                .forEachRemaining(e -> hyperparameters.put(e.getKey(), number(e.getValue(), where)));
        Map<String, Matrix> buffers = new LinkedHashMap<>();
        required(node, "buffers", where).fields().forEachRemaining(e -> {
            String buffer = where + " " + e.getKey();
            int rows = positiveInt(e.getValue(), "rows", buffer);
            int cols = positiveInt(e.getValue(), "cols", buffer);
            int size = Matrix.elements(buffer, rows, cols);
            buffers.put(e.getKey(), Matrix.wrap(rows, cols, decode(e.getValue(), "values", size, buffer)));
        });
        JsonNode steps = required(node, "steps", where);
        if (!steps.isInt()) {
            throw new IllegalArgumentException(where + ": \"steps\" must be a whole number, got " + steps);
        }
        return new OptimizerState(type, hyperparameters, steps.intValue(), buffers);
    }

    private static History history(JsonNode node) {
        int epochs = required(node, "epochs", "history").asInt(-1);
        if (epochs < 0) {
            throw new IllegalArgumentException("history: \"epochs\" must be a whole number >= 0, got "
                    + node.get("epochs"));
        }
        double[][] columns = new double[HISTORY_COLUMNS.length][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = decode(node, HISTORY_COLUMNS[c], epochs, "history");
        }
        History history = new History();
        for (int e = 0; e < epochs; e++) {
            history.add(new EpochResult(e + 1, columns[0][e], columns[1][e], columns[2][e], columns[3][e],
                    columns[4][e]));
        }
        return history;
    }

    private static double[] decode(JsonNode parent, String field, int count, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(required(parent, field, where).asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" is not Base64: " + e.getMessage(), e);
        }
        if (bytes.length != (long) count * Double.BYTES) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" should hold " + count + " numbers ("
                    + (long) count * Double.BYTES + " bytes), but holds " + bytes.length + " bytes");
        }
        double[] values = new double[count];
        ByteBuffer.wrap(bytes).asDoubleBuffer().get(values);
        return values;
    }

    private static JsonNode required(JsonNode parent, String field, String where) {
        JsonNode node = parent.get(field);
        if (node == null) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" is missing");
        }
        return node;
    }

    private static int positiveInt(JsonNode parent, String field, String where) {
        return positiveInt(required(parent, field, where), where + ": \"" + field + "\"");
    }

    private static int positiveInt(JsonNode array, int index, String where) {
        return positiveInt(array.get(index), where + "[" + index + "]");
    }

    private static int positiveInt(JsonNode node, String what) {
        if (!node.isInt() || node.intValue() <= 0) {
            throw new IllegalArgumentException(what + " must be a whole number > 0, got " + node);
        }
        return node.intValue();
    }

    private static double number(JsonNode node, String where) {
        if (!node.isNumber()) {
            throw new IllegalArgumentException(where + ": expected a number, got " + node);
        }
        return node.doubleValue();
    }
}
