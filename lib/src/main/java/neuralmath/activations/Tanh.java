package neuralmath.activations;

/** The hyperbolic tangent tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z)): like the sigmoid, but zero-centred, in (−1, 1). */
public final class Tanh implements Activation {

    @Override
    public String name() {
        return "tanh";
    }

    /** tanh(z). */
    @Override
    public double value(double z) {
        return Math.tanh(z);
    }

    /** tanh'(z) = 1 − tanh²(z). */
    @Override
    public double derivative(double z) {
        double t = Math.tanh(z);
        return 1.0 - t * t;
    }

    @Override
    public String toString() {
        return name();
    }
}
