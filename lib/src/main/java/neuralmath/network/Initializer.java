package neuralmath.network;

import java.util.Random;
import neuralmath.la.Matrix;

/**
 * How a layer's first weights are drawn. Biases always start at zero.
 *
 * <p>The scale matters: with n inputs of variance 1, a weighted sum of N(0, 1) weights has variance n, which
 * saturates a sigmoid. Xavier and He scale the weights so that the variance stays about the same layer to layer.
 */
public enum Initializer {

    /** W ~ N(0, 1), what the source tutorial uses ({@code np.random.randn}). */
    STANDARD_NORMAL {
        @Override
        double standardDeviation(int nIn, int nOut) {
            return 1.0;
        }
    },

    /** Xavier / Glorot (2010): W ~ N(0, 2 / (n_in + n_out)), made for sigmoid and tanh. */
    XAVIER {
        @Override
        double standardDeviation(int nIn, int nOut) {
            return Math.sqrt(2.0 / (nIn + nOut));
        }
    },

    /** He (2015): W ~ N(0, 2 / n_in), made for ReLU, which zeroes half of its inputs. */
    HE {
        @Override
        double standardDeviation(int nIn, int nOut) {
            return Math.sqrt(2.0 / nIn);
        }
    };

    /** The standard deviation of the normal distribution the weights are drawn from. */
    abstract double standardDeviation(int nIn, int nOut);

    /** An n_in × n_out weight matrix drawn from {@code random}. */
    public Matrix weights(int nIn, int nOut, Random random) {
        return Matrix.randn(nIn, nOut, random).times(standardDeviation(nIn, nOut));
    }
}
