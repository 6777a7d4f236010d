package neuralmath.activations;

/** Leaky ReLU: z for z &gt; 0, α·z otherwise, so that a neuron with negative input still passes a small gradient. */
public final class LeakyReLU implements Activation {

    private final double alpha;

    /** @param alpha the slope α for z ≤ 0, at least 0 (0.01 is usual) */
    public LeakyReLU(double alpha) {
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("LeakyReLU: alpha must be a finite number >= 0, got " + alpha);
        }
        this.alpha = alpha;
    }

    /** {"alpha": α}, what a model file keeps. */
    @Override
    public java.util.Map<String, Double> parameters() {
        return java.util.Map.of("alpha", alpha);
    }

    public double alpha() {
        return alpha;
    }

    @Override
    public String name() {
        return "leaky relu";
    }

    /** z for z &gt; 0, α·z otherwise. */
    @Override
    public double value(double z) {
        return z > 0 ? z : alpha * z;
    }

    /** 1 for z &gt; 0, α otherwise. */
    @Override
    public double derivative(double z) {
        return z > 0 ? 1.0 : alpha;
    }

    @Override
    public String toString() {
        return "LeakyReLU(alpha=" + alpha + ")";
    }
}
