package neuralmath.runner;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options of every command that runs notebooks each in a JVM of its own ({@code course run}, {@code course
 * grade}, {@code course build}, {@code course preview}): the time limit per cell and the heap of each JVM. A command
 * takes them as a picocli mixin ({@code @Mixin NotebookJvmOptions jvm}) and reads them through {@link #cellTimeLimit} and {@link #maxHeapBytes},
 * which refuse a value out of range as a usage error naming the option.
 */
public final class NotebookJvmOptions {

    @Option(names = "--cell-timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Time limit per cell in seconds, 1 to 86400 (default: ${DEFAULT-VALUE}).")
    private long cellTimeoutSeconds;

    @Option(names = "--max-heap", paramLabel = "MiB", defaultValue = "2048",
            description = "Heap of each notebook's JVM in MiB, 64 to 65536 (default: ${DEFAULT-VALUE}).")
    private long maxHeapMiB;

    /** The time limit per cell, 1 s to {@link NotebookRunner#MAX_CELL_TIME_LIMIT}. */
    public Duration cellTimeLimit(CommandSpec spec) {
        requireInRange(spec, "--cell-timeout", cellTimeoutSeconds, 1, NotebookRunner.MAX_CELL_TIME_LIMIT.toSeconds(),
                "seconds");
        return Duration.ofSeconds(cellTimeoutSeconds);
    }

    /** The heap of each notebook's JVM in bytes, 64 MiB to 64 GiB. */
    public long maxHeapBytes(CommandSpec spec) {
        requireInRange(spec, "--max-heap", maxHeapMiB, 64, 65536, "MiB");
        return maxHeapMiB << 20;
    }

    /** Throws a usage error "OPTION must be MIN to MAX UNIT, got VALUE" unless min ≤ value ≤ max. */
    static void requireInRange(CommandSpec spec, String option, long value, long min, long max, String unit) {
        if (value < min || value > max) {
            throw new CommandLine.ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "%s must be %d to %d%s, got %d", option, min, max, unit.isEmpty() ? "" : " " + unit, value));
        }
    }
}
