package neuralmath.suite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import neuralmath.testing.RequiredTool;
import neuralmath.testing.SystemTools;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The chapters whose metadata says they need Fashion-MNIST ({@code "neuralmath": {"requires": ["fashion-mnist"]}}) run
 * as {@link NotebookSuiteTest} runs the others. The notebooks' JVMs never download it: where its files are missing,
 * this test is reported as skipped, naming what is missing and the command that installs it (or fails, under CI's
 * switch).
 */
class FashionMnistChaptersTest {

    @RegisterExtension
    static final RequiredTool DATA = SystemTools.fashionMnist();

    private static final Path NOTEBOOKS = NotebookSuite.repositoryRoot().resolve("notebooks");

    @TestFactory
    Stream<DynamicTest> everyChapterNeedingFashionMnistRunsWithoutAFailingCell() throws IOException {
        return NotebookSuite.runEach(NOTEBOOKS, Path.of("target", "notebooks-with-solutions"),
                Path.of("target", "executed-notebooks"),
                notebook -> NotebookSuite.requires(notebook).contains(NotebookSuite.FASHION_MNIST));
    }
}
