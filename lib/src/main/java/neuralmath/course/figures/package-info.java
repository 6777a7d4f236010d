/**
 * The course's drawn figures, as images (Java2D): the layers of a feed-forward network and the two players of a
 * generative adversarial network ({@link neuralmath.course.figures.Diagrams}), and a biological neuron
 * ({@link neuralmath.course.figures.NeuronFigure}).
 */
package neuralmath.course.figures;
