package neuralmath.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The fixture notebooks of the runner's tests, each run once per test JVM and shared by the test classes. */
final class Fixtures {

    /** The time limit per cell of the fixtures that test it: short, so that they end quickly. */
    static final Duration SHORT_TIME_LIMIT = Duration.ofSeconds(2);
    private static final Set<String> TIMING_OUT = Set.of("timeouts", "stuck-in-library");

    private static final Map<String, ExecutedNotebook> RUNS = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    /** A fixture file under src/test/resources/neuralmath/notebook/. */
    static Path path(String relative) {
        URL url = Fixtures.class.getResource(relative);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + relative + " next to " + Fixtures.class.getName());
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The fixture fixtures/NAME.ipynb, run going on after failing cells. */
    static ExecutedNotebook continuing(String name) {
        return run(name, true);
    }

    /** The fixture fixtures/NAME.ipynb, run stopping at the first failing cell. */
    static ExecutedNotebook stopping(String name) {
        return run(name, false);
    }

    private static ExecutedNotebook run(String name, boolean goOn) {
        return RUNS.computeIfAbsent(name + (goOn ? " (continuing)" : ""), key -> {
            try {
                NotebookRunner runner = new NotebookRunner().continuingAfterFailures(goOn);
                return (TIMING_OUT.contains(name) ? runner.withCellTimeLimit(SHORT_TIME_LIMIT) : runner)
                        .run(path("fixtures/" + name + ".ipynb"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Writes a notebook whose code cells hold these sources. */
    static void writeNotebook(Path file, List<String> sources) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode notebook = json.createObjectNode();
        ArrayNode cells = notebook.putArray("cells");
        for (String source : sources) {
            ObjectNode cell = cells.addObject();
            cell.put("cell_type", "code");
            cell.putObject("metadata");
            cell.putNull("execution_count");
            cell.putArray("outputs");
            cell.put("source", source);
        }
        notebook.putObject("metadata");
        notebook.put("nbformat", 4);
        notebook.put("nbformat_minor", 4);
        Files.createDirectories(file.toAbsolutePath().getParent());
        json.writeValue(file.toFile(), notebook);
    }

    /** The names of all runner fixtures. */
    static final String[] ALL = {"showcase", "failing-cell", "compile-errors", "magics", "timeouts",
        "stuck-in-library", "system-exit", "raises-exception", "raises-exception-exit", "library"};
}
