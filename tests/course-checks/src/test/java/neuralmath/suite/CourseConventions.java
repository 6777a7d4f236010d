package neuralmath.suite;

import neuralmath.notebook.Notebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/** What every course notebook promises: its opening cells, and its exercises ({@link ExerciseConventions}). */
final class CourseConventions {

    /** What the setup cell says when the library's jars are not there. */
    static final String NOT_BUILT = "The course library is not built yet. In the course folder run: "
            + "./mvnw -B -pl lib -am package -DskipTests   then restart the kernel.";

    /**
     * The first code cell of every notebook, the same in each: it loads the library in IJava, JJava and the runner.
     * The kernels pass over a {@code %classpath} that matches nothing, so the second line says what to do then.
     */
    static final String SETUP_CELL = String.join("\n",
            "%classpath jars/*.jar",
            "if (!new File(\"jars/neural-math.jar\").exists())",
            "    throw new IllegalStateException(\"" + NOT_BUILT + "\");",
            "neuralmath.Course.start();");

    /** The setup cell's tags: the site shows its output (the library's version and kernels), not its plumbing. */
    static final List<String> SETUP_TAGS = List.of("remove-input", "setup");

    /** The import cell's tags: the site folds it behind "Show code" (Jupyter Book's hide-input), its output shows. */
    static final List<String> IMPORT_TAGS = List.of("hide-input", "imports");

    /** At most this many imports open a chapter: what a reader needs, the rest grouped after them. */
    static final int MAX_IMPORTS = 15;

    /** The folder the setup cell loads jars from, relative to the notebook. */
    static final String JARS = "jars";

    private static final Pattern CLAIM = Pattern.compile("\\bClaim\\s*\\.");

    private CourseConventions() {
    }

    /**
     * Fails unless the notebook opens with a markdown title, then the setup cell verbatim and tagged, then a cell of
     * imports tagged {@link #IMPORT_TAGS}; no cell but a hidden remove-cell calls Claim; and its exercises keep {@link ExerciseConventions}.
     */
    static void assertWellFormed(Path notebook) throws IOException {
        List<Notebook.Cell> cells = Notebook.read(notebook).cells();
        List<String> faults = new ArrayList<>();
        if (cells.isEmpty() || cells.get(0).isCode() || !cells.get(0).source().startsWith("# ")) {
            faults.add("the first cell must be markdown starting with '# ' (the chapter's title)");
        }
        List<Notebook.Cell> code = cells.stream().filter(Notebook.Cell::isCode).toList();
        if (code.isEmpty() || !code.get(0).source().strip().equals(SETUP_CELL)) {
            faults.add("the first code cell must be the setup cell, exactly:\n" + SETUP_CELL);
        } else if (!code.get(0).tags().containsAll(SETUP_TAGS)) {
            faults.add("the setup cell must be tagged " + SETUP_TAGS + ", is tagged " + code.get(0).tags());
        }
        if (code.size() > 1) {
            importFault(code.get(1)).ifPresent(faults::add);
            if (!code.get(1).tags().containsAll(IMPORT_TAGS)) {
                faults.add("cell " + code.get(1).number() + " (the imports) must be tagged " + IMPORT_TAGS
                        + ", is tagged " + code.get(1).tags());
            }
        }
        for (Notebook.Cell cell : cells) {
            claimFault(cell).ifPresent(faults::add);
        }
        faults.addAll(ExerciseConventions.faults(cells));
        if (!faults.isEmpty()) {
            fail(notebook.getFileName() + ": " + String.join("; ", faults));
        }
    }

    /**
     * The second code cell opens the chapter with imports only: the library's first, then (after a blank or comment
     * line) Java's and other libraries', at most {@value #MAX_IMPORTS} in all.
     */
    private static Optional<String> importFault(Notebook.Cell cell) {
        List<String> imports = cell.source().lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("//")).toList();
        String where = "cell " + cell.number() + " (the imports) ";
        Optional<String> notImport = imports.stream().filter(line -> !line.startsWith("import ")).findFirst();
        if (notImport.isPresent()) {
            return Optional.of(where + "must hold imports only, holds: " + notImport.get());
        }
        if (imports.size() > MAX_IMPORTS) {
            return Optional.of(where + "has " + imports.size() + " imports, at most " + MAX_IMPORTS);
        }
        int lastLibrary = -1;
        int firstOther = imports.size();
        for (int i = 0; i < imports.size(); i++) {
            if (imports.get(i).startsWith("import neuralmath.")) {
                lastLibrary = i;
            } else {
                firstOther = Math.min(firstOther, i);
            }
        }
        return lastLibrary > firstOther
                ? Optional.of(where + "must import the library first, then Java's and other libraries': "
                        + imports.get(firstOther) + " comes before " + imports.get(lastLibrary))
                : Optional.empty();
    }

    /**
     * A Claim checks a number the text quotes; it stands in a cell of its own that the site and slides leave out
     * (tag remove-cell), whose source Jupyter hides and the slideshow skips.
     */
    private static Optional<String> claimFault(Notebook.Cell cell) {
        if (cell.isRemoved() && (!cell.isHiddenSource() || !cell.slideType().equals(Optional.of("skip")))) {
            return Optional.of("cell " + cell.number() + " is tagged " + Notebook.Cell.REMOVE_CELL_TAG
                    + " but its source is not hidden (metadata.jupyter.source_hidden) or its slide type is not skip");
        }
        if (cell.isCode() && CLAIM.matcher(cell.source()).find() && !cell.isRemoved()) {
            return Optional.of("cell " + cell.number() + " calls Claim in the reader's way: move its Claim lines"
                    + " into the next cell, tagged " + Notebook.Cell.REMOVE_CELL_TAG
                    + ", source hidden, slide type skip");
        }
        return Optional.empty();
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
