package neuralmath.course.plot;

/** A classifier of points with two inputs: the class it predicts at (x₁, x₂). */
@FunctionalInterface
public interface Classifier2D {
    int classOf(double x1, double x2);
}
