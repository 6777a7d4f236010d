/**
 * A network of dense layers: the forward pass Z = X·W + b, A = f(Z), layer after layer, and backpropagation, one
 * backward pass per layer. Also the initialisers of the weights and a numerical check of the gradients.
 */
package neuralmath.network;
