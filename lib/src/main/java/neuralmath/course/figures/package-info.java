/**
 * The course's drawn figures, as images (Java2D): the layers of a feed-forward network and the two players of a
 * generative adversarial network ({@link neuralmath.course.figures.Diagrams}), a biological neuron
 * ({@link neuralmath.course.figures.NeuronFigure}), and the computation graph of an expression with each node's value
 * and gradient ({@link neuralmath.course.figures.ComputationGraph}).
 */
package neuralmath.course.figures;
