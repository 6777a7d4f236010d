/**
 * Activation functions a = f(z): their value and derivative on one number and on a matrix, and the chain rule
 * back through them. Sigmoid and ReLU run a batch through fused loops of their own ({@code FusedKernels},
 * package-private), so that the classes a learner opens read like their formulas. A model file finds an
 * activation by the name of its class ({@code ActivationClasses}): adding an activation is adding one class here.
 */
package neuralmath.activations;
