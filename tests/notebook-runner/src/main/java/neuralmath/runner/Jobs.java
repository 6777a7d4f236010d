package neuralmath.runner;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import picocli.CommandLine.Model.CommandSpec;

/** For commands that run notebooks several at a time, each as a job of a thread pool. */
public final class Jobs {

    private Jobs() {
    }

    /**
     * How many jobs run at once: {@code requested} (a command's {@code --jobs}), or when it is null the number of
     * processors this JVM sees; a usage error unless it is 1 to 256.
     */
    public static int count(Integer requested, CommandSpec spec) {
        int jobs = requested == null ? Runtime.getRuntime().availableProcessors() : requested;
        NotebookJvmOptions.requireInRange(spec, "--jobs", jobs, 1, 256, "");
        return jobs;
    }

    /** What the job returned, or the exception it ended with, as the job threw it (not wrapped). */
    public static <T> T resultOf(Future<T> job) throws IOException, InterruptedException {
        try {
            return job.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
