package neuralmath.course.exercise;

import neuralmath.biology.LeakyIntegrateAndFire;

/**
 * A learner's function of a neuron, such as the smallest current that makes it fire. A check takes it as
 * {@code (LeakyIntegrateAndFire neuron) -> smallestFiringCurrent(neuron)}.
 */
@FunctionalInterface
public interface NeuronFunction {

    double apply(LeakyIntegrateAndFire neuron);
}
