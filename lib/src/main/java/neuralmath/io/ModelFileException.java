package neuralmath.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model file that cannot be read (missing, too large, truncated, corrupted, or of a format version this library
 * does not know), or a model too large to be saved.
 */
public final class ModelFileException extends IOException {

    ModelFileException(Path file, String problem, Throwable cause) {
        super("model file " + file + " " + problem, cause);
    }
}
