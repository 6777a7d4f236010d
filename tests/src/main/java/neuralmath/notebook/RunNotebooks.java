package neuralmath.notebook;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The runner's command line: executes notebooks and writes the executed copies to a folder.
 *
 * <pre>
 * ./mvnw -B -q -ntp package -DskipTests     # builds tests/target/runner/: the runner and what it needs
 * java --add-modules jdk.incubator.vector -cp 'tests/target/runner/*' neuralmath.notebook.RunNotebooks \
 *      --output-dir target/executed notebooks
 * </pre>
 *
 * Exit status: 0 when every notebook passed, 1 when a cell failed (cells tagged {@code raises-exception} aside),
 * 2 for a bad command line or a file that is not a notebook.
 */
@Command(name = "run-notebooks", mixinStandardHelpOptions = true,
        description = "Runs Jupyter notebooks for the IJava/JJava kernels headlessly in JShell and writes the"
                + " executed copies.")
public final class RunNotebooks implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "A notebook, or a folder searched for notebooks.")
    private List<Path> paths;

    @Option(names = {"-o", "--output-dir"}, required = true, paramLabel = "DIR",
            description = "Where the executed notebooks go, under their paths relative to the folder given.")
    private Path outputDir;

    @Option(names = "--cell-timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Time limit per cell in seconds (default: ${DEFAULT-VALUE}).")
    private long cellTimeoutSeconds;

    @Option(names = "--continue-after-failures",
            description = "Run the cells after a failing cell too (as nbclient's allow_errors).")
    private boolean continueAfterFailures;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command and returns its exit status, for callers that must not end the JVM. */
    public static int execute(String... args) {
        return new CommandLine(new RunNotebooks()).execute(args);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        NotebookRunner runner = new NotebookRunner()
                .withCellTimeLimit(Duration.ofSeconds(cellTimeoutSeconds))
                .continuingAfterFailures(continueAfterFailures);
        int failed = 0;
        int total = 0;
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + path);
            }
            Path base = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
            List<Path> notebooks = Files.isDirectory(path) ? NotebookRunner.findNotebooks(path) : List.of(path);
            for (Path notebook : notebooks) {
                ExecutedNotebook executed = runner.run(notebook);
                Path target = outputDir.resolve(base.toAbsolutePath().relativize(notebook.toAbsolutePath()));
                executed.write(target);
                total++;
                out.printf(Locale.ROOT, "%s %s (%d cells, %.1f s) -> %s%n", executed.passed() ? "PASS" : "FAIL",
                        notebook, executed.cells().size(), executed.elapsed().toMillis() / 1000.0, target);
                if (!executed.passed()) {
                    failed++;
                    out.print(executed.failureReport());
                }
                out.flush();
            }
        }
        out.printf("%d notebooks, %d failed%n", total, failed);
        return failed == 0 ? 0 : 1;
    }
}
