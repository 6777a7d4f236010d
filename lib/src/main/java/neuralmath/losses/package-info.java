/**
 * Losses L(ŷ, y) and their gradients ∂L/∂ŷ, each a mean over the examples of a batch. A loss says whether it fuses
 * with the output activation before it (softmax and categorical cross-entropy: ∂L/∂z = (ŷ − y)/m).
 */
package neuralmath.losses;
