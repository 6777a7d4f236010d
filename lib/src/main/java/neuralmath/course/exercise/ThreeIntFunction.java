package neuralmath.course.exercise;

/**
 * A learner's function of three whole numbers, such as the parameter count of an n-h-K network. A check takes it as
 * {@code (int n, int h, int K) -> parameterCount(n, h, K)}.
 */
@FunctionalInterface
public interface ThreeIntFunction {

    int apply(int first, int second, int third);
}
