package neuralmath.course.exercise;

import neuralmath.la.Matrix;

/**
 * A learner's function of three matrices, such as Z = X·W + b. A check takes it as
 * {@code (Matrix X, Matrix V, Matrix b) -> weightedSumsFromRows(X, V, b)}.
 */
@FunctionalInterface
public interface ThreeMatrixFunction {

    Matrix apply(Matrix first, Matrix second, Matrix third);
}
