package neuralmath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import neuralmath.activations.Activation;
import neuralmath.data.Dataset;
import neuralmath.data.Digits;
import neuralmath.data.OneHot;
import neuralmath.losses.Loss;
import neuralmath.network.Initializer;
import neuralmath.network.Network;
import neuralmath.optimizers.SGD;
import neuralmath.training.Trainer;
import neuralmath.training.TrainingDivergedException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The README's table "When things go wrong": every row names a test (file#method) that exists and asserts the
 * message the row quotes ({@code …} stands for the parts that vary, each other piece must appear in the test).
 */
class ReadmeTableTest {

    /** The repository root: the tests of this module run in lib/. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    /**
     * Rows whose test lives on another branch, not merged here yet. Once it is merged this test fails, to be
     * removed from here, so that the row is then checked like every other.
     */
    private static final Set<String> PENDING = Set.of(
            "tests/src/test/java/neuralmath/notebook/NotebookTest.java#aFileThatIsNotJsonIsNamedWithTheLine",
            "tests/src/test/java/neuralmath/notebook/NotebookRunnerTest.java#aCellPastItsTimeLimitIsStoppedAndReportedAsATimeout");

    record Row(String badInput, String message, String test) {

        Path file() {
            return ROOT.resolve(test.substring(0, test.indexOf('#')));
        }

        String method() {
            return test.substring(test.indexOf('#') + 1);
        }
    }

    private static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"));
    }

    private static String section() throws IOException {
        String readme = readme();
        int start = readme.indexOf("## When things go wrong");
        assertTrue(start >= 0, "README.md has no section \"When things go wrong\"");
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : section().split("\n")) {
            String[] cells = line.split("\\|");
            if (line.startsWith("| ") && cells.length == 4 && !cells[1].isBlank() && !line.contains("Bad input")) {
                rows.add(new Row(cells[1].trim(), unquote(cells[2]), unquote(cells[3])));
            }
        }
        return rows;
    }

    private static String unquote(String cell) {
        String s = cell.trim();
        assertTrue(s.startsWith("`") && s.endsWith("`"), "expected `code` in the table, got " + s);
        return s.substring(1, s.length() - 1);
    }

    @TestFactory
    Stream<DynamicTest> everyRowNamesATestThatAssertsItsMessage() throws IOException {
        List<Row> rows = rows();
        assertTrue(rows.size() >= 20, "the table has only " + rows.size() + " rows");
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.badInput(), () -> {
            boolean exists = Files.exists(row.file())
                    && Files.readString(row.file()).contains("void " + row.method() + "(");
            if (PENDING.contains(row.test())) {
                assertFalse(exists, row.test() + " exists now: remove it from ReadmeTableTest.PENDING");
                return;
            }
            assertTrue(exists, "no test " + row.test());
            String source = Files.readString(row.file());
            for (String piece : row.message().split("…")) {
                assertTrue(source.contains(piece.trim()), row.test() + " does not assert \"" + piece.trim() + "\"");
            }
        }));
    }

    @Test
    void everyBadInputOfWhenThingsGoWrongTestIsInTheTable() throws IOException {
        Set<String> tested = rows().stream().map(Row::test).collect(Collectors.toSet());
        for (Method m : WhenThingsGoWrongTest.class.getDeclaredMethods()) {
            if (m.isAnnotationPresent(Test.class)) {
                String id = "lib/src/test/java/neuralmath/WhenThingsGoWrongTest.java#" + m.getName();
                assertTrue(tested.contains(id), id + " is missing from the README table");
            }
        }
    }

    @Test
    void theQuotedDivergenceMessageIsTheTrainersOwn() throws IOException {
        String quote = Arrays.stream(section().split("\n")).filter(l -> l.startsWith("> "))
                .map(l -> l.substring(2)).collect(Collectors.joining(" "));
        Network net = Network.of(new int[] {64, 64, 10}, Activation.sigmoid(), Activation.softmax(),
                Initializer.STANDARD_NORMAL, 42);
        Trainer trainer = new Trainer(net, Loss.categoricalCrossEntropy(), new SGD(100)).epochs(50);
        Dataset digits = Digits.load();
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> trainer.fit(digits.inputs().divide(16), OneHot.encode(digits.labels(), Digits.CLASSES)));
        assertEquals(e.getMessage(), quote);
    }
}
