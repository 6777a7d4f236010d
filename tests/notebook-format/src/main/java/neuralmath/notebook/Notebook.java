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
import java.util.function.Predicate;

/**
 * A Jupyter notebook in nbformat 4, read and written with Jackson: the one model of a notebook that the runner
 * executes and the course export publishes. Everything in the file is kept as it is, in its order; the runner only
 * sets code cells' outputs and execution counts.
 */
public final class Notebook {

    /**
     * The largest notebook read: 256 MiB, room for a 30 MB line of output or several 3000×3000 images (a PNG of
     * one is at most 36 MB, 48 MB in base64), yet a bound on what an untrusted file can make a tool hold.
     */
    public static final long MAX_FILE_BYTES = 256L << 20;
    /** Nesting deeper than this is no notebook: nbformat nests cells, outputs and metadata a few levels deep. */
    public static final int MAX_DEPTH = 1000;
    /** Jackson's default limits (20 M characters per string) are too small for an image; the file's size bounds. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength((int) MAX_FILE_BYTES)
                    .maxDocumentLength(MAX_FILE_BYTES)
                    .maxNestingDepth(MAX_DEPTH)
                    .build())
            .build());
    private static final Set<String> MULTILINE_DATA = Set.of("image/svg+xml", "application/javascript");
    private static final List<String> CELL_TYPES = List.of("markdown", "code", "raw");

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
        JsonNode cells = root.get("cells");
        if (cells == null || !cells.isArray()) {
            throw new IOException(path + ": the notebook has no list of cells");
        }
        for (int i = 0; i < cells.size(); i++) {
            JsonNode cell = cells.get(i);
            if (!cell.isObject() || !cell.path("cell_type").isTextual() || !cell.has("source")) {
                throw new IOException(path + ": cell " + (i + 1) + " has no cell_type or no source");
            }
            if (!CELL_TYPES.contains(cell.get("cell_type").asText())) {
                throw new IOException(path + ": cell " + (i + 1) + " has cell_type " + cell.get("cell_type")
                        + ", expected markdown, code or raw");
            }
        }
        return new Notebook(path, (ObjectNode) root);
    }

    /** The same notebook, named as read from another file (the one an executed copy was made from). */
    public Notebook readFrom(Path source) {
        return new Notebook(source, root);
    }

    /**
     * The same notebook, metadata and all, with other cells (nbformat 4 cell objects, copied), named as read from
     * {@code path}: a notebook put together from parts of others, as the grader does.
     */
    public Notebook withCells(Path path, List<ObjectNode> newCells) {
        ObjectNode copy = root.deepCopy();
        ArrayNode list = copy.putArray("cells");
        newCells.forEach(cell -> list.add(cell.deepCopy()));
        return new Notebook(path, copy);
    }

    /** The file it was read from. */
    public Path path() {
        return path;
    }

    /** The notebook's metadata object (kernelspec, language_info, and the course's title and summary). */
    public JsonNode metadata() {
        return root.path("metadata");
    }

    /** The language of the code cells, from the kernel's metadata, lower case; "java" when the notebook does not say. */
    public String language() {
        String name = metadata().path("language_info").path("name").asText("");
        if (name.isEmpty()) {
            name = metadata().path("kernelspec").path("language").asText("");
        }
        return name.isEmpty() ? "java" : name.toLowerCase(Locale.ROOT);
    }

    /** The kernel's name from the metadata, or "no kernelspec name". */
    public String kernelName() {
        return metadata().path("kernelspec").path("name").asText("no kernelspec name");
    }

    /** All cells, markdown and raw ones too, in order. */
    public List<Cell> cells() {
        return List.copyOf(cells);
    }

    /**
     * A copy of the notebook, named as this one, without the cells {@code left out} accepts and without outputs and
     * execution counts: a notebook as a course hands it out. This notebook is not changed.
     */
    public Notebook handedOutWithout(Predicate<Cell> leftOut) {
        ObjectNode copy = root.deepCopy();
        ArrayNode kept = copy.putArray("cells");
        for (Cell cell : cells) {
            if (!leftOut.test(cell)) {
                kept.add(cell.node.deepCopy());
            }
        }
        Notebook handedOut = new Notebook(path, copy);
        handedOut.cells.stream().filter(Cell::isCode).forEach(cell -> cell.setOutputs(List.of(), null));
        return handedOut;
    }

