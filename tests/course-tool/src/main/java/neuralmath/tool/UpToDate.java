package neuralmath.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import neuralmath.notebook.Notebook;

/**
 * Whether a build would change nothing, as make decides it: the last build that finished recorded a fingerprint of
 * everything it read (each notebook's file and {@link ExecutionKey}, the jars, the runner, the command line) and a
 * listing of everything it wrote (each file's path, size and time of change). When both are the same now, the
 * build stops at once. Any difference, a file added, removed or touched, or {@code --no-cache}, builds as usual.
 */
final class UpToDate {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UpToDate() {
    }

    /** The fingerprint of a build of {@code sources} with this command line, in this folder. */
    static String fingerprint(List<Path> sources, ExecutionKey keys, List<String> commandLine) throws IOException {
        StringBuilder text = new StringBuilder("course build 1\nfolder ")
                .append(Path.of("").toAbsolutePath()).append('\n');
        commandLine.forEach(arg -> text.append("arg ").append(arg).append('\n'));
        for (Path source : sources) {
            text.append("notebook ").append(source).append(' ').append(ExecutionKey.sha256(source)).append(' ')
                    .append(keys.of(Notebook.read(source))).append('\n');
        }
        return ExecutionKey.sha256(text.toString());
    }

    /** What the last build recorded: its fingerprint and what is in its output folders now. */
    static ObjectNode record(String fingerprint, List<Path> outputs) throws IOException {
        ObjectNode build = JSON.createObjectNode().put("fingerprint", fingerprint);
        build.set("files", listing(outputs));
        return build;
    }

    /** Whether {@code last} (from {@link ExecutionCache#lastBuild}) has this fingerprint and these outputs. */
    static boolean holds(JsonNode last, String fingerprint, List<Path> outputs) throws IOException {
        return last != null && fingerprint.equals(last.path("fingerprint").asText())
                && listing(outputs).equals(last.path("files"));
    }

    /** Each file under the folders, with its size and time of change, sorted. */
    private static ArrayNode listing(List<Path> folders) throws IOException {
        ArrayNode files = JSON.createArrayNode();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                files.add("no folder " + folder.toAbsolutePath());
                continue;
            }
            List<Path> all;
            try (Stream<Path> walk = Files.walk(folder)) {
                all = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
            }
            for (Path file : all) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                files.add(file.toAbsolutePath() + " " + attributes.size() + " "
                        + attributes.lastModifiedTime().toMillis());
            }
        }
        return files;
    }
}
