/**
 * Training a network: {@link neuralmath.training.Trainer} runs epochs of mini-batches, checks for divergence and
 * saturation, measures accuracy and records a {@link neuralmath.training.History}. {@link
 * neuralmath.training.DigitsExperiments} holds the course's digits experiment, the source's network reproduced and
 * the baselines it is compared with.
 */
package neuralmath.training;
