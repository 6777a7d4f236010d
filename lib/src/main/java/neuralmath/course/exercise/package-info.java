/**
 * The course's exercises: {@link neuralmath.course.exercise.Check} compares a learner's answer with the expected one
 * and says what to look at when it differs; {@link neuralmath.course.exercise.Claim} checks the numbers a notebook's
 * text quotes where they are computed, so that a changed number fails the notebook's test.
 */
package neuralmath.course.exercise;
