package neuralmath.tool;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import neuralmath.notebook.Notebook;
import neuralmath.runner.ExecutedNotebook;
import neuralmath.runner.Jobs;
import neuralmath.runner.NotebookRunner;
import neuralmath.site.BinderRepo;
import neuralmath.site.CourseSite;
import neuralmath.site.OutputFolder;

/**
 * Executes a course's notebooks and exports them, for {@code course build} and {@code course preview}: each notebook
 * in a JVM of its own, in its folder, up to {@code jobs} at once, unless the {@link ExecutionCache} holds the outputs
 * of a run with the same {@link ExecutionKey}. The results are reported (with what each one's JVM printed outside
 * its cells), and the executed copies written into {@code OUT-executed}, in the notebooks' order, so neither depends
 * on which finished first.
 */
final class CourseBuild {

    private final Path notebooks;
    private final Path out;
    private final Path executed;
    private final int jobs;
    private final NotebookRunner runner;
    private final ExecutionKey keys;
    private OutputFolder copies;

    /** What became of one notebook: run now or taken from the cache. */
    record Run(Path source, Notebook notebook, boolean passed, boolean cached, Duration elapsed, String failureReport,
               List<String> notes) {
    }

    /**
     * A build of the notebooks in {@code notebooks} into {@code out}. Refuses an {@code out}, or executed copies'
     * folder, that overlaps the notebooks, before anything is written.
     */
    CourseBuild(Path notebooks, Path out, int jobs, Duration cellTimeLimit, long maxHeap) {
        OutputFolder.refuseOverlap(notebooks, "notebooks", out, true);
        Path absoluteOut = out.toAbsolutePath().normalize();
        this.executed = absoluteOut.resolveSibling(absoluteOut.getFileName() + "-executed");
        OutputFolder.refuseOverlap(notebooks, "notebooks", executed, true);
        this.notebooks = notebooks;
        this.out = out;
        this.jobs = jobs;
        this.runner = new NotebookRunner().withCellTimeLimit(cellTimeLimit).inOwnJvm(maxHeap);
        this.keys = new ExecutionKey(cellTimeLimit, maxHeap);
    }

    /** The default cache folder of a build into {@code out}: {@code OUT-cache} beside it. */
    static Path defaultCacheFolder(Path out) {
        Path absolute = out.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-cache");
    }

    Path notebooks() {
        return notebooks;
    }

    Path out() {
        return out;
    }

    /** The folder of executed copies: {@code OUT-executed}. */
    Path executed() {
        return executed;
    }

    ExecutionKey keys() {
        return keys;
    }

    /**
     * Takes over the executed copies' folder, removing the copies the last build wrote: refused when it holds a file
     * the build did not write. Called before {@link #execute}.
     */
    void claimExecutedCopies() throws IOException {
        copies = OutputFolder.claim(executed, List.of("."));
    }

    /**
     * Runs (or takes from {@code cache}, null: none) every notebook of {@code sources}, printing a line for each on {@code report}
     * and cache notes and failures on {@code problems}, and writes the executed copies. Stops at the first failing
     * notebook, whose copy is not written, unless {@code keepGoing}: then every copy is written, failed ones with
     * their error outputs, for a page that shows the error.
     */
    List<Run> execute(List<Path> sources, ExecutionCache cache, boolean keepGoing, PrintStream report,
                      PrintStream problems) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        List<Run> done = new ArrayList<>();
        try {
            List<Future<Run>> runs = new ArrayList<>();
            List<JvmLines> printed = new ArrayList<>();
            for (Path source : sources) {
                JvmLines lines = new JvmLines();
                printed.add(lines);
                runs.add(pool.submit(() -> run(source, cache, lines)));
            }
            for (int i = 0; i < sources.size(); i++) {
                Run run = Jobs.resultOf(runs.get(i));
                done.add(run);
                printed.get(i).printTo(report); // one stream with the result lines keeps their order
                run.notes().forEach(note -> problems.println("note: " + note));
                String name = notebooks.relativize(run.source()).toString();
                if (run.cached()) {
                    report.printf("%-40s %8s  %s%n", name, "cached", "ok");
                } else {
                    report.printf("%-40s %6.1f s  %s%n", name, run.elapsed().toMillis() / 1000.0,
                            run.passed() ? "ok" : "FAILED");
                }
                if (!run.passed()) {
                    problems.println(run.failureReport());
                    if (!keepGoing) {
                        return done;
                    }
                }
                run.notebook().write(copies.file(name));
            }
            return done;
        } finally {
            pool.shutdownNow(); // after a failure: stops the notebooks' JVMs still running
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    /**
     * Exports the executed copies as the site and slides into {@code out}, each chapter page linking to Binder when
     * {@code binder} is not null.
     */
    CourseSite.Exported export(BinderRepo binder) throws IOException {
        return CourseSite.build(executed, out, CourseSite.DEFAULT_TITLE, binder);
    }

    private Run run(Path source, ExecutionCache cache, JvmLines lines) throws IOException {
        Notebook notebook = Notebook.read(source);
        String key = keys.of(notebook);
        List<String> notes = new ArrayList<>();
        if (cache != null) {
            ExecutionCache.Lookup found = cache.lookup(key, notebook);
            found.note().ifPresent(notes::add);
            if (found.executed().isPresent()) {
                return new Run(source, found.executed().get(), true, true, Duration.ZERO, "", notes);
            }
        }
        ExecutedNotebook run = runner.passingJvmOutputTo(lines).run(source);
        if (cache != null) { // keyed by what ran: the file may have been saved again since it was keyed above
            cache.store(keys.of(run.notebook()), run).ifPresent(notes::add);
        }
        return new Run(source, run.notebook(), run.passed(), false, run.elapsed(), run.failureReport(), notes);
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
