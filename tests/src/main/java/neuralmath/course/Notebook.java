package neuralmath.course;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads {@code file}; a file that is not nbformat-4 JSON with a cells array fails with its name and the reason. */
    public static Notebook read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON at line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
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
