/**
 * The biology a neural network is loosely modelled on: a leaky integrate-and-fire neuron, simulated. (Its figure is
 * presentation, in {@code neuralmath.course.figures}.)
 */
package neuralmath.biology;
