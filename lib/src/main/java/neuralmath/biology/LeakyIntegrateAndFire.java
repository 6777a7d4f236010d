package neuralmath.biology;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The leaky integrate-and-fire neuron: the simplest model of a neuron that spikes.
 *
 * <p>The membrane potential V (mV) leaks back to its resting value V_rest and is pushed up by the input current
 * I (nA) through the membrane resistance R (MΩ, so that R·I is in mV):
 * <pre>    τ dV/dt = −(V − V_rest) + R·I(t)</pre>
 * When V reaches the threshold V_th the neuron fires a spike, V is reset to V_reset and held there for a refractory
 * period. The equation is stepped with Euler's method: V ← V + (Δt/τ)·(−(V − V_rest) + R·I).
 *
 * <p>With a constant current, V settles at V_rest + R·I, so the neuron fires only when that lies above V_th: the
 * threshold current is I_th = (V_th − V_rest)/R ({@link #thresholdCurrent()}).
 *
 * @param tau        the membrane time constant τ, in ms
 * @param resistance the membrane resistance R, in MΩ
 * @param vRest      the resting potential V_rest, in mV
 * @param vThreshold the firing threshold V_th, in mV
 * @param vReset     the potential V_reset right after a spike, in mV
 * @param refractory how long V stays at V_reset after a spike, in ms
 * @param dt         the time step Δt of the simulation, in ms
 */
public record LeakyIntegrateAndFire(double tau, double resistance, double vRest, double vThreshold, double vReset,
                                    double refractory, double dt) {

    /** The potential drawn at the instant of a spike (the model itself has no spike shape), in mV. */
    public static final double SPIKE_PEAK = 20.0;

    public LeakyIntegrateAndFire {
        if (!(tau > 0 && resistance > 0 && dt > 0 && refractory >= 0)) {
            throw new IllegalArgumentException("LeakyIntegrateAndFire: τ, R and Δt must be positive and the refractory"
                    + " period not negative, got τ=" + tau + " R=" + resistance + " Δt=" + dt
                    + " refractory=" + refractory);
        }
        if (!(vThreshold > vRest && vThreshold > vReset)) {
            throw new IllegalArgumentException("LeakyIntegrateAndFire: the threshold V_th=" + vThreshold
                    + " must lie above V_rest=" + vRest + " and V_reset=" + vReset);
        }
        if (!(dt <= tau / 10)) {
            throw new IllegalArgumentException("LeakyIntegrateAndFire: Δt=" + dt + " ms is too coarse for τ=" + tau
                    + " ms; Euler's method needs Δt ≤ τ/10");
        }
    }

    /**
     * Textbook values (Gerstner et al., Neuronal Dynamics, ch. 1): τ = 10 ms, R = 10 MΩ, V_rest = −70 mV,
     * V_th = −55 mV, V_reset = −75 mV, a 2 ms refractory period, Δt = 0.1 ms.
     */
    public static LeakyIntegrateAndFire standard() {
        return new LeakyIntegrateAndFire(10.0, 10.0, -70.0, -55.0, -75.0, 2.0, 0.1);
    }

    /** I_th = (V_th − V_rest)/R, in nA: the smallest constant current whose resting point V_rest + R·I reaches V_th. */
    public double thresholdCurrent() {
        return (vThreshold - vRest) / resistance;
    }

    /**
     * The firing rate a constant current gives, from the solution of the equation, in spikes per second (Hz):
     * after a reset V rises as V_∞ + (V_reset − V_∞)e^(−t/τ) towards V_∞ = V_rest + R·I, reaching V_th after
     * T = τ·ln((V_∞ − V_reset)/(V_∞ − V_th)); with the refractory period the rate is 1000/(t_ref + T).
     * Zero at or below {@link #thresholdCurrent()}.
     */
    public double analyticRate(double current) {
        double vInfinity = vRest + resistance * current;
        if (vInfinity <= vThreshold) {
            return 0.0;
        }
        double timeToThreshold = tau * Math.log((vInfinity - vReset) / (vInfinity - vThreshold));
        return 1000.0 / (refractory + timeToThreshold);
    }

    /** The neuron driven by a constant current (nA) for {@code duration} ms, starting at rest. */
    public Trace simulate(double current, double duration) {
        return simulate(t -> current, duration);
    }

    /** The neuron driven by the current I(t) (nA, t in ms) for {@code duration} ms, starting at rest. */
    public Trace simulate(DoubleUnaryOperator current, double duration) {
        int steps = (int) Math.round(duration / dt);
        if (steps < 1) {
            throw new IllegalArgumentException("simulate: the duration " + duration + " ms is shorter than one step"
                    + " Δt=" + dt + " ms");
        }
        double[] time = new double[steps + 1];
        double[] potential = new double[steps + 1];
        List<Double> spikes = new ArrayList<>();
        double v = vRest;
        double refractoryUntil = -1;
        potential[0] = v;
        for (int n = 1; n <= steps; n++) {
            double t = n * dt;
            time[n] = t;
            if (t <= refractoryUntil) {
                v = vReset;
            } else {
                v += dt / tau * (-(v - vRest) + resistance * current.applyAsDouble(t - dt));
            }
            if (v >= vThreshold) {
                spikes.add(t);
                potential[n] = SPIKE_PEAK;
                v = vReset;
                refractoryUntil = t + refractory;
            } else {
                potential[n] = v;
            }
        }
        return new Trace(time, potential, spikes.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Spikes per second (Hz) of a simulation with a constant current (nA) lasting {@code duration} ms. */
    public double firingRate(double current, double duration) {
        return simulate(current, duration).spikeCount() * 1000.0 / duration;
    }

    /**
     * A simulated run.
     *
     * @param time       the times t, in ms, one per step, from 0
     * @param potential  V(t), in mV; a step where the neuron fired shows {@link #SPIKE_PEAK} instead
     * @param spikeTimes the times of the spikes, in ms
     */
    public record Trace(double[] time, double[] potential, double[] spikeTimes) {

        /** How many spikes the neuron fired. */
        public int spikeCount() {
            return spikeTimes.length;
        }

        /** Whether it fired at all. */
        public boolean fired() {
            return spikeTimes.length > 0;
        }

        @Override
        public String toString() {
            return "Trace of " + time[time.length - 1] + " ms: " + spikeCount() + " spikes";
        }
    }
}
