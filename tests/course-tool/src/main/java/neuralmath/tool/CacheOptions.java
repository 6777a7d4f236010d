package neuralmath.tool;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of the commands that use the {@link ExecutionCache}: where it is, or none. */
final class CacheOptions {

    @Option(names = "--no-cache",
            description = "Run every notebook, neither reading nor filling the execution cache.")
    boolean noCache;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "The execution cache's folder (default: the --out folder's name with -cache, beside it,"
                    + " such as target/course-cache). It keeps at most 512 MiB, dropping the entries used longest ago.")
    Path folder;

    /**
     * The cache for a build into {@code out}, or null with {@code --no-cache}, or when the folder cannot be a cache:
     * then a note on {@code notes} says why and the build runs every notebook.
     */
    /**
     * The cache for a build into {@code out} if it exists already (with its manifest), or null: for a look that must
     * not write anything, such as whether the build is up to date before it may be refused.
     */
    ExecutionCache existing(Path out) throws IOException {
        Path at = folder == null ? CourseBuild.defaultCacheFolder(out) : folder;
        if (noCache || !Files.isRegularFile(at.resolve(ExecutionCache.MANIFEST))) {
            return null;
        }
        try {
            return ExecutionCache.open(at, ExecutionCache.DEFAULT_MAX_BYTES);
        } catch (ExecutionCache.CacheTrouble e) {
            return null; // said when the build opens it to run
        }
    }

    ExecutionCache open(Path out, PrintStream notes) throws IOException {
        if (noCache) {
            return null;
        }
        try {
            return ExecutionCache.open(folder == null ? CourseBuild.defaultCacheFolder(out) : folder,
                    ExecutionCache.DEFAULT_MAX_BYTES);
        } catch (ExecutionCache.CacheTrouble e) {
            notes.println("note: " + e.getMessage() + "; every notebook runs");
            return null;
        }
    }
}
