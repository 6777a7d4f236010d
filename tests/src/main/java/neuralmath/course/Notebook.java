package neuralmath.course;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An executed Jupyter notebook (nbformat 4) as the course export reads it: its cells with their outputs.
 *
 * @param file where it was read from, named in every error about it
 * @param metadata the notebook's metadata object
 * @param cells its cells, in order
 */
public record Notebook(Path file, JsonNode metadata, List<Cell> cells) {

    /**
     * The largest notebook the export reads, 512 MiB: room for a chapter of plots (a 3000 × 3000 PNG is some 30 MB
     * of base64) and long printed outputs, while a runaway file is refused before it fills the memory.
     */
    public static final long MAX_BYTES = 512L << 20;

    /** Nesting deeper than this is no notebook: nbformat nests cells, outputs and metadata a few levels deep. */
    static final int MAX_DEPTH = 1000;

    /** One string (an output, an image) may be as long as a whole notebook may be. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength((int) MAX_BYTES)
                    .maxNestingDepth(MAX_DEPTH)
                    .build())
            .build());

    /** Reads {@code file}; a file that is not nbformat-4 JSON with a cells array fails with its name and the reason. */
    public static Notebook read(Path file) {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new IllegalArgumentException(file + ": the notebook has " + size + " bytes, more than the "
                        + MAX_BYTES + " the course export reads");
            }
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw new IllegalArgumentException(file + ": not valid JSON"
                    + (where == null ? "" : " at line " + where.getLineNr()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read notebook " + file, e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": a notebook must be a JSON object");
        }
        int nbformat = root.path("nbformat").asInt(-1);
        if (nbformat != 4) {
            throw new IllegalArgumentException(file + ": nbformat " + root.path("nbformat")
                    + " found, the course export reads nbformat 4");
        }
        JsonNode cellArray = root.path("cells");
        if (!cellArray.isArray()) {
            throw new IllegalArgumentException(file + ": no \"cells\" array");
        }
        List<Cell> cells = new ArrayList<>();
        for (JsonNode cell : cellArray) {
            cells.add(Cell.of(cell, file, cells.size()));
        }
        return new Notebook(file, root.path("metadata"), List.copyOf(cells));
    }

    /** The language of the code cells, from the kernel's metadata; "java" when the notebook does not say. */
    public String language() {
        String name = metadata.path("language_info").path("name").asText("");
        if (name.isEmpty()) {
            name = metadata.path("kernelspec").path("language").asText("");
        }
        return name.isEmpty() ? "java" : name.toLowerCase(java.util.Locale.ROOT);
    }

    /** True when any cell carries Jupyter's slideshow metadata, so the deck follows it instead of the default split. */
    public boolean hasSlideMarks() {
        return cells.stream().anyMatch(cell -> cell.slideType().isPresent());
    }
}
