package neuralmath.notebook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outputs of one cell, in the order they happen, as nbformat 4 output objects: {@code stream} for what the
 * cell prints to {@code System.out} and {@code System.err}, {@code display_data} for each {@code display(...)},
 * then {@code execute_result} or {@code error}. Consecutive prints to the same stream make one output, as in
 * Jupyter. Displays are remembered by id for the whole notebook so that {@code updateDisplay} can reach a display
 * of an earlier cell.
 */
final class CellOutputs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile CellOutputs current;

    private final List<ObjectNode> outputs = new ArrayList<>();
    private final Map<String, List<ObjectNode>> displays;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private String pendingStream;

    final PrintStream out = new PrintStream(new Sink("stdout"), true, StandardCharsets.UTF_8);
    final PrintStream err = new PrintStream(new Sink("stderr"), true, StandardCharsets.UTF_8);

    /** Outputs of a notebook's first cell. */
    CellOutputs() {
        this(new HashMap<>());
    }

    private CellOutputs(Map<String, List<ObjectNode>> displays) {
        this.displays = displays;
    }

    /** Outputs of the notebook's next cell, sharing the displays shown so far. */
    CellOutputs next() {
        return new CellOutputs(displays);
    }

    /** The outputs of the cell running now. */
    static CellOutputs current() {
        CellOutputs outputs = current;
        if (outputs == null) {
            throw new IllegalStateException("display and updateDisplay work only while a notebook cell runs");
        }
        return outputs;
    }

    static void setCurrent(CellOutputs outputs) {
        current = outputs;
    }

    synchronized void display(DisplayData data) {
        ObjectNode output = bundle("display_data", data);
        outputs.add(output);
        displays.computeIfAbsent(data.getDisplayId(), id -> new ArrayList<>()).add(output);
    }

    synchronized void update(String id, DisplayData data) {
        for (ObjectNode output : displays.getOrDefault(id, List.of())) {
            ObjectNode updated = bundle(output.get("output_type").asText(), data);
            output.set("data", updated.get("data"));
            output.set("metadata", updated.get("metadata"));
        }
    }

    synchronized void result(int executionCount, DisplayData data) {
        ObjectNode output = bundle("execute_result", data);
        output.put("execution_count", executionCount);
        outputs.add(output);
    }

    synchronized void error(CellFailure failure) {
        flushStream();
        ObjectNode output = JSON.createObjectNode();
        output.put("output_type", "error");
        output.put("ename", failure.ename());
        output.put("evalue", failure.evalue());
        ArrayNode traceback = output.putArray("traceback");
        failure.traceback().forEach(traceback::add);
        outputs.add(output);
    }

    /** All outputs, the last print included. */
    synchronized List<ObjectNode> finish() {
        flushStream();
        return List.copyOf(outputs);
    }

    private ObjectNode bundle(String outputType, DisplayData data) {
        flushStream();
        ObjectNode output = JSON.createObjectNode();
        output.put("output_type", outputType);
        ObjectNode bundle = output.putObject("data");
        data.data().forEach((type, value) -> bundle.set(type, JSON.valueToTree(value)));
        output.set("metadata", JSON.valueToTree(data.metadata()));
        return output;
    }

    private synchronized void write(String stream, byte[] bytes, int offset, int length) {
        if (!stream.equals(pendingStream)) {
            flushStream();
            pendingStream = stream;
        }
        pending.write(bytes, offset, length);
    }

    private void flushStream() {
        if (pending.size() == 0) {
            return;
        }
        String text = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        ObjectNode last = outputs.isEmpty() ? null : outputs.get(outputs.size() - 1);
        if (last != null && "stream".equals(last.get("output_type").asText())
                && pendingStream.equals(last.get("name").asText())) {
            last.put("text", last.get("text").asText() + text);
            return;
        }
        ObjectNode output = JSON.createObjectNode();
        output.put("output_type", "stream");
        output.put("name", pendingStream);
        output.put("text", text);
        outputs.add(output);
    }

    private final class Sink extends OutputStream {
        private final String stream;

        Sink(String stream) {
            this.stream = stream;
        }

        @Override
        public void write(int b) {
            CellOutputs.this.write(stream, new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            CellOutputs.this.write(stream, bytes, offset, length);
        }
    }
}
