package neuralmath.activations;

/** The logistic sigmoid σ(z) = 1 / (1 + e^(−z)), squashing any z into (0, 1). Its derivative is σ(z)(1 − σ(z)). */
public final class Sigmoid implements Activation {

    @Override
    public String name() {
        return "sigmoid";
    }

    /** σ(z) = 1 / (1 + e^(−z)), written so that neither branch overflows for large |z|. */
    @Override
    public double value(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    /** σ'(z) = σ(z)(1 − σ(z)). */
    @Override
    public double derivative(double z) {
        double s = value(z);
        return s * (1.0 - s);
    }

    @Override
    public String toString() {
        return name();
    }
}
