package neuralmath.tool;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import neuralmath.runner.ExecutedNotebook;
import neuralmath.runner.Jobs;
import neuralmath.runner.NotebookRunner;
import neuralmath.runner.UnfinishedRunGuard;
import neuralmath.site.BinderRepo;
import neuralmath.site.CourseSite;
import neuralmath.site.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code course build}: runs every notebook of the course headlessly, then exports the executed notebooks as the
 * offline site and slides ({@link CourseSite}), and writes the course's student and instructor editions
 * ({@link Editions}). Any failing cell fails the build, naming the notebook and the cell.
 * Each notebook runs in a JVM of its own, in its folder, up to {@code --jobs} of them at once; the results are
 * reported (with what each one's JVM printed outside its cells), and the executed copies written, in the notebooks'
 * order, so neither depends on which finished first.
 * A build that ends before its summary line exits with a failure ({@link UnfinishedRunGuard}).
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Executes the course's notebooks and builds the offline site, slides and executed notebooks,"
                + " and the student and instructor editions.")
public final class BuildCommand implements Callable<Integer> {

    /** The heap of each notebook's JVM: 2 GiB. */
    private static final long NOTEBOOK_HEAP = 2048L << 20;

    @Option(names = "--notebooks", defaultValue = "notebooks", paramLabel = "DIR",
            description = "The course's notebooks (default: ${DEFAULT-VALUE}).")
    Path notebooks;

    @Option(names = "--out", defaultValue = "target/course", paramLabel = "DIR",
            description = "Where the course goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--jobs", paramLabel = "N",
            description = "How many notebooks run at once, each in its own JVM, 1 to 256 (default: the number of"
                    + " processors this JVM sees)")
    Integer jobs;

    @CommandLine.Mixin
    BinderRepo.Option binder = new BinderRepo.Option();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        long start = System.nanoTime();
        int parallel = Jobs.count(jobs, spec);
        List<Path> sources = NotebookRunner.findNotebooks(notebooks);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no notebooks in " + notebooks.toAbsolutePath());
        }
        OutputFolder.refuseOverlap(notebooks, "notebooks", out, true);
        Path absoluteOut = out.toAbsolutePath().normalize();
        Path executed = absoluteOut.resolveSibling(absoluteOut.getFileName() + "-executed");
        OutputFolder.refuseOverlap(notebooks, "notebooks", executed, true);
        OutputFolder executedCopies = OutputFolder.claim(executed, List.of("."));
        Editions editions = Editions.claim(out);
        NotebookRunner runner = new NotebookRunner().inOwnJvm(NOTEBOOK_HEAP);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<ExecutedNotebook>> runs = new ArrayList<>();
            List<JvmLines> printed = new ArrayList<>();
            for (Path source : sources) {
                JvmLines lines = new JvmLines();
                printed.add(lines);
                runs.add(pool.submit(() -> runner.passingJvmOutputTo(lines).run(source)));
            }
            for (int i = 0; i < sources.size(); i++) {
                Path source = sources.get(i);
                ExecutedNotebook run = Jobs.resultOf(runs.get(i));
                printed.get(i).printTo(System.out); // one stream with the result lines keeps their order
                System.out.printf("%-40s %6.1f s  %s%n", notebooks.relativize(source),
                        run.elapsed().toMillis() / 1000.0, run.passed() ? "ok" : "FAILED");
                if (!run.passed()) {
                    System.err.println(run.failureReport());
                    return 1;
                }
                run.write(executedCopies.file(notebooks.relativize(source).toString()));
            }
        } finally {
            pool.shutdownNow(); // after a failure: stops the notebooks' JVMs still running
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        double ran = (System.nanoTime() - start) / 1e9;
        CourseSite.Exported course = CourseSite.build(executed, out, CourseSite.DEFAULT_TITLE, binder.repo());
        editions.write(notebooks, sources);
        System.out.printf("Built %d chapters in %.1f s (notebooks %.1f s with %d jobs, export %.1f s): open %s%n",
                course.slideDecks().size(), (System.nanoTime() - start) / 1e9, ran, parallel,
                (System.nanoTime() - start) / 1e9 - ran, course.root().resolve("site/index.html"));
        System.out.printf("To hand out: %s (no solutions) and %s (with solutions)%n",
                course.root().resolve(Editions.STUDENT), course.root().resolve(Editions.INSTRUCTOR));
        return 0;
    }

    /**
     * What one notebook's JVM printed outside its cells, kept until its turn comes to be reported: the first
     * {@value #MAX_LINES} lines, and how many more there were.
     */
    private static final class JvmLines implements Consumer<String> {
        private static final int MAX_LINES = 1000;
        private final List<String> lines = new ArrayList<>();
        private int dropped;

        @Override
        public synchronized void accept(String line) {
            if (lines.size() < MAX_LINES) {
                lines.add(line);
            } else {
                dropped++;
            }
        }

        synchronized void printTo(PrintStream out) {
            lines.forEach(out::println);
            if (dropped > 0) {
                out.println("[" + dropped + " more lines from the notebook's JVM dropped]");
            }
        }
    }
}
