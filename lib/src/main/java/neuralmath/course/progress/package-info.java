/**
 * Live progress of training: {@link neuralmath.course.progress.TrainingProgress}, a
 * {@link neuralmath.training.TrainingListener} that updates one picture in a notebook or one line on a terminal.
 */
package neuralmath.course.progress;
