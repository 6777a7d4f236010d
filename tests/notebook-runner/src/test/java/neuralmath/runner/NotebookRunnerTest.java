package neuralmath.runner;

import neuralmath.notebook.Notebook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.tools.ToolProvider;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;

import static neuralmath.runner.CellFailure.Kind;
import static neuralmath.runner.CellResult.Status;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotebookRunnerTest {

    @Test
    void aNotebookWithA30MbLineOfOutputAndA3000By3000ImageRuns(@TempDir Path dir) throws IOException {
        Path notebook = dir.resolve("large.ipynb");
        Fixtures.writeNotebook(notebook, List.of("\"small again\""));
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(notebook.toFile());
        ObjectNode cell = (ObjectNode) root.get("cells").get(0);
        ObjectNode line = cell.withArray("outputs").addObject();
        line.put("output_type", "stream").put("name", "stdout").put("text", "7".repeat(30_000_000));
        ObjectNode image = cell.withArray("outputs").addObject();
        image.put("output_type", "display_data").putObject("metadata");
        image.putObject("data").put("image/png", "A".repeat(48_000_000));
        json.writeValue(notebook.toFile(), root);

        ExecutedNotebook run = new NotebookRunner().run(notebook);
        run.write(dir.resolve("out.ipynb"));

        assertTrue(run.passed(), run::failureReport);
        assertEquals(1, Notebook.read(dir.resolve("out.ipynb")).cells().get(0).outputs().size(),
                "the run replaced the stored outputs with its own");
    }

    @Test
    void severalSnippetsInACellAllRunAndTheLastExpressionIsTheResult() {
        CellResult cell = cell(Fixtures.continuing("showcase"), 2);
        assertEquals(Status.PASSED, cell.status());
        assertEquals(List.of("stream", "execute_result"), types(cell));
        assertEquals("a + b = 5\n", cell.outputs().get(0).get("text").asText());
        assertEquals("6", cell.outputs().get(1).at("/data/text~1plain").asText());
        assertEquals(1, cell.outputs().get(1).get("execution_count").asInt());
    }

    @Test
    void aClassDeclaredInOneCellIsUsedInTheNext() {
        ExecutedNotebook showcase = Fixtures.continuing("showcase");
        assertEquals(List.of(), cell(showcase, 3).outputs());
        assertEquals("5.0", result(cell(showcase, 4)));
    }

    @Test
    void aMethodRedefinedInALaterCellReplacesTheFirst() {
        ExecutedNotebook showcase = Fixtures.continuing("showcase");
        assertEquals("Hello, cell", result(cell(showcase, 5)));
        assertEquals("Hi, cell", result(cell(showcase, 6)));
    }

    @Test
    void anImageShowsAsPngBothDisplayedAndAsTheResult() throws IOException {
        CellResult cell = cell(Fixtures.continuing("showcase"), 7);
        assertEquals(List.of("display_data", "execute_result"), types(cell));
        for (JsonNode output : cell.outputs()) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                    Base64.getDecoder().decode(output.at("/data/image~1png").asText())));
            assertEquals(40, image.getWidth());
            assertEquals(20, image.getHeight());
            assertEquals(Color.RED.getRGB(), image.getRGB(5, 5));
            assertEquals(Color.BLACK.getRGB(), image.getRGB(30, 5));
        }
    }

    @Test
    void htmlAskedForByMimeTypeShowsAsHtml() {
        JsonNode output = cell(Fixtures.continuing("showcase"), 8).outputs().get(0);
        assertEquals("display_data", output.get("output_type").asText());
        assertTrue(output.at("/data/text~1html").asText().startsWith("<table><tr><th>x</th>"));
    }

    @Test
    void updateDisplayReplacesWhatTheDisplayShows() {
        CellResult cell = cell(Fixtures.continuing("showcase"), 9);
        assertEquals(1, cell.outputs().size());
        assertEquals("step 2 of 2", cell.outputs().get(0).at("/data/text~1plain").asText());
    }

    @Test
    void standardOutputAndErrorBecomeStreamsAndPrintfWorks() {
        CellResult cell = cell(Fixtures.continuing("showcase"), 10);
        assertEquals("stdout", cell.outputs().get(0).get("name").asText());
        assertEquals("pi is about 3.14\n", cell.outputs().get(0).get("text").asText());
        assertEquals("stderr", cell.outputs().get(1).get("name").asText());
        assertEquals("a line to standard error\n", cell.outputs().get(1).get("text").asText());
    }

    @Test
    void executedCellsAreCountedInOrderAndMarkdownIsLeftAlone() {
        ExecutedNotebook showcase = Fixtures.continuing("showcase");
        assertTrue(showcase.passed(), showcase::failureReport);
        List<Integer> counts = showcase.cells().stream().map(c -> c.executionCount().orElseThrow())
                .collect(Collectors.toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), counts);
        assertEquals(11, showcase.notebook().cells().size());
        assertTrue(showcase.notebook().cells().get(0).outputs().isEmpty());
    }

    @Test
    void aFailingCellReportsClassMessageStackAndLineAndStopsTheNotebook() {
        ExecutedNotebook run = Fixtures.stopping("failing-cell");
        assertFalse(run.passed());
        CellResult cell = cell(run, 2);
        CellFailure failure = cell.failure().orElseThrow();
        assertAll(
                () -> assertEquals(Kind.EXCEPTION, failure.kind()),
                () -> assertEquals(5, failure.line()),
                () -> assertEquals("java.lang.IllegalStateException", failure.ename()),
                () -> assertEquals("negative: -1", failure.evalue()),
                () -> assertTrue(failure.traceback().get(0).startsWith("java.lang.IllegalStateException")),
                () -> assertTrue(failure.traceback().stream().anyMatch(l -> l.contains(".check(")),
                        () -> String.join("\n", failure.traceback())),
                () -> assertTrue(failure.traceback().contains("Caused by: java.lang.ArithmeticException: the cause")),
                () -> assertTrue(failure.traceback().stream().noneMatch(l -> l.contains("CellExecutionControl"))),
                () -> assertEquals(List.of("stream", "error"), types(cell)),
                () -> assertEquals("about to fail\n", cell.outputs().get(0).get("text").asText()),
                () -> assertEquals("negative: -1", cell.outputs().get(1).get("evalue").asText()),
                () -> assertEquals(Status.NOT_RUN, cell(run, 3).status()),
                () -> assertEquals(Optional.empty(), cell(run, 3).executionCount()),
                () -> assertTrue(run.failureReport().contains("failing-cell.ipynb, cell 2, line 5")));
    }

    @Test
    void aCompileErrorNamesTheLineOfTheCell() {
        CellFailure failure = cell(Fixtures.continuing("compile-errors"), 2).failure().orElseThrow();
        assertEquals(Kind.COMPILE_ERROR, failure.kind());
        assertEquals(2, failure.line());
        assertTrue(failure.evalue().contains("incompatible types"), failure.evalue());
        assertTrue(failure.traceback().get(0).startsWith("line 2: String text = fine;"), failure.traceback().get(0));
    }

    @Test
    void aCellEndingInsideADeclarationIsIncomplete() {
        CellFailure failure = cell(Fixtures.continuing("compile-errors"), 3).failure().orElseThrow();
        assertEquals(Kind.INCOMPLETE_SOURCE, failure.kind());
        assertEquals(1, failure.line());
    }

    @Test
    void callingAMethodThatUsesAnUndeclaredOneFails() {
        CellFailure failure = cell(Fixtures.continuing("compile-errors"), 4).failure().orElseThrow();
        assertEquals(Kind.UNRESOLVED_REFERENCE, failure.kind());
        assertEquals(2, failure.line());
        assertTrue(failure.evalue().contains("notDeclared()"), failure.evalue());
    }

    @Test
    void aClassNeedingAnUndeclaredTypeFailsAsInIJava() {
        CellFailure failure = cell(Fixtures.continuing("compile-errors"), 5).failure().orElseThrow();
        assertEquals(Kind.COMPILE_ERROR, failure.kind());
        assertTrue(failure.evalue().contains("Missing"), failure.evalue());
    }

    @Test
    void aMissingSemicolonIsReportedOnItsLine() {
        CellFailure failure = cell(Fixtures.continuing("compile-errors"), 6).failure().orElseThrow();
        assertEquals(Kind.COMPILE_ERROR, failure.kind());
        assertEquals(1, failure.line());
        assertTrue(failure.evalue().contains("';' expected"), failure.evalue());
    }

    @Test
    void anUnknownMagicFailsItsCellNamingIt() {
        ExecutedNotebook run = Fixtures.continuing("magics");
        CellFailure maven = cell(run, 1).failure().orElseThrow();
        assertEquals(Kind.MAGIC, maven.kind());
        assertTrue(maven.evalue().startsWith("%maven is not a magic"), maven.evalue());
        CellFailure time = cell(run, 2).failure().orElseThrow();
        assertTrue(time.evalue().contains("%%time"), time.evalue());
        assertEquals("%jars in a string", result(cell(run, 3)));
        CellFailure load = cell(run, 4).failure().orElseThrow();
        assertEquals(2, load.line());
        assertTrue(load.evalue().startsWith("%load"), load.evalue());
        CellFailure nothing = cell(run, 5).failure().orElseThrow();
        assertTrue(nothing.evalue().contains("nothing matches"), nothing.evalue());
    }

    @Test
    void jarsAndClasspathMagicsLoadJarsRelativeToTheNotebook(@TempDir Path folder) throws IOException {
        Path jar = folder.resolve("lib/greeter.jar");
        buildJar(jar, "demo.Greeter", "package demo; public class Greeter { public static String hi() { return \"hi\"; } }");
        Path classes = folder.resolve("classes");
        buildClasses(classes, "demo.Answer", "package demo; public class Answer { public static int value() { return 42; } }");
        Path notebook = folder.resolve("magic.ipynb");
        Fixtures.writeNotebook(notebook, List.of("%jars lib/*.jar\ndemo.Greeter.hi()", "%classpath classes\ndemo.Answer.value()"));

        ExecutedNotebook run = new NotebookRunner().run(notebook);

        assertTrue(run.passed(), run::failureReport);
        assertEquals("hi", result(run.cells().get(0)));
        assertEquals("42", result(run.cells().get(1)));
    }

    @Test
    void aCellPastItsTimeLimitIsStoppedAndReportedAsATimeout() {
        ExecutedNotebook run = Fixtures.continuing("timeouts");
        for (int number : new int[] {2, 3, 4}) {
            CellFailure failure = cell(run, number).failure().orElseThrow();
            assertEquals(Kind.TIMEOUT, failure.kind(), failure::describe);
            assertTrue(failure.evalue().contains("the cell ran past its time limit of 2 s and was stopped"),
                    failure.evalue());
        }
        assertEquals("still alive after three timeouts, spun true", result(cell(run, 5)));
    }

    @Test
    void aCellStuckInsideJdkCodeIsReportedAsATimeoutAndTheRunEnds() {
        ExecutedNotebook run = Fixtures.continuing("stuck-in-library");
        CellFailure failure = cell(run, 2).failure().orElseThrow();
        assertEquals(Kind.TIMEOUT, failure.kind(), failure::describe);
        if (Runtime.version().feature() < 20) { // Thread.stop still works: the session goes on
            assertEquals("after the stuck cell", result(cell(run, 3)));
        } else {
            assertTrue(failure.evalue().contains("could not be stopped"), failure.evalue());
            assertEquals(Status.NOT_RUN, cell(run, 3).status());
        }
    }

    @Test
    void systemExitInACellFailsTheCellAndTheRunnerGoesOn() {
        ExecutedNotebook run = Fixtures.continuing("system-exit");
        assertEquals("before exit\n", cell(run, 1).outputs().get(0).get("text").asText());
        String[] calls = {"System.exit(3)", "Runtime.halt(4)", "System.exit(5)", "Runtime.exit(6)"};
        for (int i = 0; i < calls.length; i++) {
            CellFailure failure = cell(run, i + 1).failure().orElseThrow();
            assertEquals(Kind.SYSTEM_EXIT, failure.kind(), failure::describe);
            assertTrue(failure.evalue().startsWith(calls[i] + " was called"), failure.evalue());
        }
        assertEquals("the runner is still alive", result(cell(run, 5)));
    }

    @Test
    void aCellTaggedRaisesExceptionMayFailAndTheNotebookPasses() {
        ExecutedNotebook run = Fixtures.stopping("raises-exception");
        assertTrue(run.passed(), run::failureReport);
        CellResult tagged = cell(run, 1);
        assertEquals(Status.FAILED_AS_TAGGED, tagged.status());
        assertEquals("java.lang.NumberFormatException", tagged.outputs().get(0).get("ename").asText());
        assertEquals("after the expected failure", result(cell(run, 2)));
    }

    @Test
    void theTagDoesNotExcuseSystemExit() {
        ExecutedNotebook run = Fixtures.stopping("raises-exception-exit");
        assertEquals(Status.FAILED, cell(run, 1).status());
        assertEquals(Status.NOT_RUN, cell(run, 2).status());
    }

    @Test
    void theLibraryAndTheVectorModuleAreThereAndTheJvmIsHeadless() {
        ExecutedNotebook run = Fixtures.continuing("library");
        assertTrue(run.passed(), run::failureReport);
        assertEquals("3.0", result(cell(run, 1)));
        boolean vectorModule = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        assertTrue(vectorModule, "surefire starts the JVM with --add-modules jdk.incubator.vector");
        assertEquals("true", result(cell(run, 2)));
        assertEquals("true", result(cell(run, 3)));
    }

    @Test
    void aLibraryTableShowsAsHtmlAsTheLibraryRegistersItWithTheKernels() {
        CellResult cell = cell(Fixtures.stopping("library-display"), 1);
        assertEquals(List.of("execute_result"), types(cell));
        String html = cell.outputs().get(0).at("/data/text~1html").asText();
        assertTrue(html.contains("<table") && html.contains(">1</td>") && html.contains(">0</td>"), html);
        assertFalse(cell.outputs().get(0).at("/data/text~1plain").asText().isEmpty());
    }

    @Test
    void liveTrainingProgressUpdatesOneDisplayInPlace() {
        CellResult cell = cell(Fixtures.stopping("library-display"), 2);
        assertEquals(Status.PASSED, cell.status());
        List<JsonNode> displays = cell.outputs().stream()
                .filter(o -> o.path("output_type").asText().equals("display_data")).collect(Collectors.toList());
        assertEquals(1, displays.size(), "one progress display, updated in place: " + types(cell));
        assertTrue(displays.get(0).at("/data/image~1png").asText().length() > 100, "the progress picture is a PNG");
        assertTrue(displays.get(0).at("/data/text~1plain").asText().contains("Epoch 3/3"),
                displays.get(0).at("/data/text~1plain").asText());
    }

    private static CellResult cell(ExecutedNotebook run, int number) {
        return run.cells().stream().filter(c -> c.number() == number).findFirst()
                .orElseThrow(() -> new AssertionError("no code cell " + number + " in " + run.source()));
    }

    private static String result(CellResult cell) {
        JsonNode last = cell.outputs().isEmpty() ? null : cell.outputs().get(cell.outputs().size() - 1);
        assertTrue(last != null && "execute_result".equals(last.get("output_type").asText()),
                () -> "cell " + cell.number() + " has no result: " + cell.outputs()
                        + cell.failure().map(CellFailure::describe).orElse(""));
        return last.at("/data/text~1plain").asText();
    }

    private static List<String> types(CellResult cell) {
        return cell.outputs().stream().map(o -> o.get("output_type").asText()).collect(Collectors.toList());
    }

    private static void buildJar(Path jar, String className, String source) throws IOException {
        Path classes = jar.resolveSibling("classes-for-jar");
        buildClasses(classes, className, source);
        Files.createDirectories(jar.getParent());
        String entry = className.replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            jarOut.putNextEntry(new JarEntry(entry));
            jarOut.write(Files.readAllBytes(classes.resolve(entry)));
            jarOut.closeEntry();
        }
    }

    private static void buildClasses(Path folder, String className, String source) throws IOException {
        Path sources = Files.createDirectories(folder.resolveSibling(folder.getFileName() + "-src"));
        Path file = sources.resolve(className.substring(className.lastIndexOf('.') + 1) + ".java");
        Files.writeString(file, source);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", folder.toString(), file.toString());
        assertEquals(0, status, "javac failed on " + file);
    }
}
