package neuralmath.grader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import neuralmath.course.exercise.Exercise;
import neuralmath.course.exercise.Verdict;
import neuralmath.notebook.Notebook;
import neuralmath.runner.CellObserver;
import neuralmath.runner.CellResult;

/**
 * What each cell of a submission did, kept by the JVM that runs it: after each cell, one JSON line in
 * {@value #FILE_NAME} beside the notebook with the cell's number, how it ended, and the verdicts that
 * {@link Exercise#results()} recorded while it ran. Each line is written when its cell ends, so the grader reads
 * what ran even when that JVM died later (System.exit, out of memory, stopped). The grader reads the log within
 * bounds, and only when every line is one it writes, one per cell in the order the cells ran: a submission's cell
 * that writes a line of its own into the log voids its notebook. (Code that rewrites the whole log consistently is
 * not caught: the grader does not sandbox the JVM it runs a submission in.)
 */
public final class VerdictLog implements CellObserver {

    /** The log's name, beside the notebook that runs. */
    static final String FILE_NAME = ".course-grade-verdicts.jsonl";
    /** The most of a log that is read: a line per cell, a few verdicts each. */
    static final int MAX_BYTES = 16 << 20;
    /** A cell's failure and a verdict's message are kept up to this many characters. */
    static final int MAX_TEXT = 2000;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).build()).build());

    /** How many verdicts this JVM had recorded when the last cell ended. */
    private int seen;

    /** One cell as the log tells it: its number, how it ended, why it failed, and the verdicts recorded meanwhile. */
    record Entry(int cell, String status, Optional<String> failure, List<Verdict> verdicts) {
    }

    /**
     * The log's cells, or why none of it counts: a complete line that is not one the grader writes, or out of the
     * order in which cells run, was written by the submission.
     */
    record Read(Map<Integer, Entry> cells, Optional<String> forged) {
    }

    /** Made by the runner in the submission's JVM. */
    public VerdictLog() {
    }

    @Override
    public void cellRan(Notebook notebook, Notebook.Cell cell, CellResult result) {
        List<Verdict> all = Exercise.results();
        List<Verdict> recorded = all.subList(Math.min(seen, all.size()), all.size());
        seen = all.size();
        ObjectNode line = JSON.createObjectNode().put("cell", cell.number()).put("status", result.status().name());
        result.failure().ifPresent(f -> line.put("failure", cut(f.ename() + ": " + f.evalue())));
        ArrayNode verdicts = line.putArray("verdicts");
        for (Verdict v : recorded) {
            verdicts.addObject().put("id", cut(v.id())).put("title", cut(v.title())).put("right", v.right())
                    .put("earned", v.earned()).put("points", v.points()).put("message", cut(v.message()));
        }
        Path file = notebook.path().toAbsolutePath().resolveSibling(FILE_NAME);
        try {
            Files.write(file, (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("the grader cannot write its log of the checks, " + file, e);
        }
    }

    /** The log in {@code folder}: empty when no cell ran. */
    static Read read(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        Map<Integer, Entry> cells = new LinkedHashMap<>();
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Read(cells, Optional.empty());
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes(MAX_BYTES);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int lineNumber = 0;
        int lastCell = 0;
        // a last line without its newline was cut short as the JVM ended: it is not read
        for (int start = 0, end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
            lineNumber++;
            Entry entry = entry(text.substring(start, end));
            if (entry == null || entry.cell() <= lastCell) {
                return new Read(Map.of(), Optional.of("the submission wrote into the grader's log of the checks (its"
                        + " line " + lineNumber + " is not one the grader wrote): nothing of this notebook counts"));
            }
            cells.put(entry.cell(), entry);
            lastCell = entry.cell();
        }
        return new Read(cells, Optional.empty());
    }

    /** A line of the log, or null when it is not one the grader writes. */
    private static Entry entry(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            return null;
        }
        if (node == null || !node.path("cell").isInt() || !node.path("status").isTextual()
                || !node.path("verdicts").isArray()) {
            return null;
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (JsonNode v : node.get("verdicts")) {
            verdicts.add(new Verdict(cut(v.path("id").asText()), cut(v.path("title").asText()),
                    v.path("right").asBoolean(), v.path("earned").asDouble(), v.path("points").asInt(),
                    cut(v.path("message").asText())));
        }
        JsonNode failure = node.get("failure");
        return new Entry(node.get("cell").asInt(), node.get("status").asText(),
                failure == null ? Optional.empty() : Optional.of(cut(failure.asText())), verdicts);
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }
}
