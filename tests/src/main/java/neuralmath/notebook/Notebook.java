package neuralmath.notebook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Jupyter notebook in nbformat 4, read and written with Jackson. Everything in the file is kept as it is, in its
 * order; the runner only sets code cells' outputs and execution counts.
 */
public final class Notebook {

    /**
     * The largest notebook read: 256 MiB, room for a 30 MB line of output or several 3000×3000 images (a PNG of
     * one is at most 36 MB, 48 MB in base64), yet a bound on what an untrusted file can make the runner hold.
     */
    static final long MAX_FILE_BYTES = 256L << 20;
    /** Jackson's default limits (20 M characters per string) are too small for an image; the file's size bounds. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength((int) MAX_FILE_BYTES)
                    .maxDocumentLength(MAX_FILE_BYTES)
                    .build())
            .build());
    private static final Set<String> MULTILINE_DATA = Set.of("image/svg+xml", "application/javascript");

    private final Path path;
    private final ObjectNode root;
    private final List<Cell> cells = new ArrayList<>();

    private Notebook(Path path, ObjectNode root) {
        this.path = path;
        this.root = root;
        JsonNode list = root.get("cells");
        for (int i = 0; i < list.size(); i++) {
            cells.add(new Cell(i + 1, (ObjectNode) list.get(i)));
        }
    }

    /** Reads a notebook; a file that is not an nbformat 4 notebook is an error that names the file and the fault. */
    public static Notebook read(Path path) throws IOException {
        long size = Files.size(path);
        if (size > MAX_FILE_BYTES) {
            throw new IOException(String.format(Locale.ROOT, "%s: the file is %,d bytes, more than the %d MiB a"
                    + " notebook may have here", path, size, MAX_FILE_BYTES >> 20));
        }
        JsonNode root;
        try {
            root = JSON.readTree(path.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IOException(path + ": not a notebook, its JSON does not parse"
                    + (at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr()) + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IOException(path + ": cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException(path + ": not a notebook, its JSON is not an object");
        }
        if (root.path("nbformat").asInt() != 4) {
            throw new IOException(path + ": nbformat " + root.path("nbformat") + " is not supported, only 4");
        }
        String language = root.path("metadata").path("kernelspec").path("language")
                .asText(root.path("metadata").path("language_info").path("name").asText("java"));
        if (!"java".equalsIgnoreCase(language)) {
            throw new IOException(path + ": a notebook for a " + language + " kernel ("
                    + root.path("metadata").path("kernelspec").path("name").asText("no kernelspec name")
                    + "), not for Java: the runner runs Java notebooks only");
        }
        JsonNode cells = root.get("cells");
        if (cells == null || !cells.isArray()) {
            throw new IOException(path + ": the notebook has no list of cells");
        }
        for (int i = 0; i < cells.size(); i++) {
            JsonNode cell = cells.get(i);
            if (!cell.isObject() || !cell.path("cell_type").isTextual() || !cell.has("source")) {
                throw new IOException(path + ": cell " + (i + 1) + " has no cell_type or no source");
            }
        }
        return new Notebook(path, (ObjectNode) root);
    }

    /** The same notebook, named as read from another file (the one the executed copy was made from). */
    Notebook from(Path source) {
        return new Notebook(source, root);
    }

    /** The file it was read from. */
    public Path path() {
        return path;
    }

    /** All cells, markdown and raw ones too, in order. */
    public List<Cell> cells() {
        return List.copyOf(cells);
    }

    /** Writes the notebook as Jupyter does: indent of one, texts as lists of lines, a newline at the end. */
    public void write(Path target) throws IOException {
        ObjectNode copy = root.deepCopy();
        for (JsonNode cell : copy.get("cells")) {
            ((ObjectNode) cell).set("source", lines(cell.get("source")));
            for (JsonNode output : cell.path("outputs")) {
                writeTextsAsLines((ObjectNode) output);
            }
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter(" ", "\n"))
                .withArrayIndenter(new DefaultIndenter(" ", "\n"));
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Files.writeString(target, JSON.writer(printer).writeValueAsString(copy) + "\n", StandardCharsets.UTF_8);
    }

    private static void writeTextsAsLines(ObjectNode output) {
        if (output.has("text")) {
            output.set("text", lines(output.get("text")));
        }
        JsonNode data = output.get("data");
        if (data instanceof ObjectNode) {
            ObjectNode bundle = (ObjectNode) data;
            bundle.fieldNames().forEachRemaining(type -> {
                if (bundle.get(type).isTextual() && (type.startsWith("text/") || MULTILINE_DATA.contains(type))) {
                    bundle.set(type, lines(bundle.get(type)));
                }
            });
        }
    }

    /** A multi-line string as nbformat stores it: a list of lines, each with its newline but the last. */
    private static ArrayNode lines(JsonNode text) {
        ArrayNode lines = JSON.createArrayNode();
        String s = joined(text);
        int start = 0;
        while (start < s.length()) {
            int end = s.indexOf('\n', start);
            end = end < 0 ? s.length() : end + 1;
            lines.add(s.substring(start, end));
            start = end;
        }
        return lines;
    }

    static String joined(JsonNode text) {
        if (text == null || text.isNull()) {
            return "";
        }
        if (!text.isArray()) {
            return text.asText();
        }
        StringBuilder s = new StringBuilder();
        text.forEach(line -> s.append(line.asText()));
        return s.toString();
    }

    /** One cell of the notebook. */
    public static final class Cell {
        private final int number;
        private final ObjectNode node;

        private Cell(int number, ObjectNode node) {
            this.number = number;
            this.node = node;
        }

        /** Its place in the notebook, from 1, counting every cell. */
        public int number() {
            return number;
        }

        public boolean isCode() {
            return "code".equals(node.get("cell_type").asText());
        }

        public String source() {
            return joined(node.get("source"));
        }

        /** The tags in its metadata, such as {@code raises-exception}. */
        public Set<String> tags() {
            Set<String> tags = new TreeSet<>();
            node.path("metadata").path("tags").forEach(tag -> tags.add(tag.asText()));
            return tags;
        }

        /** Whether Jupyter shows the cell with its source collapsed ({@code metadata.jupyter.source_hidden}). */
        public boolean isHiddenSource() {
            return node.path("metadata").path("jupyter").path("source_hidden").asBoolean(false);
        }

        /** Its outputs: none in a notebook as it is kept in git. */
        public List<JsonNode> outputs() {
            List<JsonNode> outputs = new ArrayList<>();
            node.path("outputs").forEach(outputs::add);
            return outputs;
        }

        /** Its execution count: none in a notebook as it is kept in git. */
        public Optional<Integer> executionCount() {
            JsonNode count = node.get("execution_count");
            return count == null || count.isNull() ? Optional.empty() : Optional.of(count.asInt());
        }

        void setOutputs(List<ObjectNode> outputs, Integer executionCount) {
            ArrayNode list = node.putArray("outputs");
            outputs.forEach(list::add);
            if (executionCount == null) {
                node.putNull("execution_count");
            } else {
                node.put("execution_count", executionCount);
            }
        }
    }
}
