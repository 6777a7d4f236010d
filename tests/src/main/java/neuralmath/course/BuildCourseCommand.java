package neuralmath.course;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import neuralmath.notebook.ExecutedNotebook;
import neuralmath.notebook.NotebookRunner;
import neuralmath.notebook.UnfinishedRunGuard;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code build-course}: runs every notebook of the course headlessly, then exports the executed notebooks as the
 * offline site and slides ({@link CourseSite}). Any failing cell fails the build, naming the notebook and the cell.
 * Each notebook runs in a JVM of its own, in its folder; a build that ends before its summary line exits with a
 * failure ({@link UnfinishedRunGuard}).
 */
@Command(name = "build-course", mixinStandardHelpOptions = true,
        description = "Executes the course's notebooks and builds the offline site, slides and executed notebooks.")
public final class BuildCourseCommand implements Callable<Integer> {

    /** The heap of each notebook's JVM: 2 GiB. */
    private static final long NOTEBOOK_HEAP = 2048L << 20;

    @Option(names = "--notebooks", defaultValue = "notebooks", paramLabel = "DIR",
            description = "The course's notebooks (default: ${DEFAULT-VALUE}).")
    Path notebooks;

    @Option(names = "--out", defaultValue = "target/course", paramLabel = "DIR",
            description = "Where the course goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        List<Path> sources = NotebookRunner.findNotebooks(notebooks);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no notebooks in " + notebooks.toAbsolutePath());
        }
        OutputFolder.refuseOverlap(notebooks, "notebooks", out, true);
        Path absoluteOut = out.toAbsolutePath().normalize();
        Path executed = absoluteOut.resolveSibling(absoluteOut.getFileName() + "-executed");
        OutputFolder.refuseOverlap(notebooks, "notebooks", executed, true);
        OutputFolder executedCopies = OutputFolder.claim(executed, List.of("."));
        NotebookRunner runner = new NotebookRunner().inOwnJvm(NOTEBOOK_HEAP);
        for (Path source : sources) {
            ExecutedNotebook run = runner.run(source);
            System.out.printf("%-40s %6.1f s  %s%n", notebooks.relativize(source), run.elapsed().toMillis() / 1000.0,
                    run.passed() ? "ok" : "FAILED");
            if (!run.passed()) {
                System.err.println(run.failureReport());
                return 1;
            }
            run.write(executedCopies.file(notebooks.relativize(source).toString()));
        }
        double ran = (System.nanoTime() - start) / 1e9;
        CourseSite.Exported course = CourseSite.build(executed, out);
        System.out.printf("Built %d chapters in %.1f s (notebooks %.1f s, export %.1f s): open %s%n",
                course.slideDecks().size(), (System.nanoTime() - start) / 1e9, ran,
                (System.nanoTime() - start) / 1e9 - ran, course.root().resolve("site/index.html"));
        return 0;
    }

    public static void main(String[] args) {
        UnfinishedRunGuard.install("build-course");
        int status = commandLine().execute(args);
        UnfinishedRunGuard.finished();
        System.exit(status);
    }

    /** The command, reporting a bad notebook or folder by its message alone, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine command = new CommandLine(new BuildCourseCommand());
        command.setExecutionExceptionHandler((error, line, parsed) -> {
            line.getErr().println("build-course: " + error.getMessage());
            return 1;
        });
        return command;
    }
}
