package neuralmath.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A missing tool skips its tests with a reason, or fails them under CI's switch; a present one changes nothing. */
class RequiredToolTest {

    /** What the fixtures' class-level methods and tests did, in order. */
    static final List<String> CALLS = new ArrayList<>();

    /** Two tests that need a tool no machine has. (Nested, so that Surefire does not run it on its own.) */
    static class NeedsAMissingTool {
        @RegisterExtension
        static final RequiredTool TOOL = new RequiredTool("the frobnicator", "apt-get install frobnicator",
                () -> Optional.of("no executable /usr/bin/frobnicate"));

        @BeforeAll
        static void start() {
            CALLS.add("before all");
        }

        @AfterAll
        static void stop() {
            CALLS.add("after all");
        }

        @Test
        void one() {
            CALLS.add("one");
        }

        @Test
        void two() {
            CALLS.add("two");
        }
    }

    /** A test that needs a tool that is there. */
    static class NeedsAToolThatIsThere {
        @RegisterExtension
        static final RequiredTool TOOL = new RequiredTool("a shell", "apt-get install bash", Optional::empty);

        @BeforeAll
        static void start() {
            CALLS.add("before all");
        }

        @Test
        void one() {
            CALLS.add("one");
        }
    }

    private static EngineExecutionResults run(Class<?> fixture, boolean requireAll) {
        CALLS.clear();
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture))
                .configurationParameter(RequiredTool.REQUIRE_ALL, String.valueOf(requireAll)).execute();
    }

    /** A launcher without the listeners found on the class path: only the one under test prints. */
    private static Launcher launcher() {
        return LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false)
                .build());
    }

    @Test
    void aMissingToolSkipsEachTestNamingWhatIsMissingAndHowToInstallIt() {
        EngineExecutionResults results = run(NeedsAMissingTool.class, false);

        results.testEvents().assertStatistics(stats -> stats.skipped(2).started(0).failed(0));
        String reason = "Not run: the frobnicator missing (no executable /usr/bin/frobnicate);"
                + " install: apt-get install frobnicator";
        results.testEvents().assertThatEvents()
                .haveExactly(2, event(test(), skippedWithReason(reason)));
        assertEquals(List.of(), CALLS, "neither @BeforeAll, @AfterAll nor a test may run without the tool");
    }

    @Test
    void underTheCiSwitchEachSuchTestFailsSayingWhy() {
        EngineExecutionResults results = run(NeedsAMissingTool.class, true);

        results.testEvents().assertStatistics(stats -> stats.started(2).failed(2).skipped(0).succeeded(0));
        results.testEvents().assertThatEvents().haveExactly(2, event(test(), finishedWithFailure(message(
                "the frobnicator missing (no executable /usr/bin/frobnicate), and this run requires every check"
                        + " (NEURALMATH_REQUIRE_ALL_CHECKS or -Dneuralmath.requireAllChecks); install: apt-get"
                        + " install frobnicator"))));
        assertEquals(List.of(), CALLS);
    }

    @Test
    void aToolThatIsThereChangesNothing() {
        for (boolean requireAll : new boolean[] {false, true}) {
            run(NeedsAToolThatIsThere.class, requireAll).testEvents()
                    .assertStatistics(stats -> stats.started(1).succeeded(1).skipped(0));
            assertEquals(List.of("before all", "one"), CALLS);
        }
    }

    @Test
    void eachSkippedTestIsNamedAndTheRunEndsWithOneLineNamingWhatDidNotRunAndTheInstallCommand() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

        launcher().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(NeedsAMissingTool.class), selectClass(NeedsAToolThatIsThere.class))
                .configurationParameter(RequiredTool.REQUIRE_ALL, "false").build(), new NotRunSummary(out));

        assertEquals("[SKIPPED] NeedsAMissingTool.one: the frobnicator missing (no executable /usr/bin/frobnicate)\n"
                + "[SKIPPED] NeedsAMissingTool.two: the frobnicator missing (no executable /usr/bin/frobnicate)\n"
                + "[NOT RUN] 2 tests: the frobnicator missing (no executable /usr/bin/frobnicate); install:"
                + " apt-get install frobnicator\n", printed.toString(StandardCharsets.UTF_8).replace("\r", ""));
    }

    @Test
    void aRunWithNothingSkippedPrintsNothing() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        launcher().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(NeedsAToolThatIsThere.class)).build(),
                new NotRunSummary(new PrintStream(printed, true, StandardCharsets.UTF_8)));

        assertTrue(printed.size() == 0, printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withALedgerEveryLaterRunOfTheBuildEndsNamingWhatEarlierRunsSkipped(@TempDir Path folder) throws Exception {
        Path ledger = folder.resolve("target/not-run/build.txt");
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        launcher().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(NeedsAMissingTool.class))
                .configurationParameter(RequiredTool.REQUIRE_ALL, "false").build(),
                new NotRunSummary(new PrintStream(first, true, StandardCharsets.UTF_8), Optional.of(ledger)));
        ByteArrayOutputStream later = new ByteArrayOutputStream();

        launcher().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(NeedsAToolThatIsThere.class)).build(),
                new NotRunSummary(new PrintStream(later, true, StandardCharsets.UTF_8), Optional.of(ledger)));

        String line = "[NOT RUN] 2 tests: the frobnicator missing (no executable /usr/bin/frobnicate); install:"
                + " apt-get install frobnicator\n";
        assertTrue(first.toString(StandardCharsets.UTF_8).endsWith(line), first.toString(StandardCharsets.UTF_8));
        assertEquals(line, later.toString(StandardCharsets.UTF_8).replace("\r", ""));
        assertEquals(2, Files.readAllLines(ledger).size());
    }
}
