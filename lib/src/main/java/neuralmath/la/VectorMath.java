package neuralmath.la;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The library's one vector e^x, for the Vector API kernels and the activations' fused loops on them (sigmoid's).
 * Loaded only when the Vector API kernels run.
 */
public final class VectorMath {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final double LOG2_E = 1.4426950408889634;
    private static final double LN2_HI = 0x1.62e42feep-1;
    private static final double LN2_LO = 0x1.a39ef35793c76p-33;
    /** 1.5·2⁵²: adding it rounds to a whole number and leaves that number in the low bits. */
    private static final double SHIFTER = 0x1.8p52;
    private static final long SHIFTER_BITS = Double.doubleToRawLongBits(SHIFTER);
    /** 1/13!, 1/12!, …, 1/1!, 1/0!: the Taylor coefficients of e^r, highest first (Horner's scheme). */
    private static final double[] TAYLOR = taylorCoefficients(13);

    private VectorMath() {
    }

    private static double[] taylorCoefficients(int degree) {
        double[] c = new double[degree + 1];
        double factorial = 1;
        for (int n = 0; n <= degree; n++) {
            factorial *= Math.max(n, 1);
            c[degree - n] = 1.0 / factorial;
        }
        return c;
    }

    /**
     * e^x, lane by lane, within an ulp of {@link Math#exp}: x = k·ln 2 + r with k a whole number and |r| ≤ ½ ln 2,
     * so e^x = 2^k · e^r; e^r is its Taylor polynomial of degree 13 (the first term left out, r¹⁴/14!, is below
     * 10⁻¹⁷), and 2^k is put straight into the exponent bits, in two halves so that results down to the smallest
     * subnormal come out right.
     *
     * <p>Not the Vector API's own {@code EXP}: until the JIT compiler has compiled a method, that one computes
     * with {@link Math#exp}, afterwards with Intel's SVML, and the two differ in the last bit now and then, so the
     * same training run could give different numbers depending on timing. Multiplying and adding give the same
     * bits compiled or not.
     */
    public static DoubleVector exp(DoubleVector x) {
        DoubleVector v = x.max(-746.0).min(710.0);                  // e^v is 0 below, ∞ above
        DoubleVector t = v.fma(DoubleVector.broadcast(SPECIES, LOG2_E), DoubleVector.broadcast(SPECIES, SHIFTER));
        DoubleVector k = t.sub(SHIFTER);                             // round(v / ln 2), as a double
        DoubleVector r = k.fma(DoubleVector.broadcast(SPECIES, -LN2_HI), v);
        r = k.fma(DoubleVector.broadcast(SPECIES, -LN2_LO), r);       // v − k·ln 2, ln 2 in two parts
        DoubleVector p = DoubleVector.broadcast(SPECIES, TAYLOR[0]);
        for (int i = 1; i < TAYLOR.length; i++) {
            p = p.fma(r, DoubleVector.broadcast(SPECIES, TAYLOR[i]));
        }
        LongVector kBits = t.reinterpretAsLongs().sub(SHIFTER_BITS); // k, read off t's low bits
        LongVector half = kBits.lanewise(VectorOperators.ASHR, 1);
        return p.mul(powerOfTwo(half)).mul(powerOfTwo(kBits.sub(half)));
    }

    /** 2^k for whole numbers −1022 ≤ k ≤ 1023: k + 1023 in the exponent bits. */
    private static DoubleVector powerOfTwo(LongVector k) {
        return k.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
    }

}
