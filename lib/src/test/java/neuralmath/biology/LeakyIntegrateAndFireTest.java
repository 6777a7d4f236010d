package neuralmath.biology;

import static neuralmath.ErrorMessages.assertNames;
import static neuralmath.ErrorMessages.message;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LeakyIntegrateAndFireTest {

    private final LeakyIntegrateAndFire lif = LeakyIntegrateAndFire.standard();

    @Test
    void thresholdCurrentIsTheGapToThresholdOverTheResistance() {
        assertEquals((-55.0 - -70.0) / 10.0, lif.thresholdCurrent(), 1e-12);
        var other = new LeakyIntegrateAndFire(20, 5, -65, -50, -65, 0, 0.1);
        assertEquals(3.0, other.thresholdCurrent(), 1e-12);
    }

    @Test
    void belowThresholdThePotentialSettlesAtRestPlusRTimesIWithoutFiring() {
        double current = 1.0;
        var trace = lif.simulate(current, 200);
        assertFalse(trace.fired());
        double settled = trace.potential()[trace.potential().length - 1];
        assertEquals(lif.vRest() + lif.resistance() * current, settled, 1e-6);
        // the Euler steps follow the exact solution V(t) = V_rest + R·I·(1 − e^(−t/τ)) closely
        int at = (int) Math.round(10 / lif.dt());
        double exact = lif.vRest() + lif.resistance() * current * (1 - Math.exp(-trace.time()[at] / lif.tau()));
        assertEquals(exact, trace.potential()[at], 0.05);
    }

    @Test
    void firesJustAboveTheThresholdCurrentAndNotAtIt() {
        double threshold = lif.thresholdCurrent();
        assertEquals(0, lif.simulate(threshold, 1000).spikeCount());
        assertTrue(lif.simulate(threshold + 0.01, 1000).fired());
    }

    @Test
    void simulatedRatesAgreeWithTheAnalyticRate() {
        for (double current : new double[] {1.6, 2.0, 3.0, 5.0}) {
            double simulated = lif.firingRate(current, 2000);
            double analytic = lif.analyticRate(current);
            assertEquals(analytic, simulated, 0.03 * analytic + 1.0, "at I = " + current + " nA");
        }
        assertEquals(0.0, lif.analyticRate(lif.thresholdCurrent()));
    }

    @Test
    void strongerCurrentFiresFaster() {
        assertTrue(lif.firingRate(3.0, 1000) > lif.firingRate(2.0, 1000));
        assertTrue(lif.analyticRate(3.0) > lif.analyticRate(2.0));
    }

    @Test
    void aSpikeShowsAsAPeakAndResetsThePotential() {
        var trace = lif.simulate(3.0, 100);
        double first = trace.spikeTimes()[0];
        int step = (int) Math.round(first / lif.dt());
        assertEquals(LeakyIntegrateAndFire.SPIKE_PEAK, trace.potential()[step]);
        assertEquals(lif.vReset(), trace.potential()[step + 1]);
        int afterRefractory = step + (int) Math.round(lif.refractory() / lif.dt()) + 2;
        assertTrue(trace.potential()[afterRefractory] > lif.vReset());
    }

    @Test
    void aTimeVaryingCurrentFiresOnlyWhileItIsStrong() {
        var trace = lif.simulate(t -> t < 100 ? 3.0 : 0.0, 200);
        assertTrue(trace.fired());
        assertTrue(trace.spikeTimes()[trace.spikeCount() - 1] < 100);
    }

    @Test
    void sameInputSameTrace() {
        assertArrayEquals(lif.simulate(2.5, 300).potential(), lif.simulate(2.5, 300).potential());
    }

    @Test
    void badSettingsAreNamed() {
        assertNames(message(() -> new LeakyIntegrateAndFire(10, 10, -70, -80, -75, 2, 0.1)), "V_th=-80.0",
                "V_rest=-70.0");
        assertNames(message(() -> new LeakyIntegrateAndFire(10, 10, -70, -55, -75, 2, 5)), "Δt=5.0", "τ=10.0");
        assertNames(message(() -> new LeakyIntegrateAndFire(0, 10, -70, -55, -75, 2, 0.1)), "τ=0.0");
        assertNames(message(() -> lif.simulate(2, 0.01)), "0.01 ms");
    }
}
