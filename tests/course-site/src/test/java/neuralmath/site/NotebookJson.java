package neuralmath.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Executed nbformat-4 notebooks written by tests, cell by cell. */
final class NotebookJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root = JSON.createObjectNode();
    private final ArrayNode cells;

    NotebookJson() {
        root.put("nbformat", 4).put("nbformat_minor", 5);
        root.putObject("metadata").putObject("kernelspec").put("name", "java").put("language", "java");
        cells = root.putArray("cells");
    }

    NotebookJson title(String title) {
        ((ObjectNode) root.get("metadata")).put("title", title);
        return this;
    }

    NotebookJson markdown(String source) {
        ObjectNode cell = cells.addObject().put("cell_type", "markdown").put("source", source);
        cell.putObject("metadata");
        return this;
    }

    /** A code cell whose one output is a display of {@code value} as {@code mime}. */
    NotebookJson display(String mime, String value) {
        ObjectNode output = code().addObject().put("output_type", "display_data");
        output.putObject("data").put(mime, value);
        output.putObject("metadata");
        return this;
    }

    NotebookJson stdout(String text) {
        code().addObject().put("output_type", "stream").put("name", "stdout").put("text", text);
        return this;
    }

    /** A code cell with its source, tags and one printed line, as an executed notebook holds it. */
    NotebookJson tagged(String source, String printed, String... tags) {
        ObjectNode cell = cells.addObject().put("cell_type", "code").put("source", source).putNull("execution_count");
        ArrayNode tagList = cell.putObject("metadata").putArray("tags");
        for (String tag : tags) {
            tagList.add(tag);
        }
        cell.putArray("outputs").addObject().put("output_type", "stream").put("name", "stdout").put("text", printed);
        return this;
    }

    private ArrayNode code() {
        ObjectNode cell = cells.addObject().put("cell_type", "code").put("source", "show();")
                .putNull("execution_count");
        cell.putObject("metadata");
        return cell.putArray("outputs");
    }

    Path writeTo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), root);
        return file;
    }
}
