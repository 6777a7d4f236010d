package neuralmath.activations;

import neuralmath.la.Matrix;

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

    /** Z ← Z + b, A = max(0, Z), in one pass over Z, on every core. */
    @Override
    public Matrix addBiasAndApply(Matrix z, Matrix b, Matrix a) {
        z.requireRowVector("relu", b);
        z.requireSameShape("relu", a);
        FusedKernels.addBiasRelu(z, b, a);
        return a;
    }

    /** ∂L/∂Z = ∂L/∂A where Z &gt; 0, else 0. */
    @Override
    public Matrix backward(Matrix z, Matrix a, Matrix gradA, Matrix gradZ) {
        z.requireSameShape("relu backward", gradA);
        z.requireSameShape("relu backward", gradZ);
        FusedKernels.reluBackward(gradA, z, gradZ);
        return gradZ;
    }

    @Override
    public String toString() {
        return name();
    }
}
