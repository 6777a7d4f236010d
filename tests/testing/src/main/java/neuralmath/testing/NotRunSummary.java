package neuralmath.testing;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Names each test skipped for want of a tool ({@link RequiredTool}) with the reason, as it is skipped ({@code
 * [SKIPPED] CourseBrowserTest.sitePages: Chromium and ChromeDriver missing (no executable /usr/bin/chromium)}),
 * and ends the run with one line saying what did not run and the command that installs it ({@code [NOT RUN] 3
 * tests: Chromium and ChromeDriver missing (no executable /usr/bin/chromium); install: apt-get install chromium
 * chromium-driver}). Registered with the JUnit Platform through META-INF/services, so every test run whose class
 * path holds this module prints them, Maven's Surefire and Failsafe runs included.
 */
public final class NotRunSummary implements TestExecutionListener {

    private final PrintStream out;
    /** Tests skipped per reason; the reason names the tool, what is missing and the install command. */
    private final Map<String, Integer> skipped = new TreeMap<>();

    /** The listener the JUnit Platform loads: prints to standard output. */
    public NotRunSummary() {
        this(System.out);
    }

    NotRunSummary(PrintStream out) {
        this.out = out;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        skipped.clear();
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (reason != null && reason.startsWith(RequiredTool.NOT_RUN)) {
            String what = reason.substring(RequiredTool.NOT_RUN.length());
            int install = what.indexOf(RequiredTool.INSTALL);
            out.println("[SKIPPED] " + name(test) + ": " + (install < 0 ? what : what.substring(0, install)));
            skipped.merge(what, 1, Integer::sum);
        }
    }

    /** Class.method for a test method or factory, else its display name. */
    private static String name(TestIdentifier test) {
        return test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(m -> m.getJavaClass().getSimpleName() + "." + m.getMethodName())
                .orElse(test.getDisplayName());
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (!skipped.isEmpty()) {
            out.println("[NOT RUN] " + skipped.entrySet().stream()
                    .map(e -> e.getValue() + (e.getValue() == 1 ? " test: " : " tests: ") + e.getKey())
                    .collect(Collectors.joining(" | ")));
            out.flush();
        }
    }
}
