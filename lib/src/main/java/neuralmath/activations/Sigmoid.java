package neuralmath.activations;

import neuralmath.la.Matrix;

/** The logistic sigmoid σ(z) = 1 / (1 + e^(−z)), squashing any z into (0, 1). Its derivative is σ(z)(1 − σ(z)). */
public final class Sigmoid implements Activation {

    static {
        FusedKernels.warmUpSigmoid();
    }

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

    /** Z ← Z + b, A = σ(Z), in one pass over Z, on every core. */
    @Override
    public Matrix addBiasAndApply(Matrix z, Matrix b, Matrix a) {
        z.requireRowVector("sigmoid", b);
        z.requireSameShape("sigmoid", a);
        FusedKernels.addBiasSigmoid(z, b, a);
        return a;
    }

    /** ∂L/∂Z = ∂L/∂A ⊙ σ'(Z) = ∂L/∂A ⊙ A ⊙ (1 − A): the outputs A already hold σ(Z), so no e^z is computed again. */
    @Override
    public Matrix backward(Matrix z, Matrix a, Matrix gradA, Matrix gradZ) {
        a.requireSameShape("sigmoid backward", gradA);
        a.requireSameShape("sigmoid backward", gradZ);
        FusedKernels.sigmoidBackward(gradA, a, gradZ);
        return gradZ;
    }

    @Override
    public String toString() {
        return name();
    }
}
