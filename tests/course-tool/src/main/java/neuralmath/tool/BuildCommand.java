package neuralmath.tool;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import neuralmath.runner.Jobs;
import neuralmath.runner.NotebookJvmOptions;
import neuralmath.runner.NotebookRunner;
import neuralmath.runner.UnfinishedRunGuard;
import neuralmath.site.BinderRepo;
import neuralmath.site.CourseSite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code course build}: runs every notebook of the course headlessly, then exports the executed notebooks as the
 * offline site and slides ({@link CourseSite}), and writes the course's student and instructor editions
 * ({@link Editions}). Any failing cell fails the build, naming the notebook and the cell.
 * Each notebook runs in a JVM of its own, in its folder, up to {@code --jobs} of them at once ({@link CourseBuild}),
 * unless the {@link ExecutionCache} holds the outputs of a run with the same {@link ExecutionKey}; a build that would
 * change nothing stops at once ({@link UpToDate}). {@code --no-cache} runs every notebook.
 * A build that ends before its summary line exits with a failure ({@link UnfinishedRunGuard}).
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Executes the course's notebooks and builds the offline site, slides and executed notebooks,"
                + " and the student and instructor editions. Notebooks whose code, jars, runner and options have"
                + " not changed since a run that passed are taken from the execution cache.")
public final class BuildCommand implements Callable<Integer> {

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
    NotebookJvmOptions jvm;

    @CommandLine.Mixin
    CacheOptions caching;

    @CommandLine.Mixin
    BinderRepo.Option binder = new BinderRepo.Option();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        long start = System.nanoTime();
        int parallel = Jobs.count(jobs, spec);
        Duration cellTimeLimit = jvm.cellTimeLimit(spec);
        long maxHeap = jvm.maxHeapBytes(spec);
        List<Path> sources = NotebookRunner.findNotebooks(notebooks);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no notebooks in " + notebooks.toAbsolutePath());
        }
        CourseBuild build = new CourseBuild(notebooks, out, parallel, cellTimeLimit, maxHeap);
        List<Path> outputs = List.of(out, build.executed());
        String fingerprint = null;
        if (!caching.noCache) {
            fingerprint = UpToDate.fingerprint(sources, build.keys(), spec.commandLine().getParseResult().originalArgs());
            ExecutionCache last = caching.existing(out);
            if (last != null && UpToDate.holds(last.lastBuild(), fingerprint, outputs)) {
                System.out.printf("Up to date: no notebook, jar or option changed since the last build, and its files"
                        + " are as it left them (checked in %.1f s): open %s%n", (System.nanoTime() - start) / 1e9,
                        out.resolve("site/index.html"));
                return 0;
            }
        }
        build.claimExecutedCopies();
        Editions editions = Editions.claim(out);
        ExecutionCache cache = caching.open(out, System.err);
        if (cache != null) {
            cache.recordBuild(null);
        }
        List<CourseBuild.Run> runs = build.execute(sources, cache, false, System.out, System.err);
        if (runs.size() < sources.size() || !runs.get(runs.size() - 1).passed()) {
            return 1;
        }
        double ran = (System.nanoTime() - start) / 1e9;
        CourseSite.Exported course = build.export(binder.repo());
        editions.write(notebooks, sources);
        long cached = runs.stream().filter(CourseBuild.Run::cached).count();
        System.out.printf("Built %d chapters in %.1f s (notebooks %.1f s with %d jobs, %d of %d from the cache,"
                        + " export %.1f s): open %s%n",
                course.slideDecks().size(), (System.nanoTime() - start) / 1e9, ran, parallel, cached, runs.size(),
                (System.nanoTime() - start) / 1e9 - ran, course.root().resolve("site/index.html"));
        System.out.printf("To hand out: %s (no solutions) and %s (with solutions)%n",
                course.root().resolve(Editions.STUDENT), course.root().resolve(Editions.INSTRUCTOR));
        if (cache != null) {
            cache.recordBuild(UpToDate.record(fingerprint, outputs));
        }
        return 0;
    }
}
