package neuralmath.runner;

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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The outputs of one cell, in the order they happen, as nbformat 4 output objects: {@code stream} for what the
 * cell prints to {@code System.out} and {@code System.err}, {@code display_data} for each {@code display(...)},
 * then {@code execute_result} or {@code error}. Consecutive prints to the same stream make one output, as in
 * Jupyter. Displays are remembered by id for the whole notebook so that {@code updateDisplay} can reach a display
 * of an earlier cell.
 *
 * <p>What a cell prints is bounded, as Jupyter's front ends bound it: past {@link #MAX_STREAM_BYTES} the rest is
 * counted, dropped and named in a note at the end of the cell's output, so a cell printing without end cannot
 * exhaust the runner's memory. Output goes to the cell whose thread printed it, threads started by the cell
 * included ({@link CellThreads}); what such a thread prints after its cell has finished is dropped, and counted
 * for a note that {@link #lateNote()} gives.
 */
final class CellOutputs {

    /** How much of what a cell prints is kept: 8 MiB, far more than a page shows, far less than a heap. */
    static final int MAX_STREAM_BYTES = 8 << 20;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile CellOutputs current;

    private final Object lock = new Object(); // not this: cell code can reach a PrintStream, never this lock
    private long keptBytes;
    private long droppedBytes;
    private long lateBytes;
    private boolean finished;

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

    void display(DisplayData data) {
        synchronized (lock) {
            ObjectNode output = bundle("display_data", data);
            outputs.add(output);
            displays.computeIfAbsent(data.getDisplayId(), id -> new ArrayList<>()).add(output);
        }
    }

    void update(String id, DisplayData data) {
        synchronized (lock) {
            for (ObjectNode output : displays.getOrDefault(id, List.of())) {
                ObjectNode updated = bundle(output.get("output_type").asText(), data);
                output.set("data", updated.get("data"));
                output.set("metadata", updated.get("metadata"));
            }
        }
    }

    void result(int executionCount, DisplayData data) {
        synchronized (lock) {
            ObjectNode output = bundle("execute_result", data);
            output.put("execution_count", executionCount);
            outputs.add(output);
        }
    }

    void error(CellFailure failure) {
        synchronized (lock) {
            flushStream();
            ObjectNode output = JSON.createObjectNode();
            output.put("output_type", "error");
            output.put("ename", failure.ename());
            output.put("evalue", failure.evalue());
            ArrayNode traceback = output.putArray("traceback");
            failure.traceback().forEach(traceback::add);
            outputs.add(output);
        }
    }

    /** All outputs, the last print included. */
    List<ObjectNode> finish() {
        synchronized (lock) {
            if (droppedBytes > 0 && !finished) {
                writeNote(String.format(Locale.ROOT, "\n[output truncated: the runner keeps the first %d MiB that a"
                        + " cell prints, as Jupyter front ends truncate long output; %,d bytes more were dropped]\n",
                        MAX_STREAM_BYTES >> 20, droppedBytes));
                droppedBytes = 0;
            }
            finished = true;
            flushStream();
            return List.copyOf(outputs);
        }
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

    private void write(String stream, byte[] bytes, int offset, int length) {
        synchronized (lock) {
            if (finished) {
                lateBytes += length;
                return;
            }
            int kept = (int) Math.max(0, Math.min(length, MAX_STREAM_BYTES - keptBytes));
            droppedBytes += length - kept;
            if (kept == 0) {
                return;
            }
            if (!stream.equals(pendingStream)) {
                flushStream();
                pendingStream = stream;
            }
            pending.write(bytes, offset, kept);
            keptBytes += kept;
        }
    }

    /**
     * A note for the cell's stderr when threads it started printed after it had finished (their output was
     * dropped), else empty.
     */
    Optional<String> lateNote() {
        synchronized (lock) {
            return lateBytes == 0 ? Optional.empty() : Optional.of(String.format(Locale.ROOT,
                    "[the runner dropped %,d bytes that threads this cell started printed after the cell had"
                            + " finished]\n", lateBytes));
        }
    }

    /** The outputs as {@link #finish()} gave them, with a note appended to stderr. */
    List<ObjectNode> finishWithNote(String note) {
        synchronized (lock) {
            finished = false;
            pendingStream = null;
            writeNote(note);
            return finish();
        }
    }

    private void writeNote(String note) {
        byte[] bytes = note.getBytes(StandardCharsets.UTF_8);
        if (!"stderr".equals(pendingStream)) {
            flushStream();
            pendingStream = "stderr";
        }
        pending.write(bytes, 0, bytes.length);
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
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            CellOutputs owner = CellThreads.outputsOf(Thread.currentThread());
            (owner == null ? CellOutputs.this : owner).write(stream, bytes, offset, length);
        }
    }

    /**
     * The thread group of one cell's threads: the thread running its snippets and every thread they start, so
     * that what they print goes to this cell's outputs even while a later cell runs.
     */
    static final class CellThreads extends ThreadGroup {
        private final CellOutputs outputs;

        CellThreads(ThreadGroup session, CellOutputs outputs) {
            super(session, "notebook-cell");
            this.outputs = outputs;
        }

        /** The outputs of the cell the thread belongs to, or null for a thread outside every cell. */
        static CellOutputs outputsOf(Thread thread) {
            for (ThreadGroup g = thread.getThreadGroup(); g != null; g = g.getParent()) {
                if (g instanceof CellThreads) {
                    return ((CellThreads) g).outputs;
                }
            }
            return null;
        }
    }
}
