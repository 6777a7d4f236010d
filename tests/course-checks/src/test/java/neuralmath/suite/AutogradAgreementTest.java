package neuralmath.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import neuralmath.notebook.Notebook;
import neuralmath.runner.CellResult;
import neuralmath.runner.ExecutedNotebook;
import neuralmath.runner.NotebookRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chapter 12's agreement of autograd with chapter 7's matrix backpropagation is a test. The notebook suite runs it
 * with every notebook: the chapter's {@code Claim} cell fails unless the 17 gradients of the notebook's own
 * {@code Value} class and of the matrix formulas agree to 10⁻¹⁵. This test runs the chapter's cells up to that
 * claim twice: as they are, where the claim holds, and with the rule of {@code times} in the notebook's
 * {@code Value} class broken by a factor, where that claim must be the cell that fails.
 */
class AutogradAgreementTest {

    private static final Path NOTEBOOKS = NotebookSuite.repositoryRoot().resolve("notebooks");
    private static final String AGREEMENT = "largest |autograd − matrices| over all 17 gradients";
    private static final String TIMES_RULE = "b.grad += data * g;";

    @Test
    void theNotebooksValueClassAgreesWithChapter7sMatricesAndABrokenRuleFailsTheAgreement(@TempDir Path dir)
            throws IOException {
        NotebookSuite.linkJars(NOTEBOOKS, dir); // the copies load the course's jars, as the notebook does
        NotebookRunner inTheirFolder = new NotebookRunner().inOwnJvm(NotebookSuite.HEAP);
        ExecutedNotebook asWritten = inTheirFolder.run(upToTheAgreement(dir.resolve("as-written.ipynb"),
                source -> source));
        assertTrue(asWritten.passed(), asWritten.failureReport());
        assertTrue(lastCell(asWritten).source().contains(AGREEMENT), "the last cell run should be the agreement claim");

        ExecutedNotebook broken = inTheirFolder.run(upToTheAgreement(dir.resolve("broken.ipynb"),
                source -> source.replace(TIMES_RULE, "b.grad += 2 * data * g;")));
        assertFalse(broken.passed(), "a times rule off by a factor 2 must fail the agreement claim");
        List<CellResult> failures = broken.failures();
        assertEquals(1, failures.size(), broken.failureReport());
        assertTrue(failures.get(0).source().contains(AGREEMENT), broken.failureReport());
        assertTrue(broken.failureReport().contains("The text says " + AGREEMENT), broken.failureReport());
    }

    /**
     * A copy of chapter 12, beside a jars/ folder of links to the course's jars, that ends with the agreement claim: its
     * teaching cells and that claim, not the other claims (so that a broken rule fails there and nowhere earlier).
     * {@code valueClass} rewrites the source of the cell that defines {@code Value}.
     */
    private static Path upToTheAgreement(Path copy, UnaryOperator<String> valueClass) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode notebook = (ObjectNode) json.readTree(NOTEBOOKS.resolve("12-autograd.ipynb").toFile());
        ArrayNode kept = json.createArrayNode();
        boolean valueClassSeen = false;
        for (var node : notebook.withArray("cells")) {
            ObjectNode cell = (ObjectNode) node;
            if (!"code".equals(cell.path("cell_type").asText())) {
                continue;
            }
            String source = Notebook.text(cell.path("source"));
            boolean claims = source.contains("Claim.");
            if (claims && !source.contains(AGREEMENT)) {
                continue;
            }
            if (source.contains("class Value {")) {
                assertTrue(source.contains(TIMES_RULE), "the Value class should hold the rule " + TIMES_RULE);
                source = valueClass.apply(source);
                valueClassSeen = true;
            }
            cell.put("source", source);
            kept.add(cell);
            if (claims) {
                notebook.set("cells", kept);
                assertTrue(valueClassSeen, "chapter 12 should define class Value before the agreement claim");
                Files.writeString(copy, json.writeValueAsString(notebook));
                return copy;
            }
        }
        throw new AssertionError("chapter 12 has no Claim cell naming \"" + AGREEMENT + "\"");
    }

    private static CellResult lastCell(ExecutedNotebook executed) {
        return executed.cells().get(executed.cells().size() - 1);
    }
}
