package neuralmath.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * A chapter's notebook as a script, {@code site/notebook-files/NN-name.ipynb.js}, that assigns its name and text to
 * {@code window.courseNotebookFile}. A page opened from {@code file://} has no origin, so Chromium ignores the
 * "Notebook" link's {@code download} attribute and shows the notebook's JSON; there {@code course/site.js} loads
 * this script instead (a page from the file system may load a script, not fetch a file) and saves the text as a
 * file. Over http the link downloads the notebook itself.
 */
final class NotebookFileScript {

    static final String FOLDER = "notebook-files";

    private static final ObjectMapper JSON = new ObjectMapper();

    private NotebookFileScript() {
    }

    /** Where the chapter's script is, relative to the site's pages. */
    static String path(Chapter chapter) {
        return FOLDER + "/" + chapter.notebookFile() + ".js";
    }

    /** The script: the notebook's name and its text as one JSON string, data only. */
    static String script(Chapter chapter, String notebookText) {
        try {
            return "// The notebook " + chapter.notebookFile().replaceAll("[^A-Za-z0-9._-]", "_")
                    + ", for the Notebook link of a page opened from file:// (course/site.js); written by the course"
                    + " export.\nwindow.courseNotebookFile = " + JSON.writeValueAsString(
                    JSON.createObjectNode().put("name", chapter.notebookFile()).put("text", notebookText)) + ";\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
