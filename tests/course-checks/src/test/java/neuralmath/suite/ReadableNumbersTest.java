package neuralmath.suite;

import neuralmath.notebook.Notebook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The readable-numbers check on small executed notebooks: one that passes, one of each fault. */
class ReadableNumbersTest {

    @Test
    void sixSignificantDigitsVersionsIntegersAndOneDecimalCountPerColumnPass() throws IOException {
        assertEquals(List.of(), ReadableNumbers.faults(fixture("readable.ipynb")));
    }

    @Test
    void aPrintedOrShownDoubleWithSixteenDigitsFailsNamingItsCell() throws IOException {
        assertEquals(List.of(
                        "cell 1: prints 0.7440000000000001, more than 6 significant digits",
                        "cell 2: shows 3.141592653589793, more than 6 significant digits"),
                ReadableNumbers.faults(fixture("long-doubles.ipynb")));
    }

    @Test
    void aTableColumnWithDifferentDecimalCountsFailsNamingTableColumnAndExamples() throws IOException {
        assertEquals(List.of("cell 1: table \"Accuracy\", column \"accuracy\" mixes decimal counts: 0.9, 0.9806"),
                ReadableNumbers.faults(fixture("mixed-decimals.ipynb")));
    }

    @Test
    void significantDigitsSkipLeadingZerosAndCountTheMantissaOnly() {
        assertEquals(List.of("0.0001234567", "1.234567e-05"),
                ReadableNumbers.longNumbers("0.000123456 0.0001234567 1.23456e-05 1.234567e-05 123456789 v1.2.3.4"));
    }

    private static Notebook fixture(String name) throws IOException {
        try {
            return Notebook.read(Path.of(ReadableNumbersTest.class.getResource("numbers/" + name).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
