package neuralmath.activations;

/** The rectified linear unit ReLU(z) = max(0, z). */
public final class ReLU implements Activation {

    @Override
    public String name() {
        return "relu";
    }

    /** max(0, z). */
    @Override
    public double value(double z) {
        return z > 0 ? z : 0.0;
    }

    /** 1 for z &gt; 0, else 0 (at z = 0 the derivative is undefined; we take 0, as most libraries do). */
    @Override
    public double derivative(double z) {
        return z > 0 ? 1.0 : 0.0;
    }

    @Override
    public String toString() {
        return name();
    }
}
