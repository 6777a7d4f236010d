package neuralmath.runner;

import neuralmath.notebook.Notebook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs one notebook in a JVM of its own, started in the notebook's folder as Jupyter starts IJava and JJava, so
 * that relative paths in cells resolve there. Whatever a cell does to its JVM (ends it by any means, exhausts its
 * heap, hangs it) ends that JVM only: the run counts as finished only when the child has written its summary, and
 * anything else fails the notebook with a message saying how the child ended.
 *
 * <p>The child is this class's {@link #main}: it runs the notebook with {@link NotebookRunner}, writes the executed
 * notebook and a summary of each cell into a folder the parent made for it, and tells the parent about each
 * finished cell on its standard error (a line starting with {@link #PROGRESS}). The parent stops a child that
 * finishes no cell for the cell time limit plus {@link #GRACE}.
 */
public final class NotebookProcess {

    /** The start of the lines with which the child says a cell finished. */
    static final String PROGRESS = "[notebook-runner] ";
    /** How long past a cell's time limit the child may be silent before it is stopped: it stops cells itself. */
    static final Duration GRACE = Duration.ofSeconds(60);

    private static final int MAX_LINE = 1 << 16;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VECTOR_MODULE = "jdk.incubator.vector";
    /** The child's last argument when no {@link CellObserver} is to be told about the cells. */
    private static final String NO_OBSERVER = "-";

    private final long maxHeap;
    private final Duration grace;

    NotebookProcess(long maxHeap, Duration grace) {
        if (maxHeap < 64L << 20) {
            throw new IllegalArgumentException("a notebook's JVM needs at least 64 MiB of heap, not " + maxHeap + " bytes");
        }
        this.maxHeap = maxHeap;
        this.grace = grace;
    }

    /**
     * Runs the notebook in a new JVM; what that JVM prints outside its cells goes to {@code jvmOutput}, or when it is
     * null to this JVM's standard output and error.
     */
    ExecutedNotebook run(Notebook notebook, NotebookRunner runner, Consumer<String> progress,
                         Consumer<String> jvmOutput) throws IOException {
        long start = System.nanoTime();
        Path work = Files.createTempDirectory("notebook-run");
        try {
            Path executed = work.resolve("executed.ipynb");
            Path summary = work.resolve("summary.json");
            Path file = notebook.path().toAbsolutePath();
            Process child = new ProcessBuilder(command(file, executed, summary, runner))
                    .directory(file.getParent().toFile())
                    .start();
            child.getOutputStream().close();
            AtomicLong lastProgress = new AtomicLong(System.nanoTime());
            Consumer<String> stdout = jvmOutput == null ? System.out::println : jvmOutput;
            Consumer<String> stderr = jvmOutput == null ? System.err::println : jvmOutput;
            Thread out = relay(child.getInputStream(), "stdout", stdout);
            Thread err = relay(child.getErrorStream(), "stderr", line -> {
                if (line.startsWith(PROGRESS)) {
                    lastProgress.set(System.nanoTime());
                    progress.accept(line.substring(PROGRESS.length()));
                } else {
                    stderr.accept(line);
                }
            });
            String ended = await(child, runner.cellTimeLimit(), grace, lastProgress);
            joinQuietly(out);
            joinQuietly(err);
            if (ended == null && Files.isRegularFile(summary)) {
                return read(notebook.path(), executed, summary, Duration.ofNanos(System.nanoTime() - start));
            }
            return unfinished(notebook, ended == null ? "its JVM ended with status " + child.exitValue()
                    + " before the run finished" + causeOf(child.exitValue()) : ended, start);
        } finally {
            deleteTree(work);
        }
    }

    private List<String> command(Path notebook, Path executed, Path summary, NotebookRunner runner) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent()) {
            command.addAll(List.of("--add-modules", VECTOR_MODULE));
        }
        command.addAll(List.of("-Xmx" + (maxHeap >> 20) + "m", "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true",
                "-Dneuralmath.progress=off", // a run must not write a progress file beside the notebooks
                "-Dneuralmath.download=off", // nor download a data set: a chapter needing one says how to get it
                "-cp", absoluteClassPath(),
                NotebookProcess.class.getName(), notebook.toString(), executed.toString(), summary.toString(),
                Long.toString(runner.cellTimeLimit().toMillis()), Boolean.toString(runner.continuesAfterFailure()),
                runner.observer() == null ? NO_OBSERVER : runner.observer().getName()));
        return command;
    }

    /** This JVM's class path with every entry absolute: the child starts in another folder. */
    private static String absoluteClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    /**
     * Passes on each line the child prints, through this JVM's own streams (under a test runner, the child must
     * not write to the file descriptors this JVM was given), and progress lines to the caller.
     */
    private static Thread relay(InputStream stream, String name, Consumer<String> lines) {
        Thread relay = new Thread(() -> {
            try (Reader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                StringBuilder line = new StringBuilder();
                for (int c = reader.read(); c >= 0; c = reader.read()) {
                    if (c != '\n') {
                        line.append((char) c);
                    }
                    if (c == '\n' || line.length() >= MAX_LINE) { // a line without end is passed on in parts
                        lines.accept(line.toString());
                        line.setLength(0);
                    }
                }
                if (line.length() > 0) {
                    lines.accept(line.toString());
                }
            } catch (IOException e) {
                System.err.println("notebook runner: lost the notebook JVM's " + name + ": " + e.getMessage());
            }
        }, "notebook-jvm-" + name);
        relay.setDaemon(true);
        relay.start();
        return relay;
    }

    /** Waits for the child; null when it ended by itself, else why it was stopped. */
    private static String await(Process child, Duration timeLimit, Duration grace, AtomicLong lastProgress) {
        Duration silence = timeLimit.plus(grace);
        try {
            while (!child.waitFor(200, TimeUnit.MILLISECONDS)) {
                long silent = System.nanoTime() - lastProgress.get();
                if (silent > silence.toNanos()) {
                    child.descendants().forEach(ProcessHandle::destroyForcibly);
                    child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    return "its JVM finished no cell for " + silence.toSeconds() + " s (the cell time limit and "
                            + grace.toSeconds() + " s more) and was stopped";
                }
            }
            return null;
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
            return "the runner was interrupted, and stopped the notebook's JVM";
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String causeOf(int status) {
        return status == 3 ? " (it ran out of memory: -XX:+ExitOnOutOfMemoryError)"
                : status == 0 ? " (a cell ended it: System.exit, Runtime.halt or a library call that does)" : "";
    }

    /** The notebook failed as a whole: each code cell not run, the first one failing with the reason. */
    private static ExecutedNotebook unfinished(Notebook notebook, String why, long start) {
        List<CellResult> cells = new ArrayList<>();
        CellFailure failure = new CellFailure(CellFailure.Kind.UNFINISHED_RUN, 0, "UnfinishedRun",
                "the notebook's run did not finish: " + why, List.of());
        for (Notebook.Cell cell : notebook.cells()) {
            if (cell.isCode() && !cell.source().isBlank()) {
                boolean first = cells.isEmpty();
                cells.add(new CellResult(cell.number(), cell.source(),
                        first ? CellResult.Status.FAILED : CellResult.Status.NOT_RUN, Optional.empty(), List.of(),
                        first ? Optional.of(failure) : Optional.empty(), Duration.ZERO));
            }
        }
        if (cells.isEmpty()) {
            cells.add(new CellResult(0, "", CellResult.Status.FAILED, Optional.empty(), List.of(),
                    Optional.of(failure), Duration.ZERO));
        }
        return new ExecutedNotebook(notebook, cells, Duration.ofNanos(System.nanoTime() - start));
    }

    private static ExecutedNotebook read(Path source, Path executed, Path summaryFile, Duration elapsed)
            throws IOException {
        Notebook notebook = Notebook.read(executed).readFrom(source);
        JsonNode summary = JSON.readTree(summaryFile.toFile());
        List<CellResult> cells = new ArrayList<>();
        List<Notebook.Cell> all = notebook.cells();
        for (JsonNode c : summary.get("cells")) {
            Notebook.Cell cell = all.get(c.get("number").asInt() - 1);
            JsonNode f = c.get("failure");
            Optional<CellFailure> failure = f == null ? Optional.empty() : Optional.of(new CellFailure(
                    CellFailure.Kind.valueOf(f.get("kind").asText()), f.get("line").asInt(), f.get("ename").asText(),
                    f.get("evalue").asText(), texts(f.get("traceback"))));
            cells.add(new CellResult(cell.number(), cell.source(), CellResult.Status.valueOf(c.get("status").asText()),
                    cell.executionCount(), cell.outputs(), failure, Duration.ofNanos(c.get("nanos").asLong())));
        }
        return new ExecutedNotebook(notebook, cells, elapsed);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static ObjectNode summary(ExecutedNotebook run) {
        ObjectNode summary = JSON.createObjectNode();
        ArrayNode cells = summary.putArray("cells");
        for (CellResult result : run.cells()) {
            ObjectNode cell = cells.addObject();
            cell.put("number", result.number());
            cell.put("status", result.status().name());
            cell.put("nanos", result.elapsed().toNanos());
            result.failure().ifPresent(f -> {
                ObjectNode failure = cell.putObject("failure");
                failure.put("kind", f.kind().name());
                failure.put("line", f.line());
                failure.put("ename", f.ename());
                failure.put("evalue", f.evalue());
                f.traceback().forEach(failure.putArray("traceback")::add);
            });
        }
        return summary;
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted((a, b) -> b.compareTo(a)).collect(Collectors.toList())) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the runner's temporary folder " + folder, e);
        }
    }

    /**
     * The child: {@code NOTEBOOK EXECUTED SUMMARY TIME_LIMIT_MILLIS CONTINUE OBSERVER} (a {@link CellObserver}'s class
     * name, or {@value #NO_OBSERVER}). Writes the executed notebook, then
     * the summary, and ends the JVM at once (a thread a cell left behind must not keep it alive).
     */
    public static void main(String[] args) throws IOException {
        PrintStream progress = System.err;
        try {
            runChild(args, progress);
        } catch (Throwable e) {
            e.printStackTrace(progress);
            progress.flush();
            Runtime.getRuntime().halt(1);
        }
        Runtime.getRuntime().halt(0);
    }

    private static void runChild(String[] args, PrintStream progress) throws IOException, ClassNotFoundException {
        NotebookRunner runner = new NotebookRunner()
                .withCellTimeLimit(Duration.ofMillis(Long.parseLong(args[3])))
                .continuingAfterFailures(Boolean.parseBoolean(args[4]))
                .reportingProgressTo(line -> {
                    progress.println(PROGRESS + line);
                    progress.flush();
                });
        if (!args[5].equals(NO_OBSERVER)) {
            runner = runner.observingEachCellWith(Class.forName(args[5]).asSubclass(CellObserver.class));
        }
        ExecutedNotebook run = runner.runHere(Notebook.read(Path.of(args[0])));
        run.write(Path.of(args[1]));
        Path summary = Path.of(args[2]);
        Path partial = summary.resolveSibling(summary.getFileName() + ".part");
        JSON.writeValue(partial.toFile(), summary(run));
        Files.move(partial, summary);
    }
}
