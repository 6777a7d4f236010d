package neuralmath.tool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import neuralmath.notebook.Notebook;
import neuralmath.site.OutputFolder;

/**
 * The course's two editions, which {@code course build} writes beside the site, each a folder to zip and hand out:
 * <pre>
 * student/      the notebooks without their solution cells and without outputs, and jars/
 * instructor/   the notebooks with their solutions, without outputs, and jars/
 * </pre>
 * {@code jars/} holds the jars of the notebooks' {@code jars/} folder, which their setup cell loads
 * ({@code %classpath jars/*.jar}). What the build wrote there is listed in the manifest {@value #MANIFEST}
 * ({@link OutputFolder}): a file of anyone else's in either folder stops the build and is kept.
 */
final class Editions {

    static final String STUDENT = "student";
    static final String INSTRUCTOR = "instructor";
    static final String MANIFEST = ".course-editions";
    private static final String JARS = "jars";

    private final OutputFolder out;

    private Editions(OutputFolder out) {
        this.out = out;
    }

    /** Takes over {@code student/} and {@code instructor/} of {@code root}, removing what the last build wrote there. */
    static Editions claim(Path root) throws IOException {
        return new Editions(OutputFolder.claim(root, List.of(STUDENT, INSTRUCTOR), MANIFEST));
    }

    /** Writes both editions of {@code sources}, notebooks under {@code notebooks}, and the jars they load. */
    void write(Path notebooks, List<Path> sources) throws IOException {
        for (Path source : sources) {
            String relative = notebooks.relativize(source).toString();
            Notebook notebook = Notebook.read(source);
            notebook.handedOutWithout(Notebook.Cell::isSolution).write(out.file(STUDENT + "/" + relative));
            notebook.handedOutWithout(cell -> false).write(out.file(INSTRUCTOR + "/" + relative));
        }
        for (Path jar : jars(notebooks.resolve(JARS))) {
            for (String edition : List.of(STUDENT, INSTRUCTOR)) {
                Files.copy(jar, out.file(edition + "/" + JARS + "/" + jar.getFileName()));
            }
        }
    }

    private static List<Path> jars(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar") && Files.isRegularFile(file))
                    .sorted().toList();
        }
    }
}
