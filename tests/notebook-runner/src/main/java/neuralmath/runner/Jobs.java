package neuralmath.runner;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** For commands that run notebooks several at a time, each as a job of a thread pool. */
public final class Jobs {

    private Jobs() {
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
