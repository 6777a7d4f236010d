package neuralmath.activations;

import java.util.Map;

/**
 * Softplus with sharpness β: f(z) = ln(1 + e^(β·z)) / β, a smooth ReLU. It is defined here, in this one test file
 * and nowhere else, to show that adding an activation is adding its class: a model file finds it by its name.
 */
public final class Softplus implements Activation {

    private final double beta;

    /** @param beta the sharpness β &gt; 0 (1 is usual; as β grows, softplus approaches ReLU) */
    public Softplus(double beta) {
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("Softplus: beta must be a finite number > 0, got " + beta);
        }
        this.beta = beta;
    }

    @Override
    public String name() {
        return "softplus";
    }

    /** {"beta": β}, what a model file keeps. */
    @Override
    public Map<String, Double> parameters() {
        return Map.of("beta", beta);
    }

    /** ln(1 + e^(β·z)) / β, computed as (max(β·z, 0) + ln(1 + e^(−|β·z|))) / β so that e^(β·z) cannot overflow. */
    @Override
    public double value(double z) {
        double bz = beta * z;
        return (Math.max(bz, 0) + Math.log1p(Math.exp(-Math.abs(bz)))) / beta;
    }

    /** f'(z) = σ(β·z) = 1 / (1 + e^(−β·z)). */
    @Override
    public double derivative(double z) {
        return 1 / (1 + Math.exp(-beta * z));
    }
}
