package neuralmath.testing;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * A system tool that every test of a class needs: a browser, a validator, a data set. A test class registers it
 * with {@code @RegisterExtension static final RequiredTool BROWSER = SystemTools.chromium();}.
 *
 * <p>Where the tool is there, nothing changes. Where it is missing, the class's {@code @BeforeAll} and
 * {@code @AfterAll} methods do not run and each test is reported as skipped, its reason naming what is missing and
 * the command that installs it ({@link NotRunSummary} repeats them in one line at the end of the run). Under CI's
 * switch, {@value #REQUIRE_ALL}{@code =true} (a JUnit configuration parameter or system property) or the
 * environment variable {@value #REQUIRE_ALL_VARIABLE}{@code =true}, each of those tests fails instead: a run on a
 * machine without the tool cannot pass.
 */
public final class RequiredTool implements ExecutionCondition, BeforeEachCallback, InvocationInterceptor {

    /** The configuration parameter (or system property) under which a check that cannot run fails. */
    public static final String REQUIRE_ALL = "neuralmath.requireAllChecks";
    /** The environment variable that does the same; the configuration parameter wins where both are set. */
    public static final String REQUIRE_ALL_VARIABLE = "NEURALMATH_REQUIRE_ALL_CHECKS";

    /** How every skip reason of a missing tool begins; {@link NotRunSummary} collects the skips that do. */
    static final String NOT_RUN = "Not run: ";
    static final String INSTALL = "; install: ";

    private final String name;
    private final String install;
    private final Supplier<Optional<String>> missing;

    /**
     * @param name    what the tests need, as a reader knows it: "Chromium and ChromeDriver"
     * @param install the command that installs it: "apt-get install chromium chromium-driver"
     * @param missing what is missing ("no executable /usr/bin/chromium"), or empty when the tool is there; asked
     *                once per test class and run
     */
    public RequiredTool(String name, String install, Supplier<Optional<String>> missing) {
        this.name = name;
        this.install = install;
        this.missing = missing;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("each test of the class is decided on its own");
        }
        Optional<String> absent = absent(context);
        if (absent.isPresent() && !requireAll(context)) {
            return ConditionEvaluationResult.disabled(NOT_RUN + name + " missing (" + absent.get() + ")"
                    + INSTALL + install);
        }
        return ConditionEvaluationResult.enabled(name + " is there, or CI requires it");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Optional<String> absent = absent(context);
        if (absent.isPresent()) {
            throw new AssertionError(name + " missing (" + absent.get() + "), and this run requires every check ("
                    + REQUIRE_ALL_VARIABLE + " or -D" + REQUIRE_ALL + ")" + INSTALL + install);
        }
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        runOnlyWithTheTool(invocation, context);
    }

    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        runOnlyWithTheTool(invocation, context);
    }

    private void runOnlyWithTheTool(Invocation<Void> invocation, ExtensionContext context) throws Throwable {
        if (absent(context).isPresent()) {
            invocation.skip();
        } else {
            invocation.proceed();
        }
    }

    /** What is missing, found once per test class and run and kept in the class's store. */
    private Optional<String> absent(ExtensionContext context) {
        ExtensionContext classContext = context.getTestMethod().isPresent() ? context.getParent().orElseThrow()
                : context;
        @SuppressWarnings("unchecked")
        Optional<String> found = classContext.getStore(ExtensionContext.Namespace.create(RequiredTool.class, name))
                .getOrComputeIfAbsent("missing", key -> missing.get(), Optional.class);
        return found;
    }

    /** Whether this run treats a check that cannot run as a failure. */
    static boolean requireAll(ExtensionContext context) {
        return Boolean.parseBoolean(context.getConfigurationParameter(REQUIRE_ALL)
                .orElseGet(() -> System.getenv().getOrDefault(REQUIRE_ALL_VARIABLE, "false")));
    }
}
