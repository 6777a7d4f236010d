package neuralmath.activations;

/** The exponential linear unit: z for z &gt; 0, α·(e^z − 1) otherwise; smooth, and its outputs average near zero. */
public final class ELU implements Activation {

    private final double alpha;

    /** @param alpha the value α that ELU approaches as z → −∞ is −α; at least 0 (1.0 is usual) */
    public ELU(double alpha) {
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("ELU: alpha must be a finite number >= 0, got " + alpha);
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
        return "elu";
    }

    /** z for z &gt; 0, α·(e^z − 1) otherwise. */
    @Override
    public double value(double z) {
        return z > 0 ? z : alpha * Math.expm1(z);
    }

    /** 1 for z &gt; 0, α·e^z otherwise. */
    @Override
    public double derivative(double z) {
        return z > 0 ? 1.0 : alpha * Math.exp(z);
    }

    @Override
    public String toString() {
        return "ELU(alpha=" + alpha + ")";
    }
}
