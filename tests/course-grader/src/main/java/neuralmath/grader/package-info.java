/**
 * {@code course grade}: grades a class's submitted notebooks with the course's own checks, as nbgrader does. Each
 * submission runs headlessly in a JVM of its own with the course's check cells in place of the submitted ones; the
 * points come from the verdicts those checks record, never from printed text. Out come a gradebook (CSV) and a
 * report (HTML) with each student's feedback.
 */
package neuralmath.grader;
