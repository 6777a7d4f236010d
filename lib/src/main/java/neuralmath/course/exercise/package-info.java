/**
 * The course's exercises and checks. {@link neuralmath.course.exercise.Exercise} is what a notebook calls: it checks
 * a learner's answer to one exercise of the catalogue ({@link neuralmath.course.exercise.ExerciseCatalogue}, one
 * class per chapter such as {@code Chapter04Exercises}), whose right answer, typical mistakes, hint and points are
 * defined here and never in the notebook; {@link neuralmath.course.exercise.Progress} keeps what a learner has done.
 * {@link neuralmath.course.exercise.Check} compares a value the text computes with the library's;
 * {@link neuralmath.course.exercise.Claim} checks the numbers a notebook's text quotes where they are computed, so
 * that a changed number fails the notebook's test.
 */
package neuralmath.course.exercise;
