package neuralmath.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import neuralmath.testing.RequiredTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * The browser and validator tests, run as on a machine without Chromium, ChromeDriver or nbformat (their paths
 * pointed at a file that does not exist): each test is counted as skipped, with what is missing and the command
 * that installs it, and under CI's switch each fails instead.
 */
class MissingToolsTest {

    @TempDir
    Path nothing;

    /**
     * Runs the test classes with a system property pointing a tool at a missing file, with CI's switch or without,
     * and gives what happened to each test method (test factories included, which Maven counts as tests too):
     * "skipped: REASON", "failed: MESSAGE" or "passed".
     */
    private Map<String, String> runWithout(String property, boolean requireAll, String... testClasses) {
        String before = System.getProperty(property);
        System.setProperty(property, absent().toString());
        try {
            var kit = EngineTestKit.engine("junit-jupiter")
                    .configurationParameter(RequiredTool.REQUIRE_ALL, String.valueOf(requireAll));
            for (String testClass : testClasses) {
                kit = kit.selectors(selectClass(testClass));
            }
            Map<String, String> outcomes = new TreeMap<>();
            for (Event event : kit.execute().allEvents().list()) {
                if (event.getTestDescriptor().getSource().orElse(null) instanceof MethodSource method) {
                    String test = method.getClassName().replaceFirst(".*\\.", "") + "." + method.getMethodName();
                    if (event.getType() == EventType.SKIPPED) {
                        outcomes.put(test, "skipped: " + event.getPayload(String.class).orElse(""));
                    } else if (event.getType() == EventType.FINISHED) {
                        TestExecutionResult result = event.getPayload(TestExecutionResult.class).orElseThrow();
                        outcomes.put(test, result.getStatus() == TestExecutionResult.Status.FAILED
                                ? "failed: " + result.getThrowable().map(Throwable::getMessage).orElse("")
                                : result.getStatus().toString());
                    }
                }
            }
            return outcomes;
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
    }

    private Path absent() {
        return nothing.resolve("absent");
    }

    private static Map<String, String> each(List<String> tests, String outcome) {
        Map<String, String> expected = new TreeMap<>();
        tests.forEach(test -> expected.put(test, outcome));
        return expected;
    }

    /** What a failure under CI's switch says after the missing file, before the install command. */
    private static final String CI_SWITCH =
            "), and this run requires every check (NEURALMATH_REQUIRE_ALL_CHECKS or -Dneuralmath.requireAllChecks); install: ";

    private static final List<String> BROWSER_TESTS = List.of("CourseBrowserTest.sitePages",
            "CourseBrowserTest.slideDecks", "CourseBrowserTest.theChecksCatchABrokenPage");
    private static final List<String> VALIDATIONS = List.of("NbformatValidationTest.everyExecutedFixtureIsValidNbformat4",
            "NotebookValidationTest.exportedNotebooksAreValidNbformat4",
            "NotebookValidationTest.theValidatorRejectsABrokenNotebook");

    @Test
    void withoutChromiumOrChromeDriverEachBrowserTestIsSkippedSayingWhatIsMissingAndHowToInstallIt() {
        for (String property : List.of("neuralmath.chromium", "neuralmath.chromedriver")) {
            assertEquals(each(BROWSER_TESTS, "skipped: Not run: Chromium and ChromeDriver missing (no executable "
                    + absent() + "); install: apt-get install chromium chromium-driver"),
                    runWithout(property, false, CourseBrowserTest.class.getName()), property);
        }
    }

    @Test
    void withoutChromiumUnderTheCiSwitchEachBrowserTestFails() {
        assertEquals(each(BROWSER_TESTS, "failed: Chromium and ChromeDriver missing (no executable " + absent()
                        + CI_SWITCH + "apt-get install chromium chromium-driver"),
                runWithout("neuralmath.chromium", true, CourseBrowserTest.class.getName()));
    }

    @Test
    void withoutNbformatEachValidationIsSkippedOrUnderTheCiSwitchFails() {
        String[] classes = {NotebookValidationTest.class.getName(), "neuralmath.runner.NbformatValidationTest"};

        assertEquals(each(VALIDATIONS, "skipped: Not run: nbformat missing (no executable " + absent()
                + "); install: apt-get install python3-nbformat"), runWithout("neuralmath.python", false, classes));
        assertEquals(each(VALIDATIONS, "failed: nbformat missing (no executable " + absent() + CI_SWITCH
                        + "apt-get install python3-nbformat"),
                runWithout("neuralmath.python", true, classes));
    }

    @Test
    void withoutFashionMnistTheChaptersThatNeedItAreSkippedOrUnderTheCiSwitchFail() {
        String chapters = "neuralmath.suite.FashionMnistChaptersTest";
        List<String> tests = List.of("FashionMnistChaptersTest.everyChapterNeedingFashionMnistRunsWithoutAFailingCell");
        assertEquals(each(tests, "skipped: Not run: Fashion-MNIST missing (no train-images-idx3-ubyte.gz in " + absent()
                + "); install: apt-get install dataset-fashion-mnist"), runWithout("neuralmath.fashionMnist", false, chapters));
        assertEquals(each(tests, "failed: Fashion-MNIST missing (no train-images-idx3-ubyte.gz in " + absent() + CI_SWITCH
                + "apt-get install dataset-fashion-mnist"), runWithout("neuralmath.fashionMnist", true, chapters));
    }
}
