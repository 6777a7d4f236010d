package neuralmath.suite;

import neuralmath.notebook.Notebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/** What every course notebook promises: its opening cells, and its exercises ({@link ExerciseConventions}). */
final class CourseConventions {

    /** The first code cell of every notebook, the same in each: it loads the library in IJava, JJava and the runner. */
    static final String SETUP_CELL = String.join("\n",
            "%classpath jars/*.jar",
            "try { Class.forName(\"neuralmath.Course\"); } catch (ClassNotFoundException e) { throw new "
                    + "IllegalStateException(\"The course library is not built yet. In the course folder run: "
                    + "./mvnw -B -pl lib -am package -DskipTests   then restart the kernel.\"); }",
            "neuralmath.Course.start();");

    /** The folder the setup cell loads jars from, relative to the notebook. */
    static final String JARS = "jars";

    private CourseConventions() {
    }

    /**
     * Fails unless the notebook opens with a markdown title, then the setup cell verbatim, and its exercises keep
     * {@link ExerciseConventions}.
     */
    static void assertWellFormed(Path notebook) throws IOException {
        List<Notebook.Cell> cells = Notebook.read(notebook).cells();
        List<String> faults = new ArrayList<>();
        if (cells.isEmpty() || cells.get(0).isCode() || !cells.get(0).source().startsWith("# ")) {
            faults.add("the first cell must be markdown starting with '# ' (the chapter's title)");
        }
        Notebook.Cell firstCode = cells.stream().filter(Notebook.Cell::isCode).findFirst().orElse(null);
        if (firstCode == null || !firstCode.source().strip().equals(SETUP_CELL)) {
            faults.add("the first code cell must be the setup cell, exactly:\n" + SETUP_CELL);
        }
        faults.addAll(ExerciseConventions.faults(cells));
        if (!faults.isEmpty()) {
            fail(notebook.getFileName() + ": " + String.join("; ", faults));
        }
    }

    /** Fails unless the setup cell's jar folder beside the notebooks holds the library and its dependencies. */
    static void assertJarsBuilt(Path notebooksFolder) throws IOException {
        Path jars = notebooksFolder.resolve(JARS);
        List<String> names;
        try (Stream<Path> files = Files.list(jars)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted().toList();
        }
        for (String needed : List.of("neural-math.jar", "xchart-", "tablesaw-core-", "jackson-databind-")) {
            if (names.stream().noneMatch(n -> n.startsWith(needed))) {
                fail(jars + " should hold " + needed + "... after the build (./mvnw -B -pl lib -am package), holds " + names);
            }
        }
    }
}
