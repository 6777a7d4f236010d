package neuralmath.suite;

import neuralmath.notebook.Notebook;
import neuralmath.runner.ExecutedNotebook;
import neuralmath.runner.NotebookRunner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The notebook suite's checks, for the course's notebooks and for the fixtures that prove the checks can fail. */
final class NotebookSuite {

    /**
     * Each notebook runs in a JVM of its own, started in the notebook's folder as Jupyter starts a kernel, so that
     * relative paths in cells (the setup cell's jars) resolve as they do in IJava and JJava.
     */
    static final long HEAP = 2048L << 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    private NotebookSuite() {
    }

    /**
     * One test per notebook under the folder: it runs the notebook, in a JVM of its own started in the notebook's
     * folder, with its solutions ({@link SolutionRuns}, written under {@code withSolutionsFolder}, beside a link to
     * the folder's {@code jars/}), writes the executed copy under {@code executedFolder}, and fails naming the
     * notebook, the cell, its first lines and the error, or the first promise of its exercises it broke
     * ({@link ExerciseConventions#assertExercisesCheck}), or a number printed that a reader cannot use
     * ({@link ReadableNumbers}).
     */
    static Stream<DynamicTest> runEach(Path folder, Path withSolutionsFolder, Path executedFolder) throws IOException {
        return runEach(folder, withSolutionsFolder, executedFolder, notebook -> requires(notebook).isEmpty());
    }

    /** The same for the notebooks {@code chosen} picks, e.g. those that need a data set. */
    static Stream<DynamicTest> runEach(Path folder, Path withSolutionsFolder, Path executedFolder,
            Predicate<Path> chosen) throws IOException {
        List<Path> notebooks = NotebookRunner.findNotebooks(folder).stream().filter(chosen).toList();
        if (notebooks.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("no notebooks in " + folder + " yet",
                    () -> assertTrue(Files.isDirectory(folder.getParent()), "no folder " + folder.getParent())));
        }
        linkJars(folder, withSolutionsFolder);
        return notebooks.stream().map(notebook -> DynamicTest.dynamicTest(folder.relativize(notebook).toString(),
                notebook.toUri(), () -> {
                    Path withSolutions = withSolutionsFolder.resolve(folder.relativize(notebook));
                    int solutions = SolutionRuns.write(notebook, withSolutions);
                    ExecutedNotebook executed = new NotebookRunner().inOwnJvm(HEAP).run(withSolutions);
                    executed.write(executedFolder.resolve(folder.relativize(notebook)));
                    if (!executed.passed()) {
                        fail((solutions == 0 ? "" : notebook + " ran with each of its " + solutions + " solutions and"
                                + " a second check inserted after its check cell, so the cells are numbered as in "
                                + withSolutions + ":\n") + executed.failureReport());
                    }
                    ExerciseConventions.assertExercisesCheck(executed);
                    List<String> unreadable = ReadableNumbers.faults(executed.notebook());
                    if (!unreadable.isEmpty()) {
                        fail(executed.source().getFileName() + " prints numbers a reader cannot use: "
                                + String.join("; ", unreadable));
                    }
                }));
    }

    /**
     * Gives {@code runFolder} a {@code jars/} folder of links to the jars of the notebooks' own, which their setup
     * cell loads ({@code %classpath jars/*.jar}, relative to the notebook), when the notebooks have one; links of an
     * earlier run are removed first.
     */
    static void linkJars(Path notebooksFolder, Path runFolder) throws IOException {
        Path jars = notebooksFolder.resolve(CourseConventions.JARS).toAbsolutePath();
        Path links = runFolder.resolve(CourseConventions.JARS);
        if (!Files.isDirectory(jars)) {
            return;
        }
        Files.createDirectories(links);
        try (Stream<Path> old = Files.list(links)) {
            for (Path link : old.toList()) {
                Files.delete(link);
            }
        }
        try (Stream<Path> built = Files.list(jars)) {
            for (Path jar : built.filter(file -> file.toString().endsWith(".jar")).toList()) {
                Files.createSymbolicLink(links.resolve(jar.getFileName()), jar);
            }
        }
    }

    /**
     * What a notebook needs beyond the course's jars, from its metadata {@code "neuralmath": {"requires": [...]}}: e.g.
     * {@value #FASHION_MNIST}, which the notebooks' JVMs do not download. The notebooks that need nothing run in
     * {@link NotebookSuiteTest}, those that need Fashion-MNIST in {@link FashionMnistChaptersTest}, reported as skipped,
     * saying why, where it is missing.
     */
    static List<String> requires(Path notebook) {
        try {
            List<String> needs = new ArrayList<>();
            JSON.readTree(notebook.toFile()).path("metadata").path("neuralmath").path("requires")
                    .forEach(need -> needs.add(need.asText()));
            return needs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + notebook, e);
        }
    }

    /** The key of {@link #requires} for Fashion-MNIST. */
    static final String FASHION_MNIST = "fashion-mnist";

    /** Fails unless every code cell of the notebook is stored without outputs and without an execution count. */
    static void assertStoredWithoutOutputs(Path notebook) throws IOException {
        List<String> faults = new ArrayList<>();
        for (Notebook.Cell cell : Notebook.read(notebook).cells()) {
            List<JsonNode> outputs = cell.outputs();
            Optional<Integer> count = cell.executionCount();
            if (!outputs.isEmpty() || count.isPresent()) {
                faults.add("cell " + cell.number() + " has " + outputs.size() + " outputs and execution count "
                        + count.map(String::valueOf).orElse("none"));
            }
        }
        if (!faults.isEmpty()) {
            fail(notebook + " must be stored without outputs (clear them before committing): "
                    + String.join("; ", faults));
        }
    }

    /** The repository's root: the first folder up from the working directory with lib/, tests/ and the parent pom. */
    static Path repositoryRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isRegularFile(dir.resolve("lib/pom.xml"))
                    && Files.isRegularFile(dir.resolve("tests/pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root (with pom.xml, lib/pom.xml, tests/pom.xml) above " + start);
    }
}
