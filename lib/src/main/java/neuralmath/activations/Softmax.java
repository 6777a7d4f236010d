package neuralmath.activations;

import neuralmath.la.Matrix;

/**
 * softmax(z)ᵢ = e^(zᵢ) / Σⱼ e^(zⱼ): turns a row of scores (logits) into probabilities that sum to 1.
 *
 * <p>Unlike the other activations, each output depends on the whole row, so its derivative is not a number per
 * element but a matrix per row, the Jacobian ∂fᵢ/∂zⱼ = fᵢ(δᵢⱼ − fⱼ) ({@link #jacobian}). A single number has no
 * softmax of its own: {@link #value(double)} and {@link #derivative(double)} say so.
 */
public final class Softmax implements Activation {

    @Override
    public String name() {
        return "softmax";
    }

    /**
     * Row by row, e^(zᵢ − max z) / Σⱼ e^(zⱼ − max z): subtracting the row's largest logit changes nothing
     * mathematically and keeps e^z from overflowing for logits like 1000. Every logit must be a finite number:
     * with +∞ or NaN in a row, or only −∞, the division is ∞/∞ or 0/0, so that throws, naming where it is.
     */
    @Override
    public Matrix apply(Matrix z) {
        z.requireFinite("softmax: logits z", "softmax needs finite numbers");
        return z.minusMaxOfEachRow(Matrix.zeros(z.rows(), z.cols())) // zᵢ − max z
                .mapInPlace(Math::exp)                               // e^(zᵢ − max z)
                .divideEachRowByItsSum();                            // / Σⱼ e^(zⱼ − max z)
    }

    /** Z ← Z + b, then softmax of each row as {@link #apply} computes it, with e^z on the kernels (every core). */
    @Override
    public Matrix addBiasAndApply(Matrix z, Matrix b, Matrix a) {
        z.requireRowVector("softmax", b);
        z.requireSameShape("softmax", a);
        return z.addRowVectorInPlace(b)
                .minusMaxOfEachRow(a)
                .expInPlace()
                .divideEachRowByItsSum();
    }

    /** The Jacobian of softmax at one row of logits z (1×n): J(i, j) = fᵢ(δᵢⱼ − fⱼ), an n×n matrix. */
    public Matrix jacobian(Matrix zRow) {
        if (zRow.rows() != 1) {
            throw new IllegalArgumentException("softmax jacobian: needs one row of logits (1xn), got " + zRow.shape());
        }
        Matrix f = apply(zRow);
        int n = zRow.cols();
        Matrix j = Matrix.zeros(n, n);
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double delta = a == b ? 1.0 : 0.0;
                j.set(a, b, f.get(0, a) * (delta - f.get(0, b)));
            }
        }
        return j;
    }

    /**
     * ∂L/∂zᵢ = Σⱼ (∂L/∂fⱼ) fⱼ(δⱼᵢ − fᵢ) = fᵢ (∂L/∂fᵢ − Σⱼ ∂L/∂fⱼ · fⱼ): the Jacobian applied to each row of
     * gradA, without building the Jacobian.
     */
    @Override
    public Matrix backward(Matrix z, Matrix a, Matrix gradA, Matrix out) {
        a.requireSameShape("softmax backward", gradA);
        a.requireSameShape("softmax backward", out);
        int n = a.cols();
        for (int i = 0; i < a.rows(); i++) {
            double dot = 0.0;
            for (int j = 0; j < n; j++) {
                dot += gradA.get(i, j) * a.get(i, j);
            }
            for (int j = 0; j < n; j++) {
                out.set(i, j, a.get(i, j) * (gradA.get(i, j) - dot));
            }
        }
        return out;
    }

    /** Not defined: softmax needs a whole row of logits. */
    @Override
    public double value(double z) {
        throw new UnsupportedOperationException(
                "softmax needs a whole row of logits, not one number: use apply(Matrix.rowVector(z1, z2, ...))");
    }

    /** Not defined: the derivative of softmax is a Jacobian per row. */
    @Override
    public double derivative(double z) {
        throw new UnsupportedOperationException(
                "softmax has a Jacobian per row, not a derivative per number: use jacobian(Matrix.rowVector(...))");
    }

    /** Not defined element by element: see {@link #jacobian} and {@link #backward}. */
    @Override
    public Matrix derivative(Matrix z) {
        throw new UnsupportedOperationException(
                "softmax has a Jacobian per row, not a derivative per element: use jacobian(row) or backward(z, a, gradA)");
    }

    @Override
    public String toString() {
        return name();
    }
}
