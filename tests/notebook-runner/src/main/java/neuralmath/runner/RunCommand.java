package neuralmath.runner;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@code course run}, the runner's command line: executes notebooks and writes the executed copies to a folder.
 *
 * <pre>
 * ./mvnw -B -q -ntp package -DskipTests     # builds tests/course-tool/target/course-tool/: the tool and its jars
 * java --add-modules jdk.incubator.vector -cp 'tests/course-tool/target/course-tool/*' neuralmath.tool.CourseTool \
 *      run --output-dir target/executed notebooks
 * </pre>
 *
 * Each notebook runs in a JVM of its own, started in the notebook's folder ({@link NotebookProcess}). A file
 * that is not a notebook for Java is reported in one line and the run goes on with the others.
 *
 * <p>Exit status: 0 when every notebook passed, 1 when a cell failed (cells tagged {@code raises-exception} aside),
 * 2 for a bad command line or when a file was not a notebook, 3 when the run ended before its summary (see
 * {@link UnfinishedRunGuard}, which {@code course} installs): never 0 unless the summary was printed.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs Jupyter notebooks for the IJava/JJava kernels headlessly in JShell and writes the"
                + " executed copies.")
public final class RunCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "A notebook, or a folder searched for notebooks.")
    private List<Path> paths;

    @Option(names = {"-o", "--output-dir"}, required = true, paramLabel = "DIR",
            description = "Where the executed notebooks go, under their paths relative to the folder given.")
    private Path outputDir;

    @CommandLine.Mixin
    private NotebookJvmOptions jvm;

    @Option(names = "--in-place",
            description = "Let an executed notebook replace its source file (otherwise refused).")
    private boolean inPlace;

    @Option(names = "--continue-after-failures",
            description = "Run the cells after a failing cell too (as nbclient's allow_errors).")
    private boolean continueAfterFailures;

    /** How long a notebook runs before each finished cell is shown. */
    private static final Duration LONG_RUN = Duration.ofSeconds(10);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command on its own and returns its exit status, for callers that must not end the JVM. */
    static int execute(String... args) {
        return new CommandLine(new RunCommand()).execute(args);
    }

    /** {@link #execute(String...)}, printing to the given writers. */
    static int execute(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new RunCommand()).setOut(out).setErr(err).execute(args);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Duration cellTimeLimit = jvm.cellTimeLimit(spec);
        long maxHeap = jvm.maxHeapBytes(spec);
        Map<Path, Path> targets = targets();
        NotebookRunner runner = new NotebookRunner()
                .withCellTimeLimit(cellTimeLimit)
                .continuingAfterFailures(continueAfterFailures)
                .inOwnJvm(maxHeap);
        int failed = 0;
        int bad = 0;
        for (Map.Entry<Path, Path> run : targets.entrySet()) {
            Path notebook = run.getKey();
            Path target = run.getValue();
            ExecutedNotebook executed;
            try {
                executed = runner.reportingProgressTo(progressAfter(LONG_RUN, notebook, out)).run(notebook);
            } catch (IOException e) {
                bad++;
                out.println("BAD  " + e.getMessage().replace('\n', ' '));
                out.flush();
                continue;
            }
            executed.write(target);
            out.printf(Locale.ROOT, "%s %s (%d cells, %.1f s) -> %s%n", executed.passed() ? "PASS" : "FAIL",
                    notebook, executed.cells().size(), executed.elapsed().toMillis() / 1000.0, target);
            if (!executed.passed()) {
                failed++;
                out.print(executed.failureReport());
            }
            out.flush();
        }
        out.printf("%d notebooks, %d failed, %d not notebooks%n", targets.size(), failed, bad);
        out.flush();
        return bad > 0 ? 2 : failed > 0 ? 1 : 0;
    }

    /** Each notebook found, with the file its executed copy goes to; refuses to overwrite a source notebook. */
    private Map<Path, Path> targets() throws IOException {
        Map<Path, Path> targets = new LinkedHashMap<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + path);
            }
            Path base = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
            List<Path> notebooks = Files.isDirectory(path) ? NotebookRunner.findNotebooks(path) : List.of(path);
            for (Path notebook : notebooks) {
                targets.put(notebook, outputDir.resolve(base.toAbsolutePath().relativize(notebook.toAbsolutePath())));
            }
        }
        if (!inPlace) {
            for (Path target : targets.values()) {
                for (Path source : targets.keySet()) {
                    if (Files.exists(target) && Files.isSameFile(target, source)) {
                        throw new CommandLine.ParameterException(spec.commandLine(), "the executed copy of "
                                + source + " would overwrite a source notebook, " + target + ": choose another"
                                + " --output-dir, or give --in-place to replace the notebooks with their executed"
                                + " copies");
                    }
                }
            }
        }
        return targets;
    }

    /** Progress lines for a notebook that has run longer than {@code after}: one per finished cell. */
    private static Consumer<String> progressAfter(Duration after, Path notebook, PrintWriter out) {
        long start = System.nanoTime();
        return line -> {
            if (System.nanoTime() - start > after.toNanos()) {
                out.println("     " + notebook.getFileName() + ": " + line);
                out.flush();
            }
        };
    }
}
