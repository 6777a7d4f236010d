package neuralmath;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** For tests of bad input: the message of the {@link IllegalArgumentException} it throws, and what it must name. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    /** Runs {@code e}, which must throw an IllegalArgumentException, and returns its message. */
    public static String message(Executable e) {
        return assertThrows(IllegalArgumentException.class, e).getMessage();
    }

    /** Asserts that {@code message} contains every one of {@code parts}. */
    public static void assertNames(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "'" + message + "' should name " + part);
        }
    }
}
