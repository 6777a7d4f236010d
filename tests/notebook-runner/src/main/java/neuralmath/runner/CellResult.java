package neuralmath.runner;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What became of one code cell.
 *
 * @param number         the cell's place in the notebook, from 1, counting every cell
 * @param source         the cell's code
 * @param status         whether it ran and how that went
 * @param executionCount its execution count, as Jupyter numbers executed cells; empty when it did not run
 * @param outputs        its outputs as nbformat 4 output objects
 * @param failure        why it failed, when it did
 * @param elapsed        how long it ran
 */
public record CellResult(int number, String source, Status status, Optional<Integer> executionCount,
                         List<JsonNode> outputs, Optional<CellFailure> failure, Duration elapsed) {

    /** How a code cell fared. */
    public enum Status {
        /** It ran without error. */
        PASSED,
        /** It failed, and it is tagged {@code raises-exception}: as Jupyter does, the run goes on. */
        FAILED_AS_TAGGED,
        /** It failed: the notebook fails. */
        FAILED,
        /** It did not run: an earlier cell failed. */
        NOT_RUN
    }

    public CellResult {
        outputs = List.copyOf(outputs);
    }

    /** True when this cell makes the notebook fail. */
    public boolean failed() {
        return status == Status.FAILED;
    }

    /** The first lines of the cell's code, to name the cell in a report. */
    public String firstLines(int count) {
        List<String> lines = source.strip().lines().limit(count + 1L).toList();
        String shown = String.join("\n", lines.subList(0, Math.min(count, lines.size())));
        return lines.size() > count ? shown + "\n..." : shown;
    }
}
