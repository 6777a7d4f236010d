package neuralmath.tool;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import neuralmath.runner.Jobs;
import neuralmath.runner.NotebookJvmOptions;
import neuralmath.runner.NotebookRunner;
import neuralmath.runner.UnfinishedRunGuard;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code course preview}: builds the course's site and slides ({@link CourseBuild}, through the execution cache),
 * serves them on 127.0.0.1 ({@link PreviewServer}), watches {@code notebooks/} and {@code lib/}
 * ({@link SourceWatcher}) and rebuilds on each change: a saved notebook runs again (only it: the others come from
 * the cache, and a notebook whose code did not change at all, only its prose, does not run), the site and slides
 * are exported again, and every open page that changed reloads itself. A failing cell shows in its page and in the
 * terminal, and the preview goes on. A change in {@code lib/} is reported with the command that rebuilds the library
 * and the tool (so is a change in {@code notebooks/jars}, where that command puts the library's jars): the notebooks'
 * JVMs take the library from the tool's class path, which a running preview cannot change.
 */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"Builds the course, serves it on http://127.0.0.1:PORT/ and rebuilds what changed when a"
                + " notebook is saved: that notebook runs again (the others come from the execution cache), the site"
                + " and slides are exported again, and open pages that changed reload. A failing cell shows in its"
                + " page and here; the preview goes on. A change in lib/ is reported with the command that rebuilds"
                + " the library. Ctrl-C stops it.",
                "Only the preview adds the reload script to the pages it serves; the files it writes are the same as"
                        + " course build's site and slides."})
public final class PreviewCommand implements Callable<Integer> {

    /** How long a folder must be quiet after a change before the rebuild starts: a save is several events. */
    static final Duration SETTLE = Duration.ofMillis(300);
    static final String LIBRARY_REBUILD = "./mvnw -B -ntp -o -q install -DskipTests -Dexec.skip";

    @Option(names = "--notebooks", defaultValue = "notebooks", paramLabel = "DIR",
            description = "The course's notebooks (default: ${DEFAULT-VALUE}).")
    Path notebooks;

    @Option(names = "--lib", defaultValue = "lib", paramLabel = "DIR",
            description = "The library's sources, watched for changes (default: ${DEFAULT-VALUE}).")
    Path lib;

    @Option(names = "--out", defaultValue = "target/course", paramLabel = "DIR",
            description = "Where the site and slides go, and are served from (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--port", defaultValue = "8000", paramLabel = "PORT",
            description = "The port on 127.0.0.1, 0 to 65535; 0 takes a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--jobs", paramLabel = "N",
            description = "How many notebooks run at once, 1 to 256 (default: the number of processors).")
    Integer jobs;

    @CommandLine.Mixin
    NotebookJvmOptions jvm;

