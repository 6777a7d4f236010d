package neuralmath.testing;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 *
 * <p>A build runs several test runs (each module's Surefire, then Failsafe). So that the build's last lines name
 * every check of the build that did not run, each skip is also written to a ledger of the build, a file named by
 * the system property {@value #LEDGER} (the parent POM names one per build under the reactor's {@code target/});
 * every test run then ends with the line for all that the ledger holds, its own skips and the earlier runs'.
 */
public final class NotRunSummary implements TestExecutionListener {

    /** The system property naming the build's ledger of skips. */
    public static final String LEDGER = "neuralmath.notRunLedger";

    private final PrintStream out;
    private final Optional<Path> ledger;
    /** Tests skipped per reason; the reason names the tool, what is missing and the install command. */
    private final Map<String, Integer> skipped = new TreeMap<>();

    /** The listener the JUnit Platform loads: prints to standard output, keeps the ledger {@value #LEDGER} names. */
    public NotRunSummary() {
        this(System.out, Optional.ofNullable(System.getProperty(LEDGER)).filter(name -> !name.isBlank()).map(Path::of));
    }

    NotRunSummary(PrintStream out) {
        this(out, Optional.empty());
    }

    NotRunSummary(PrintStream out, Optional<Path> ledger) {
        this.out = out;
        this.ledger = ledger;
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
            ledger.ifPresent(file -> append(file, what.replace('\n', ' ')));
        }
    }

    private static void append(Path file, String line) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ledger of skipped checks " + file, e);
        }
    }

    /** What did not run: the whole ledger's skips where there is one, else this run's. */
    private Map<String, Integer> notRun() {
        if (ledger.isEmpty() || !Files.isRegularFile(ledger.get())) {
            return skipped;
        }
        try {
            Map<String, Integer> all = new TreeMap<>();
            List<String> lines = Files.readAllLines(ledger.get(), StandardCharsets.UTF_8);
            lines.stream().filter(line -> !line.isBlank()).forEach(line -> all.merge(line, 1, Integer::sum));
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ledger of skipped checks " + ledger.get(), e);
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
        Map<String, Integer> notRun = notRun();
        if (!notRun.isEmpty()) {
            out.println("[NOT RUN] " + notRun.entrySet().stream()
                    .map(e -> e.getValue() + (e.getValue() == 1 ? " test: " : " tests: ") + e.getKey())
                    .collect(Collectors.joining(" | ")));
            out.flush();
        }
    }
}
