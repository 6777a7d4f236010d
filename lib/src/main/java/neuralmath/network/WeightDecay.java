package neuralmath.network;

/**
 * L2 weight decay of strength λ: a penalty on large weights added to the loss of m training examples,
 *
 * <pre>
 *   J = L + (λ/2m) · Σₗ ‖Wˡ‖²,     ‖W‖² = Σᵢⱼ wᵢⱼ²,     so     ∂J/∂Wˡ = ∂L/∂Wˡ + (λ/m) · Wˡ
 * </pre>
 *
 * <p>(the ½ is there so that the 2 of d(w²)/dw cancels). Only the weights are decayed, not the biases: a bias
 * shifts a neuron's threshold and makes no neuron more sensitive to its inputs. m is the number of training
 * examples, also when training in mini-batches: each batch's gradient of its mean loss then estimates ∂J/∂W.
 * Each step of gradient descent multiplies W by (1 − ηλ/m) before the usual step, hence "decay".
 *
 * @param lambda λ ≥ 0 (0: no decay)
 */
public record WeightDecay(double lambda) {

    public WeightDecay {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("weight decay: λ must be a finite number ≥ 0, got " + lambda);
        }
    }

    /** (λ/2m) · Σₗ ‖Wˡ‖², the term weight decay adds to the loss of m examples. */
    public double penalty(Network network, int m) {
        double sumOfSquares = 0;
        for (Dense layer : network.layers()) {
            var w = layer.weights().value();
            sumOfSquares += w.sumOf("weight decay", w, (a, b) -> a * b);
        }
        return lambda / (2.0 * m) * sumOfSquares;
    }

    /** ∂L/∂Wˡ ← ∂L/∂Wˡ + (λ/m) · Wˡ for every layer, after a backward pass; the biases' gradients stay as they are. */
    public void addGradient(Network network, int m) {
        for (Dense layer : network.layers()) {
            layer.weights().gradient().addScaledInPlace(lambda / m, layer.weights().value());
        }
    }
}