    @CommandLine.Mixin
    CacheOptions caching;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535, got " + port);
        }
        Preview preview = new Preview(notebooks, lib, out, Jobs.count(jobs, spec), jvm.cellTimeLimit(spec),
                jvm.maxHeapBytes(spec), caching, System.out, System.err);
        try (preview) {
            preview.start(port);
            // A preview has no summary to guard: Ctrl-C is how it ends. Its notebooks' JVMs end with it.
            UnfinishedRunGuard.finished();
            Runtime.getRuntime().addShutdownHook(new Thread(() ->
                    ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly), "preview-stop"));
            preview.watch();
        }
        return 0;
    }

    /** The preview itself: a build, a server and a watcher; {@link #watch} runs until its thread is interrupted. */
    static final class Preview implements AutoCloseable {
        private final Path notebooks;
        private final Path lib;
        private final Path out;
        private final int jobs;
        private final Duration cellTimeLimit;
        private final long maxHeap;
        private final CacheOptions caching;
        private final PrintStream report;
        private final PrintStream problems;
        private PreviewServer server;
        private SourceWatcher watcher;

        Preview(Path notebooks, Path lib, Path out, int jobs, Duration cellTimeLimit, long maxHeap,
                CacheOptions caching, PrintStream report, PrintStream problems) {
            this.notebooks = notebooks;
            this.lib = lib;
            this.out = out;
            this.jobs = jobs;
            this.cellTimeLimit = cellTimeLimit;
            this.maxHeap = maxHeap;
            this.caching = caching;
            this.report = report;
            this.problems = problems;
        }

        /** Builds the course, starts watching and serving it; the address it is served on is printed. */
        InetSocketAddress start(int port) throws IOException, InterruptedException {
            watcher = new SourceWatcher(List.of(notebooks, lib));
            rebuild();
            server = new PreviewServer(out, port);
            server.publish();
            InetSocketAddress address = server.address();
            report.printf("Preview of %s: http://127.0.0.1:%d/site/index.html (slides under /slides/). Watching %s"
                    + " and %s; Ctrl-C stops.%n", out, address.getPort(), notebooks, lib);
            report.flush();
            return address;
        }

        /** Rebuilds on each change until the thread is interrupted. */
        void watch() throws IOException {
            Path libFolder = lib.toAbsolutePath().normalize();
            Path jars = notebooks.toAbsolutePath().normalize().resolve("jars");
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> changed;
                try {
                    changed = watcher.next(SETTLE);
                } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
                    return;
                }
                // The library's jars in notebooks/jars change with it: the same message, no run with the old tool.
                List<Path> inLib = changed.stream().filter(p -> p.startsWith(libFolder) || p.startsWith(jars)).toList();
                if (!inLib.isEmpty()) {
                    problems.println("course preview: " + libraryChanged(inLib.get(0)));
                }
                if (inLib.size() < changed.size()) {
                    report.println("Changed: " + changed.stream().filter(p -> !inLib.contains(p))
                            .map(p -> String.valueOf(p.getFileName())).distinct().toList());
                    server.rebuilding();
                    long start = System.nanoTime();
                    try {
                        rebuild();
                    } catch (InterruptedException e) {
                        return;
                    } finally {
                        List<String> pages = server.publish();
                        report.printf("Rebuilt in %.1f s; pages that changed and reload: %s%n",
                                (System.nanoTime() - start) / 1e9, pages.isEmpty() ? "none" : pages);
                        report.flush();
                    }
                }
            }
        }

        static String libraryChanged(Path file) {
            return "the library changed (" + file + "). The notebooks' JVMs load the library from the course tool's"
                    + " class path, which a running preview cannot change: stop the preview (Ctrl-C), run "
                    + LIBRARY_REBUILD + " and start it again; the notebooks then run with the new library.";
        }

        /**
         * Runs what changed (the cache has the rest) and exports the site and slides, failed notebooks with their
         * errors; a notebook that cannot be read is reported and the last good site stays.
         */
        private void rebuild() throws IOException, InterruptedException {
            try {
                List<Path> sources = NotebookRunner.findNotebooks(notebooks);
                if (sources.isEmpty()) {
                    throw new IllegalArgumentException("no notebooks in " + notebooks.toAbsolutePath());
                }
                CourseBuild build = new CourseBuild(notebooks, out, jobs, cellTimeLimit, maxHeap);
                build.claimExecutedCopies();
                List<CourseBuild.Run> runs = build.execute(sources, caching.open(out, problems), true, report,
                        problems);
                build.export(null);
                long failed = runs.stream().filter(run -> !run.passed()).count();
                if (failed > 0) {
                    problems.println("course preview: " + failed + " notebook(s) failed; their pages show the error."
                            + " Save a fix and the page reloads.");
                }
            } catch (IOException | RuntimeException e) {
                problems.println("course preview: " + e.getMessage() + "; the site is as the last good build left it."
                        + " Save a fix and it rebuilds.");
            }
            problems.flush();
        }

        @Override
        public void close() throws IOException {
            if (server != null) {
                server.close();
            }
            if (watcher != null) {
                watcher.close();
            }
        }
    }
}
