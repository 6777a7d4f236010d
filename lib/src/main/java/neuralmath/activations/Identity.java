package neuralmath.activations;

/** f(z) = z, with f'(z) = 1: a layer with no activation. */
public final class Identity implements Activation {

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public double value(double z) {
        return z;
    }

    @Override
    public double derivative(double z) {
        return 1.0;
    }

    @Override
    public String toString() {
        return name();
    }
}
