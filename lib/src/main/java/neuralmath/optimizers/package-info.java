/**
 * Gradient descent and its refinements (momentum, Nesterov, AdaGrad, RMSProp, Adam), each step written as the
 * update formulas of its paper, one line per formula (Adam's two moving averages in one pass), with
 * {@link neuralmath.la.Matrix} operations, each one loop of {@code neuralmath.la}'s kernels; and the state an
 * optimizer saves with a model.
 */
package neuralmath.optimizers;