    /** True when any cell carries Jupyter's slideshow metadata, so a slide deck follows it. */
    public boolean hasSlideMarks() {
        return cells.stream().anyMatch(cell -> cell.slideType().isPresent());
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
        String s = text(text);
        int start = 0;
        while (start < s.length()) {
            int end = s.indexOf('\n', start);
            end = end < 0 ? s.length() : end + 1;
            lines.add(s.substring(start, end));
            start = end;
        }
        return lines;
    }

    /** nbformat stores multi-line text either as one string or as a list of lines; both become one string. */
    public static String text(JsonNode multiline) {
        if (multiline == null || multiline.isNull() || multiline.isMissingNode()) {
            return "";
        }
        if (!multiline.isArray()) {
            return multiline.asText();
        }
        StringBuilder s = new StringBuilder();
        multiline.forEach(line -> s.append(line.asText()));
        return s.toString();
    }

    /** One cell of the notebook. */
    public static final class Cell {

        /** The tag that marks an exercise's solution, folded away on the site and in the slides. */
        public static final String SOLUTION_TAG = "solution";

        /** Jupyter Book's tag for a cell the published pages and slides leave out; the notebook still runs it. */
        public static final String REMOVE_CELL_TAG = "remove-cell";

        /** Jupyter Book's tag for a cell whose outputs are published without its source. */
        public static final String REMOVE_INPUT_TAG = "remove-input";

        /** Jupyter Book's tag for a cell whose source is published without its outputs. */
        public static final String REMOVE_OUTPUT_TAG = "remove-output";

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

        /** "markdown", "code" or "raw". */
        public String type() {
            return node.get("cell_type").asText();
        }

        public boolean isCode() {
            return "code".equals(type());
        }

        public boolean isMarkdown() {
            return "markdown".equals(type());
        }

        public String source() {
            return text(node.get("source"));
        }

        /** The tags in its metadata, such as {@code raises-exception} or {@value #SOLUTION_TAG}. */
        public Set<String> tags() {
            Set<String> tags = new TreeSet<>();
            node.path("metadata").path("tags").forEach(tag -> tags.add(tag.asText()));
            return tags;
        }

        /** The exercise an answer, check or solution cell belongs to: {@code metadata.neuralmath.exercise}. */
        public Optional<String> exercise() {
            JsonNode id = node.path("metadata").path("neuralmath").path("exercise");
            return id.isTextual() ? Optional.of(id.asText()) : Optional.empty();
        }

        /** The cell as its nbformat 4 object: a copy, to build another notebook with ({@link Notebook#withCells}). */
        public ObjectNode json() {
            return node.deepCopy();
        }

        /** Whether the cell is an exercise's solution, tagged {@value #SOLUTION_TAG}. */
        public boolean isSolution() {
            return tags().contains(SOLUTION_TAG);
        }

        /** Whether the published pages and slides leave the cell out, tagged {@value #REMOVE_CELL_TAG}. */
        public boolean isRemoved() {
            return tags().contains(REMOVE_CELL_TAG);
        }

        /** Whether the published pages and slides show its source: not when tagged {@value #REMOVE_INPUT_TAG}. */
        public boolean showsSource() {
            return !tags().contains(REMOVE_INPUT_TAG);
        }

        /** Whether the published pages and slides show its outputs: not when tagged {@value #REMOVE_OUTPUT_TAG}. */
        public boolean showsOutputs() {
            return !tags().contains(REMOVE_OUTPUT_TAG);
        }

        /** Whether Jupyter shows the cell with its source collapsed ({@code metadata.jupyter.source_hidden}). */
        public boolean isHiddenSource() {
            return node.path("metadata").path("jupyter").path("source_hidden").asBoolean(false);
        }

        /** Jupyter's {@code metadata.slideshow.slide_type}, when set. */
        public Optional<String> slideType() {
            String type = node.path("metadata").path("slideshow").path("slide_type").asText("");
            return type.isEmpty() ? Optional.empty() : Optional.of(type);
        }

        /** Its metadata object: tags, slideshow, {@code editable}, the course's own {@code neuralmath} entries. */
        public JsonNode metadata() {
            return node.path("metadata");
        }

        /** Its outputs: none in a notebook as it is kept in git, nor in a markdown or raw cell. */
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

        /** Sets a code cell's outputs and execution count, as a run of the cell does. */
        public void setOutputs(List<ObjectNode> outputs, Integer executionCount) {
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
