/**
 * How good a classifier is: accuracy, the confusion matrix, and precision, recall and F1 per class.
 */
package neuralmath.metrics;
