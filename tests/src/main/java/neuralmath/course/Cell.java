package neuralmath.course;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One notebook cell.
 *
 * @param type "markdown", "code" or "raw"
 * @param source the cell's text
 * @param tags its metadata tags ("solution" folds it away)
 * @param slideType Jupyter's {@code metadata.slideshow.slide_type}, when set
 * @param outputs the outputs of a code cell (an empty array otherwise)
 */
public record Cell(String type, String source, List<String> tags, Optional<String> slideType, JsonNode outputs) {

    /** The tag that marks an exercise's solution, folded away on the site and in the slides. */
    public static final String SOLUTION_TAG = "solution";

    static Cell of(JsonNode cell, Path file, int index) {
        String type = cell.path("cell_type").asText("");
        if (!List.of("markdown", "code", "raw").contains(type)) {
            throw new IllegalArgumentException(file + ": cell " + index + " has cell_type \"" + type
                    + "\", expected markdown, code or raw");
        }
        JsonNode metadata = cell.path("metadata");
        List<String> tags = new ArrayList<>();
        metadata.path("tags").forEach(tag -> tags.add(tag.asText()));
        String slideType = metadata.path("slideshow").path("slide_type").asText("");
        return new Cell(type, text(cell.path("source")), List.copyOf(tags),
                slideType.isEmpty() ? Optional.empty() : Optional.of(slideType), cell.path("outputs"));
    }

    /** nbformat stores multi-line text either as one string or as a list of lines; both become one string. */
    static String text(JsonNode multiline) {
        if (multiline.isArray()) {
            StringBuilder joined = new StringBuilder();
            multiline.forEach(line -> joined.append(line.asText()));
            return joined.toString();
        }
        return multiline.asText("");
    }

    public boolean isSolution() {
        return tags.contains(SOLUTION_TAG);
    }

    public boolean isMarkdown() {
        return type.equals("markdown");
    }

    public boolean isCode() {
        return type.equals("code");
    }
}
