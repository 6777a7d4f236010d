/**
 * Gradient descent and its refinements (momentum, Nesterov, AdaGrad, RMSProp, Adam), each step written as the
 * update formulas of its paper, one line per formula, with {@link neuralmath.la.Matrix} operations; and the state an
 * optimizer saves with a model.
 */
package neuralmath.optimizers;
