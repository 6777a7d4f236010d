package neuralmath.course.exercise;

import java.util.List;
import neuralmath.biology.LeakyIntegrateAndFire;

/** Chapter 2, the biological neuron: the threshold current of a leaky integrate-and-fire neuron, by formula and by experiment. */
final class Chapter02Exercises {

    /** The neuron of the first task: τ, R, V_rest, V_th, V_reset, t_ref, Δt. */
    private static final LeakyIntegrateAndFire OTHER = new LeakyIntegrateAndFire(20, 5, -65, -50, -65, 2, 0.1);

    /**
     * Neurons the second task's function is tried on, none shown in the notebook. The last one is slow (τ = 60 ms):
     * just above its I_th it needs longer than 200 ms to reach V_th, so only a simulation finds its answer.
     */
    private static final List<LeakyIntegrateAndFire> PROBED = List.of(
            new LeakyIntegrateAndFire(15, 7, -68, -52, -72, 2, 0.1),
            new LeakyIntegrateAndFire(8, 12, -65, -54, -70, 3, 0.1),
            new LeakyIntegrateAndFire(60, 10, -70, -50, -70, 2, 0.1));

    /** How long each experiment runs, in ms. */
    private static final double DURATION = 200;

    private Chapter02Exercises() {
    }

    static List<Exercise<?>> all() {
        return List.of(thresholdCurrent(), smallestFiringCurrent());
    }

    /** I_th = (V_th − V_rest)/R for the neuron {@link #OTHER}: 15 mV over 5 MΩ. */
    private static Exercise<Double> thresholdCurrent() {
        double vRest = OTHER.vRest();
        double vTh = OTHER.vThreshold();
        double r = OTHER.resistance();
        return Exercise.number("02.threshold-current", "I_th of the other neuron (nA)", 1, OTHER::thresholdCurrent)
                .called("I_th")
                .tolerance(1e-9)
                .mistake(() -> vTh / r, "your I_th is V_th / R: the current has to lift V from V_rest to V_th,"
                        + " so subtract V_rest first")
                .mistake(() -> (vTh - vRest) * r, "your I_th multiplies by R: V = R·I, so a current is a voltage"
                        + " divided by R")
                .mistake(() -> (vRest - vTh) / r, "your I_th is negative: the voltage to climb is V_th − V_rest,"
                        + " the threshold minus the resting potential")
                .mistake(() -> vTh - vRest, "your I_th is the voltage V_th − V_rest, in mV: divide it by R to get"
                        + " the current")
                .mistake(() -> (vTh - vRest) / (r * 1e6), "your I_th is in amperes: with mV over MΩ the quotient is"
                        + " already in nA")
                .mistake(() -> LeakyIntegrateAndFire.standard().thresholdCurrent(), "your I_th is the chapter's"
                        + " neuron's, lif's: this neuron has its own V_rest, V_th and R")
                .hint("the current must raise the resting point V_rest + R·I up to V_th: the voltage to climb,"
                        + " divided by R (mV over MΩ gives nA)");
    }

    /** The first current on the grid 0, 0.01, 0.02, … nA that makes a neuron fire within 200 ms, by simulation. */
    private static Exercise<NeuronFunction> smallestFiringCurrent() {
        Exercise<NeuronFunction> exercise = Exercise.function("02.smallest-firing-current",
                "smallest current that fires, by experiment (nA)", 2, NeuronFunction.class,
                neuron -> firstFiringCurrent(neuron, 100));
        for (LeakyIntegrateAndFire neuron : PROBED) {
            exercise.probe(String.format("current for the neuron (τ %s ms, R %s MΩ, V_rest %s mV, V_th %s mV)",
                    Comparison.shown(neuron.tau()), Comparison.shown(neuron.resistance()),
                    Comparison.shown(neuron.vRest()), Comparison.shown(neuron.vThreshold())), f -> f.apply(neuron));
        }
        return exercise
                .mistake(() -> neuron -> firstFiringCurrent(neuron, 100) - 0.01, "your current is one step below the"
                        + " right one: it is the last current that does not fire; return the first one that does")
                .mistake(() -> neuron -> firstFiringCurrent(neuron, 100) + 0.01, "your current is one step above the"
                        + " right one: did k move on once more before you returned it?")
                .mistake(() -> neuron -> 100 * firstFiringCurrent(neuron, 100), "your current is 100 times too large:"
                        + " that is the step number k; the current is k hundredths of a nA")
                .mistake(() -> neuron -> firstFiringCurrent(neuron, 1), "your current is a whole number of nA: k"
                        + " divided by 100 with both whole numbers drops the fraction; divide by 100 as a real number")
                .mistake(() -> neuron -> firstFiringCurrent(LeakyIntegrateAndFire.standard(), 100), "your method"
                        + " gives the same current whatever neuron it is given: simulate the neuron passed in, not lif")
                .mistake(() -> LeakyIntegrateAndFire::thresholdCurrent, "your current is I_th from the formula: at"
                        + " I_th itself V only creeps towards V_th and never fires; the task is an experiment")
                .mistake(() -> neuron -> (Math.floor(neuron.thresholdCurrent() * 100) + 1) / 100, "your current is"
                        + " the first step above I_th from the formula: a slow neuron just above I_th needs more than"
                        + " 200 ms to fire; simulate each current and look whether it fired")
                .hint("try the currents 0, 0.01, 0.02, … nA in turn: simulate the neuron you are given for 200 ms with"
                        + " each, and return the first current whose simulation fired");
    }

    /** The first current k / perNanoampere, k = 0, 1, 2, …, whose simulation of 200 ms fires. */
    private static double firstFiringCurrent(LeakyIntegrateAndFire neuron, int perNanoampere) {
        for (int k = 0; ; k++) {
            if (neuron.simulate((double) k / perNanoampere, DURATION).fired()) {
                return (double) k / perNanoampere;
            }
        }
    }
}
