/**
 * For the tests of every module, the library's included: a check that needs a system tool (a browser, a validator,
 * a data set) declares it with {@link neuralmath.testing.RequiredTool}; where the tool is missing its tests are
 * skipped with the reason and the install command, or fail under CI's switch, and
 * {@link neuralmath.testing.NotRunSummary} ends the run naming what did not run.
 */
package neuralmath.testing;
